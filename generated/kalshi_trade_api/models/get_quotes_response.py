from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote import Quote


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetQuotesResponse(_t.Page["Quote"], _t.ResponseModel):
    """A page of ``quotes``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            quotes (list[Quote]): List of quotes matching the query criteria. Empty when absent or null.
            cursor (str): Cursor for pagination to get the next page of results. Optional (None if absent).
    """

    __slots__ = ()
    items_field = "quotes"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.quote", "Quote")

    quotes: list[Quote] = _field(
        _t.ModelListField("quotes", f"{__package__}.quote", "Quote", required=True, empty=True)
    )
    """List of quotes matching the query criteria. Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Cursor for pagination to get the next page of results. Optional (None if absent)."""

    def __init__(
        self,
        *,
        quotes: list[Quote] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetQuotesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("quotes", quotes)
        self._set("cursor", cursor)
