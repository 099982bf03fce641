from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.milestone import Milestone


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetEventsResponse(_t.Page["EventData"], _t.ResponseModel):
    """A page of ``events``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            events (list[EventData]): Array of events matching the query criteria. Empty when absent or null.
            milestones (list[Milestone]): Array of milestones related to the events. Empty when absent or null.
            cursor (str): Pagination cursor for the next page. Empty if there are no more results. Required (reading
                raises MissingFieldError if absent).
    """

    __slots__ = ()
    items_field = "events"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.event_data", "EventData")

    events: list[EventData] = _field(
        _t.ModelListField("events", f"{__package__}.event_data", "EventData", required=True, empty=True)
    )
    """Array of events matching the query criteria. Empty when absent or null."""

    milestones: list[Milestone] = _field(
        _t.ModelListField("milestones", f"{__package__}.milestone", "Milestone", empty=True)
    )
    """Array of milestones related to the events. Empty when absent or null."""

    cursor: str = _field(_t.StrField("cursor", required=True))
    """Pagination cursor for the next page. Empty if there are no more results. Required (reading raises
    MissingFieldError if absent)."""

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
        if type(v := g("milestones")) is list:
            d["milestones"] = _BUILD["milestones"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("milestones")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        events: list[EventData] | None | Unset = UNSET,
        milestones: list[Milestone] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetEventsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("events", events)
        self._set("milestones", milestones)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "events": GetEventsResponse.__dict__["events"].build,
    "milestones": GetEventsResponse.__dict__["milestones"].build,
}
