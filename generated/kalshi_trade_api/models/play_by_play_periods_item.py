from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play_periods_item_events_item import PlayByPlayPeriodsItemEventsItem


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("events", _M)
        if type(v) is list:
            d["events"] = _convert["events"](v)
        elif v is not _M:
            slow("events")

    def __init__(
        self,
        *,
        events: list[PlayByPlayPeriodsItemEventsItem] | None | Unset = UNSET,
    ) -> None:
        """A PlayByPlayPeriodsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("events", events)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "events": PlayByPlayPeriodsItem.__dict__["events"].convert,
}
