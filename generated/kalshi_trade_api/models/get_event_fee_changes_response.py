from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_fee_change import EventFeeChange


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetEventFeeChangesResponse(_t.Page["EventFeeChange"], _t.ResponseModel):
    """A page of ``event_fee_changes``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            event_fee_changes (list[EventFeeChange]): Empty when absent or null.
            cursor (str): Pagination cursor for the next page. Empty if there are no more results. Required (reading
                raises MissingFieldError if absent).
    """

    __slots__ = ()
    items_field = "event_fee_changes"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.event_fee_change", "EventFeeChange")

    event_fee_changes: list[EventFeeChange] = _field(
        _t.ModelListField(
            "event_fee_changes", f"{__package__}.event_fee_change", "EventFeeChange", required=True, empty=True
        )
    )
    """Empty when absent or null."""

    cursor: str = _field(_t.StrField("cursor", required=True))
    """Pagination cursor for the next page. Empty if there are no more results. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("event_fee_changes")) is list:
            d["event_fee_changes"] = _BUILD["event_fee_changes"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("event_fee_changes")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "event_fee_changes": GetEventFeeChangesResponse.__dict__["event_fee_changes"].build,
}
