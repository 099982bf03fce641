from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orderbook_count_fp import OrderbookCountFp


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("orderbook_fp", _M)
        if type(v) is dict:
            d["orderbook_fp"] = _convert["orderbook_fp"](v)
        elif v is not _M:
            slow("orderbook_fp")

    def __init__(
        self,
        *,
        orderbook_fp: OrderbookCountFp | None | Unset = UNSET,
    ) -> None:
        """A GetMarketOrderbookResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("orderbook_fp", orderbook_fp)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "orderbook_fp": GetMarketOrderbookResponse.__dict__["orderbook_fp"].convert,
}
