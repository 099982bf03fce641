from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play_periods_item import PlayByPlayPeriodsItem


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class PlayByPlay(_t.ResponseModel):
    """Play-by-play data organized by period.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            periods (list[PlayByPlayPeriodsItem]): Empty when absent or null.
    """

    __slots__ = ()

    periods: list[PlayByPlayPeriodsItem] = _field(
        _t.ModelListField("periods", f"{__package__}.play_by_play_periods_item", "PlayByPlayPeriodsItem", empty=True)
    )
    """Empty when absent or null."""

    def __init__(
        self,
        *,
        periods: list[PlayByPlayPeriodsItem] | None | Unset = UNSET,
    ) -> None:
        """A PlayByPlay from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("periods", periods)
