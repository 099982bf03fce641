from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarketCandlestickHistorical(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        end_period_ts (int): Unix timestamp for the inclusive end of the candlestick period. Required (reading
            raises MissingFieldError if absent).
        yes_bid (BidAskDistributionHistorical): Required (reading raises MissingFieldError if absent).
        yes_ask (BidAskDistributionHistorical): Required (reading raises MissingFieldError if absent).
        price (PriceDistributionHistorical): Required (reading raises MissingFieldError if absent).
        volume (Decimal): String representation of the number of contracts bought on the market during the
            candlestick period. Example: 10.00. Required (reading raises MissingFieldError if absent).
        open_interest (Decimal): String representation of the number of contracts bought on the market by end of
            the candlestick period (end_period_ts). Example: 10.00. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = ()

    end_period_ts: int = _field(_t.IntField("end_period_ts", required=True))
    """Unix timestamp for the inclusive end of the candlestick period. Required (reading raises MissingFieldError
    if absent)."""

    yes_bid: BidAskDistributionHistorical = _field(
        _t.ModelField(
            "yes_bid", f"{__package__}.bid_ask_distribution_historical", "BidAskDistributionHistorical", required=True
        )
    )
    """Required (reading raises MissingFieldError if absent)."""

    yes_ask: BidAskDistributionHistorical = _field(
        _t.ModelField(
            "yes_ask", f"{__package__}.bid_ask_distribution_historical", "BidAskDistributionHistorical", required=True
        )
    )
    """Required (reading raises MissingFieldError if absent)."""

    price: PriceDistributionHistorical = _field(
        _t.ModelField(
            "price", f"{__package__}.price_distribution_historical", "PriceDistributionHistorical", required=True
        )
    )
    """Required (reading raises MissingFieldError if absent)."""

    volume: Decimal = _field(_t.DecimalField("volume", required=True))
    """String representation of the number of contracts bought on the market during the candlestick period.
    Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    open_interest: Decimal = _field(_t.DecimalField("open_interest", required=True))
    """String representation of the number of contracts bought on the market by end of the candlestick period
    (end_period_ts). Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("end_period_ts", _M)
        if type(v) is int:
            d["end_period_ts"] = v
        elif v is not _M:
            slow("end_period_ts")
        v = g("yes_bid", _M)
        if type(v) is dict:
            d["yes_bid"] = _convert["yes_bid"](v)
        elif v is not _M:
            slow("yes_bid")
        v = g("yes_ask", _M)
        if type(v) is dict:
            d["yes_ask"] = _convert["yes_ask"](v)
        elif v is not _M:
            slow("yes_ask")
        v = g("price", _M)
        if type(v) is dict:
            d["price"] = _convert["price"](v)
        elif v is not _M:
            slow("price")
        v = g("volume", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["volume"] = x
            else:
                slow("volume")
        elif v is not _M and v != "":
            slow("volume")
        v = g("open_interest", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["open_interest"] = x
            else:
                slow("open_interest")
        elif v is not _M and v != "":
            slow("open_interest")

    def __init__(
        self,
        *,
        end_period_ts: int | None | Unset = UNSET,
        yes_bid: BidAskDistributionHistorical | None | Unset = UNSET,
        yes_ask: BidAskDistributionHistorical | None | Unset = UNSET,
        price: PriceDistributionHistorical | None | Unset = UNSET,
        volume: Decimal | None | Unset = UNSET,
        open_interest: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarketCandlestickHistorical from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("end_period_ts", end_period_ts)
        self._set("yes_bid", yes_bid)
        self._set("yes_ask", yes_ask)
        self._set("price", price)
        self._set("volume", volume)
        self._set("open_interest", open_interest)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "yes_bid": MarketCandlestickHistorical.__dict__["yes_bid"].convert,
    "yes_ask": MarketCandlestickHistorical.__dict__["yes_ask"].convert,
    "price": MarketCandlestickHistorical.__dict__["price"].convert,
}
