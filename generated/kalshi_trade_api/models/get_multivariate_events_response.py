from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMultivariateEventsResponse(_t.Page["EventData"], _t.ResponseModel):
    """A page of ``events``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            events (list[EventData]): Array of multivariate events matching the query criteria. Empty when absent or
                null.
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
    """Array of multivariate events matching the query criteria. Empty when absent or null."""

    cursor: str = _field(_t.StrField("cursor", required=True))
    """Pagination cursor for the next page. Empty if there are no more results. Required (reading raises
    MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        events: list[EventData] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetMultivariateEventsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("events", events)
        self._set("cursor", cursor)
