from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play import PlayByPlay


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetGameStatsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        pbp (PlayByPlay): Play-by-play data organized by period. Optional (None if absent).
    """

    __slots__ = ()

    pbp: PlayByPlay | None = _field(_t.ModelField("pbp", f"{__package__}.play_by_play", "PlayByPlay"))
    """Play-by-play data organized by period. Optional (None if absent)."""

    def __init__(
        self,
        *,
        pbp: PlayByPlay | None | Unset = UNSET,
    ) -> None:
        """A GetGameStatsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("pbp", pbp)
