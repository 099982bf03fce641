from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "end_period_ts",
        "yes_bid",
        "yes_ask",
        "price",
        "volume",
        "open_interest",
    )

    end_period_ts: int
    """Unix timestamp for the inclusive end of the candlestick period. Required (reading raises MissingFieldError
    if absent)."""

    yes_bid: BidAskDistributionHistorical
    """Required (reading raises MissingFieldError if absent)."""

    yes_ask: BidAskDistributionHistorical
    """Required (reading raises MissingFieldError if absent)."""

    price: PriceDistributionHistorical
    """Required (reading raises MissingFieldError if absent)."""

    volume: Decimal
    """String representation of the number of contracts bought on the market during the candlestick period.
    Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    open_interest: Decimal
    """String representation of the number of contracts bought on the market by end of the candlestick period
    (end_period_ts). Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "end_period_ts": _t.IntField("end_period_ts", required=True),
        "yes_bid": _t.ModelField(
            "yes_bid", f"{__package__}.bid_ask_distribution_historical", "BidAskDistributionHistorical", required=True
        ),
        "yes_ask": _t.ModelField(
            "yes_ask", f"{__package__}.bid_ask_distribution_historical", "BidAskDistributionHistorical", required=True
        ),
        "price": _t.ModelField(
            "price", f"{__package__}.price_distribution_historical", "PriceDistributionHistorical", required=True
        ),
        "volume": _t.DecimalField("volume", required=True),
        "open_interest": _t.DecimalField("open_interest", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("end_period_ts")) is int:
            self.end_period_ts = v
        else:
            self._slow_field("end_period_ts")
        if type(v := g("yes_bid")) is dict:
            self.yes_bid = _BUILD["yes_bid"](v)
        else:
            self._slow_field("yes_bid")
        if type(v := g("yes_ask")) is dict:
            self.yes_ask = _BUILD["yes_ask"](v)
        else:
            self._slow_field("yes_ask")
        if type(v := g("price")) is dict:
            self.price = _BUILD["price"](v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g("volume"))) is not None:  # only text already parsed is in the cache
            self.volume = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume = _nd(v)
        else:
            self._slow_field("volume")
        if (x := _dc(v := g("open_interest"))) is not None:  # only text already parsed is in the cache
            self.open_interest = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_interest = _nd(v)
        else:
            self._slow_field("open_interest")

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
        self._done = None
        self._set("end_period_ts", end_period_ts)
        self._set("yes_bid", yes_bid)
        self._set("yes_ask", yes_ask)
        self._set("price", price)
        self._set("volume", volume)
        self._set("open_interest", open_interest)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "yes_bid": _t.builder(MarketCandlestickHistorical, "yes_bid"),
    "yes_ask": _t.builder(MarketCandlestickHistorical, "yes_ask"),
    "price": _t.builder(MarketCandlestickHistorical, "price"),
}
