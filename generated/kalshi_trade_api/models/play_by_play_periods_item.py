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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("events")) is list:
            d["events"] = _BUILD["events"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("events")

    def __init__(
        self,
        *,
        events: list[PlayByPlayPeriodsItemEventsItem] | None | Unset = UNSET,
    ) -> None:
        """A PlayByPlayPeriodsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("events", events)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "events": PlayByPlayPeriodsItem.__dict__["events"].build,
}
