from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.market import Market


class GetEventResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event (EventData): Required (reading raises MissingFieldError if absent).
        markets (list[Market]): Data for the markets in this event. This field is deprecated in favour of the
            "markets" field inside the event. Which will be filled with the same value if you use the query
            parameter "with_nested_markets=true". Empty when absent or null.
    """

    __slots__ = (
        "event",
        "markets",
    )

    event: EventData
    """Required (reading raises MissingFieldError if absent)."""

    markets: list[Market]
    """Data for the markets in this event. This field is deprecated in favour of the "markets" field inside the
    event. Which will be filled with the same value if you use the query parameter "with_nested_markets=true".
    Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event": _t.ModelField("event", f"{__package__}.event_data", "EventData", required=True),
        "markets": _t.ModelListField("markets", f"{__package__}.market", "Market", required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("event")) is dict:
            self.event = _BUILD["event"](v)
        else:
            self._slow_field("event")
        if type(v := g("markets")) is list:
            self.markets = _BUILD["markets"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("markets")

    def __init__(
        self,
        *,
        event: EventData | None | Unset = UNSET,
        markets: list[Market] | None | Unset = UNSET,
    ) -> None:
        """A GetEventResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event", event)
        self._set("markets", markets)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "event": _t.builder(GetEventResponse, "event"),
    "markets": _t.builder(GetEventResponse, "markets"),
}
