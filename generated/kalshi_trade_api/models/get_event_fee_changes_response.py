from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_fee_change import EventFeeChange


class GetEventFeeChangesResponse(_t.Page["EventFeeChange"], _t.ResponseModel):
    """A page of ``event_fee_changes``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            event_fee_changes (list[EventFeeChange]): Empty when absent or null.
            cursor (str): Pagination cursor for the next page. Empty if there are no more results. Required (reading
                raises MissingFieldError if absent).
    """

    __slots__ = (
        "event_fee_changes",
        "cursor",
    )
    items_field = "event_fee_changes"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.event_fee_change", "EventFeeChange")

    event_fee_changes: list[EventFeeChange]
    """Empty when absent or null."""

    cursor: str
    """Pagination cursor for the next page. Empty if there are no more results. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_fee_changes": _t.ModelListField(
            "event_fee_changes", f"{__package__}.event_fee_change", "EventFeeChange", required=True, empty=True
        ),
        "cursor": _t.StrField("cursor", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("event_fee_changes")) is list:
            self.event_fee_changes = _BUILD["event_fee_changes"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("event_fee_changes")
        if type(v := g("cursor")) is str:
            self.cursor = v
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        event_fee_changes: list[EventFeeChange] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetEventFeeChangesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_fee_changes", event_fee_changes)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "event_fee_changes": _t.builder(GetEventFeeChangesResponse, "event_fee_changes"),
}
