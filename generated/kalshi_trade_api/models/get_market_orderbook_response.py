from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orderbook_count_fp import OrderbookCountFp


class GetMarketOrderbookResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        orderbook_fp (OrderbookCountFp): Orderbook with fixed-point contract counts (fp) in all dollar price
            levels. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("orderbook_fp",)

    orderbook_fp: OrderbookCountFp
    """Orderbook with fixed-point contract counts (fp) in all dollar price levels. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "orderbook_fp": _t.ModelField(
            "orderbook_fp", f"{__package__}.orderbook_count_fp", "OrderbookCountFp", required=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("orderbook_fp")) is dict:
            self.orderbook_fp = _BUILD["orderbook_fp"](v)
        else:
            self._slow_field("orderbook_fp")

    def __init__(
        self,
        *,
        orderbook_fp: OrderbookCountFp | None | Unset = UNSET,
    ) -> None:
        """A GetMarketOrderbookResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("orderbook_fp", orderbook_fp)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "orderbook_fp": _t.builder(GetMarketOrderbookResponse, "orderbook_fp"),
}
