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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("quotes")) is list:
            d["quotes"] = _BUILD["quotes"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("quotes")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        quotes: list[Quote] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetQuotesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("quotes", quotes)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "quotes": GetQuotesResponse.__dict__["quotes"].build,
}
