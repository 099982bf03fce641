from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play_periods_item_events_item import PlayByPlayPeriodsItemEventsItem


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class PlayByPlayPeriodsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        events (list[PlayByPlayPeriodsItemEventsItem]): Empty when absent or null.
    """

    __slots__ = ()

    events: list[PlayByPlayPeriodsItemEventsItem] = _field(
        _t.ModelListField(
            "events",
            f"{__package__}.play_by_play_periods_item_events_item",
            "PlayByPlayPeriodsItemEventsItem",
            empty=True,
        )
    )
    """Empty when absent or null."""

    def __init__(
        self,
        *,
        events: list[PlayByPlayPeriodsItemEventsItem] | None | Unset = UNSET,
    ) -> None:
        """A PlayByPlayPeriodsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("events", events)
