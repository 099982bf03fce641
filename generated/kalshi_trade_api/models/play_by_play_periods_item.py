from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play_periods_item_events_item import PlayByPlayPeriodsItemEventsItem


class PlayByPlayPeriodsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        events (list[PlayByPlayPeriodsItemEventsItem]): Empty when absent or null.
    """

    __slots__ = ("events",)

    events: list[PlayByPlayPeriodsItemEventsItem]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "events": _t.ModelListField(
            "events",
            f"{__package__}.play_by_play_periods_item_events_item",
            "PlayByPlayPeriodsItemEventsItem",
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("events")) is list:
            self.events = _BUILD["events"](v)
        elif v is not None:  # absent or null: the field reads it as empty
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


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "events": _t.builder(PlayByPlayPeriodsItem, "events"),
}
