from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orderbook_count_fp import OrderbookCountFp


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarketOrderbookResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        orderbook_fp (OrderbookCountFp): Orderbook with fixed-point contract counts (fp) in all dollar price
            levels. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    orderbook_fp: OrderbookCountFp = _field(
        _t.ModelField("orderbook_fp", f"{__package__}.orderbook_count_fp", "OrderbookCountFp", required=True)
    )
    """Orderbook with fixed-point contract counts (fp) in all dollar price levels. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("orderbook_fp")) is dict:
            d["orderbook_fp"] = _BUILD["orderbook_fp"](v)
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "orderbook_fp": GetMarketOrderbookResponse.__dict__["orderbook_fp"].build,
}
