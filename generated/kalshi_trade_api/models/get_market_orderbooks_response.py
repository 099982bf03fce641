from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_orderbook_fp import MarketOrderbookFp


class GetMarketOrderbooksResponse(_t.Page["MarketOrderbookFp"], _t.ResponseModel):
    """A page of ``orderbooks``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            orderbooks (list[MarketOrderbookFp]): Empty when absent or null.
    """

    __slots__ = ("orderbooks",)
    items_field = "orderbooks"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.market_orderbook_fp", "MarketOrderbookFp")

    orderbooks: list[MarketOrderbookFp]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "orderbooks": _t.ModelListField(
            "orderbooks", f"{__package__}.market_orderbook_fp", "MarketOrderbookFp", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("orderbooks")) is list:
            self.orderbooks = _BUILD["orderbooks"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("orderbooks")

    def __init__(
        self,
        *,
        orderbooks: list[MarketOrderbookFp] | None | Unset = UNSET,
    ) -> None:
        """A GetMarketOrderbooksResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("orderbooks", orderbooks)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "orderbooks": _t.builder(GetMarketOrderbooksResponse, "orderbooks"),
}
