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


class MarginMarketCandlestick(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        end_period_ts (int): Unix timestamp for the inclusive end of the candlestick period. Required (reading
            raises MissingFieldError if absent).
        bid (BidAskDistributionHistorical): OHLC data for quoted prices on one side of the orderbook during the
            candlestick period. These values reflect bid or ask quotes, not executed trade prices. Required (reading
            raises MissingFieldError if absent).
        ask (BidAskDistributionHistorical): OHLC data for quoted prices on one side of the orderbook during the
            candlestick period. These values reflect bid or ask quotes, not executed trade prices. Required (reading
            raises MissingFieldError if absent).
        price (PriceDistributionHistorical): Required (reading raises MissingFieldError if absent).
        volume (Decimal): Number of contracts traded on the market during the candlestick period. Example:
            10.00. Required (reading raises MissingFieldError if absent).
        volume_notional_value_dollars (Decimal): Notional value of contracts traded on the market during the
            candlestick period. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        open_interest (Decimal): Number of contracts held on the market by end of the candlestick period
            (end_period_ts). Example: 10.00. Required (reading raises MissingFieldError if absent).
        open_interest_notional_value_dollars (Decimal): Notional value of contracts held on the market by end of
            the candlestick period (end_period_ts). Example: 0.5600. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = (
        "end_period_ts",
        "bid",
        "ask",
        "price",
        "volume",
        "volume_notional_value_dollars",
        "open_interest",
        "open_interest_notional_value_dollars",
    )

    end_period_ts: int
    """Unix timestamp for the inclusive end of the candlestick period. Required (reading raises MissingFieldError
    if absent)."""

    bid: BidAskDistributionHistorical
    """OHLC data for quoted prices on one side of the orderbook during the candlestick period. These values reflect
    bid or ask quotes, not executed trade prices. Required (reading raises MissingFieldError if absent)."""

    ask: BidAskDistributionHistorical
    """OHLC data for quoted prices on one side of the orderbook during the candlestick period. These values reflect
    bid or ask quotes, not executed trade prices. Required (reading raises MissingFieldError if absent)."""

    price: PriceDistributionHistorical
    """Required (reading raises MissingFieldError if absent)."""

    volume: Decimal
    """Number of contracts traded on the market during the candlestick period. Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    volume_notional_value_dollars: Decimal
    """Notional value of contracts traded on the market during the candlestick period. Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    open_interest: Decimal
    """Number of contracts held on the market by end of the candlestick period (end_period_ts). Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    open_interest_notional_value_dollars: Decimal
    """Notional value of contracts held on the market by end of the candlestick period (end_period_ts). Example:
    0.5600. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "end_period_ts": _t.IntField("end_period_ts", required=True),
        "bid": _t.ModelField(
            "bid", f"{__package__}.bid_ask_distribution_historical", "BidAskDistributionHistorical", required=True
        ),
        "ask": _t.ModelField(
            "ask", f"{__package__}.bid_ask_distribution_historical", "BidAskDistributionHistorical", required=True
        ),
        "price": _t.ModelField(
            "price", f"{__package__}.price_distribution_historical", "PriceDistributionHistorical", required=True
        ),
        "volume": _t.DecimalField("volume", required=True),
        "volume_notional_value_dollars": _t.DecimalField("volume_notional_value_dollars", required=True),
        "open_interest": _t.DecimalField("open_interest", required=True),
        "open_interest_notional_value_dollars": _t.DecimalField("open_interest_notional_value_dollars", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_end_period_ts,
            k_bid,
            k_ask,
            k_price,
            k_volume,
            k_volume_notional_value_dollars,
            k_open_interest,
            k_open_interest_notional_value_dollars,
        ) = _KEYS.keys
        if type(v := g(k_end_period_ts)) is int:
            self.end_period_ts = v
        else:
            self._slow_field("end_period_ts")
        if type(v := g(k_bid)) is dict:
            self.bid = _BUILD["bid"](v)
        else:
            self._slow_field("bid")
        if type(v := g(k_ask)) is dict:
            self.ask = _BUILD["ask"](v)
        else:
            self._slow_field("ask")
        if type(v := g(k_price)) is dict:
            self.price = _BUILD["price"](v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g(k_volume))) is not None:  # only text already parsed is in the cache
            self.volume = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume = _nd(v)
        else:
            self._slow_field("volume")
        if (x := _dc(v := g(k_volume_notional_value_dollars))) is not None:  # only text already parsed is in the cache
            self.volume_notional_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_notional_value_dollars = _nd(v)
        else:
            self._slow_field("volume_notional_value_dollars")
        if (x := _dc(v := g(k_open_interest))) is not None:  # only text already parsed is in the cache
            self.open_interest = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_interest = _nd(v)
        else:
            self._slow_field("open_interest")
        if (
            x := _dc(v := g(k_open_interest_notional_value_dollars))
        ) is not None:  # only text already parsed is in the cache
            self.open_interest_notional_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_interest_notional_value_dollars = _nd(v)
        else:
            self._slow_field("open_interest_notional_value_dollars")

    def __init__(
        self,
        *,
        end_period_ts: int | None | Unset = UNSET,
        bid: BidAskDistributionHistorical | None | Unset = UNSET,
        ask: BidAskDistributionHistorical | None | Unset = UNSET,
        price: PriceDistributionHistorical | None | Unset = UNSET,
        volume: Decimal | None | Unset = UNSET,
        volume_notional_value_dollars: Decimal | None | Unset = UNSET,
        open_interest: Decimal | None | Unset = UNSET,
        open_interest_notional_value_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginMarketCandlestick from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("end_period_ts", end_period_ts)
        self._set("bid", bid)
        self._set("ask", ask)
        self._set("price", price)
        self._set("volume", volume)
        self._set("volume_notional_value_dollars", volume_notional_value_dollars)
        self._set("open_interest", open_interest)
        self._set("open_interest_notional_value_dollars", open_interest_notional_value_dollars)


_KEYS = _t.JsonKeys(*(field.key for field in MarginMarketCandlestick._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "bid": _t.builder(MarginMarketCandlestick, "bid"),
    "ask": _t.builder(MarginMarketCandlestick, "ask"),
    "price": _t.builder(MarginMarketCandlestick, "price"),
}
