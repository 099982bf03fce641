from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_rate import FundingRate
    from ..models.ticker_price import TickerPrice


_dc = _t.cached_decimal
_nd = _t.new_decimal


class MarginTickerPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        price (Decimal): Last traded price in USD as a fixed-point decimal string (4 decimals). Required
            (reading raises MissingFieldError if absent).
        bid (Decimal): USD price as a fixed-point decimal string (4 decimals). Required (reading raises
            MissingFieldError if absent).
        ask (Decimal): USD price as a fixed-point decimal string (4 decimals). Required (reading raises
            MissingFieldError if absent).
        bid_size_fp (Decimal): Required (reading raises MissingFieldError if absent).
        ask_size_fp (Decimal): Required (reading raises MissingFieldError if absent).
        last_trade_size_fp (Decimal): Required (reading raises MissingFieldError if absent).
        volume (Decimal): One sided total trade volume in contracts. Required (reading raises MissingFieldError
            if absent).
        volume_notional_value_dollars (Decimal): Total notional value of one sided trade volume in dollars.
            Required (reading raises MissingFieldError if absent).
        volume_24h (Decimal): One sided trade volume in the last 24 hours in contracts. Required (reading raises
            MissingFieldError if absent).
        volume_24h_notional_value_dollars (Decimal): Total notional value of one sided trade volume in the last
            24 hours in dollars. Required (reading raises MissingFieldError if absent).
        open_interest (Decimal): One sided open interest in contracts. Required (reading raises
            MissingFieldError if absent).
        open_interest_notional_value_dollars (Decimal): Total notional value of one sided open interest in
            dollars. Required (reading raises MissingFieldError if absent).
        reference_price (TickerPrice): Optional (None if absent).
        settlement_mark_price (TickerPrice): Optional (None if absent).
        liquidation_mark_price (TickerPrice): Optional (None if absent).
        funding_rate (FundingRate): Optional (None if absent).
        ts_ms (int): Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "market_ticker",
        "price",
        "bid",
        "ask",
        "bid_size_fp",
        "ask_size_fp",
        "last_trade_size_fp",
        "volume",
        "volume_notional_value_dollars",
        "volume_24h",
        "volume_24h_notional_value_dollars",
        "open_interest",
        "open_interest_notional_value_dollars",
        "reference_price",
        "settlement_mark_price",
        "liquidation_mark_price",
        "funding_rate",
        "ts_ms",
    )

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    price: Decimal
    """Last traded price in USD as a fixed-point decimal string (4 decimals). Required (reading raises
    MissingFieldError if absent)."""

    bid: Decimal
    """USD price as a fixed-point decimal string (4 decimals). Required (reading raises MissingFieldError if
    absent)."""

    ask: Decimal
    """USD price as a fixed-point decimal string (4 decimals). Required (reading raises MissingFieldError if
    absent)."""

    bid_size_fp: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    ask_size_fp: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    last_trade_size_fp: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    volume: Decimal
    """One sided total trade volume in contracts. Required (reading raises MissingFieldError if absent)."""

    volume_notional_value_dollars: Decimal
    """Total notional value of one sided trade volume in dollars. Required (reading raises MissingFieldError if
    absent)."""

    volume_24h: Decimal
    """One sided trade volume in the last 24 hours in contracts. Required (reading raises MissingFieldError if
    absent)."""

    volume_24h_notional_value_dollars: Decimal
    """Total notional value of one sided trade volume in the last 24 hours in dollars. Required (reading raises
    MissingFieldError if absent)."""

    open_interest: Decimal
    """One sided open interest in contracts. Required (reading raises MissingFieldError if absent)."""

    open_interest_notional_value_dollars: Decimal
    """Total notional value of one sided open interest in dollars. Required (reading raises MissingFieldError if
    absent)."""

    reference_price: TickerPrice | None
    """Optional (None if absent)."""

    settlement_mark_price: TickerPrice | None
    """Optional (None if absent)."""

    liquidation_mark_price: TickerPrice | None
    """Optional (None if absent)."""

    funding_rate: FundingRate | None
    """Optional (None if absent)."""

    ts_ms: int
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "price": _t.DecimalField("price", required=True),
        "bid": _t.DecimalField("bid", required=True),
        "ask": _t.DecimalField("ask", required=True),
        "bid_size_fp": _t.DecimalField("bid_size_fp", required=True),
        "ask_size_fp": _t.DecimalField("ask_size_fp", required=True),
        "last_trade_size_fp": _t.DecimalField("last_trade_size_fp", required=True),
        "volume": _t.DecimalField("volume", required=True),
        "volume_notional_value_dollars": _t.DecimalField("volume_notional_value_dollars", required=True),
        "volume_24h": _t.DecimalField("volume_24h", required=True),
        "volume_24h_notional_value_dollars": _t.DecimalField("volume_24h_notional_value_dollars", required=True),
        "open_interest": _t.DecimalField("open_interest", required=True),
        "open_interest_notional_value_dollars": _t.DecimalField("open_interest_notional_value_dollars", required=True),
        "reference_price": _t.ModelField("reference_price", f"{__package__}.ticker_price", "TickerPrice"),
        "settlement_mark_price": _t.ModelField("settlement_mark_price", f"{__package__}.ticker_price", "TickerPrice"),
        "liquidation_mark_price": _t.ModelField("liquidation_mark_price", f"{__package__}.ticker_price", "TickerPrice"),
        "funding_rate": _t.ModelField("funding_rate", f"{__package__}.funding_rate", "FundingRate"),
        "ts_ms": _t.IntField("ts_ms", required=True),
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
            k_market_ticker,
            k_price,
            k_bid,
            k_ask,
            k_bid_size_fp,
            k_ask_size_fp,
            k_last_trade_size_fp,
            k_volume,
            k_volume_notional_value_dollars,
            k_volume_24h,
            k_volume_24h_notional_value_dollars,
            k_open_interest,
            k_open_interest_notional_value_dollars,
            k_reference_price,
            k_settlement_mark_price,
            k_liquidation_mark_price,
            k_funding_rate,
            k_ts_ms,
        ) = _KEYS.keys
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g(k_price))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g(k_bid))) is not None:  # only text already parsed is in the cache
            self.bid = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.bid = _nd(v)
        else:
            self._slow_field("bid")
        if (x := _dc(v := g(k_ask))) is not None:  # only text already parsed is in the cache
            self.ask = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.ask = _nd(v)
        else:
            self._slow_field("ask")
        if (x := _dc(v := g(k_bid_size_fp))) is not None:  # only text already parsed is in the cache
            self.bid_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.bid_size_fp = _nd(v)
        else:
            self._slow_field("bid_size_fp")
        if (x := _dc(v := g(k_ask_size_fp))) is not None:  # only text already parsed is in the cache
            self.ask_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.ask_size_fp = _nd(v)
        else:
            self._slow_field("ask_size_fp")
        if (x := _dc(v := g(k_last_trade_size_fp))) is not None:  # only text already parsed is in the cache
            self.last_trade_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.last_trade_size_fp = _nd(v)
        else:
            self._slow_field("last_trade_size_fp")
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
        if (x := _dc(v := g(k_volume_24h))) is not None:  # only text already parsed is in the cache
            self.volume_24h = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_24h = _nd(v)
        else:
            self._slow_field("volume_24h")
        if (
            x := _dc(v := g(k_volume_24h_notional_value_dollars))
        ) is not None:  # only text already parsed is in the cache
            self.volume_24h_notional_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_24h_notional_value_dollars = _nd(v)
        else:
            self._slow_field("volume_24h_notional_value_dollars")
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
        if type(v := g(k_reference_price)) is dict:
            self.reference_price = _BUILD["reference_price"](v)
        elif v is None:
            self.reference_price = None
        else:
            self._slow_field("reference_price")
        if type(v := g(k_settlement_mark_price)) is dict:
            self.settlement_mark_price = _BUILD["settlement_mark_price"](v)
        elif v is None:
            self.settlement_mark_price = None
        else:
            self._slow_field("settlement_mark_price")
        if type(v := g(k_liquidation_mark_price)) is dict:
            self.liquidation_mark_price = _BUILD["liquidation_mark_price"](v)
        elif v is None:
            self.liquidation_mark_price = None
        else:
            self._slow_field("liquidation_mark_price")
        if type(v := g(k_funding_rate)) is dict:
            self.funding_rate = _BUILD["funding_rate"](v)
        elif v is None:
            self.funding_rate = None
        else:
            self._slow_field("funding_rate")
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        bid: Decimal | None | Unset = UNSET,
        ask: Decimal | None | Unset = UNSET,
        bid_size_fp: Decimal | None | Unset = UNSET,
        ask_size_fp: Decimal | None | Unset = UNSET,
        last_trade_size_fp: Decimal | None | Unset = UNSET,
        volume: Decimal | None | Unset = UNSET,
        volume_notional_value_dollars: Decimal | None | Unset = UNSET,
        volume_24h: Decimal | None | Unset = UNSET,
        volume_24h_notional_value_dollars: Decimal | None | Unset = UNSET,
        open_interest: Decimal | None | Unset = UNSET,
        open_interest_notional_value_dollars: Decimal | None | Unset = UNSET,
        reference_price: TickerPrice | None | Unset = UNSET,
        settlement_mark_price: TickerPrice | None | Unset = UNSET,
        liquidation_mark_price: TickerPrice | None | Unset = UNSET,
        funding_rate: FundingRate | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A MarginTickerPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("price", price)
        self._set("bid", bid)
        self._set("ask", ask)
        self._set("bid_size_fp", bid_size_fp)
        self._set("ask_size_fp", ask_size_fp)
        self._set("last_trade_size_fp", last_trade_size_fp)
        self._set("volume", volume)
        self._set("volume_notional_value_dollars", volume_notional_value_dollars)
        self._set("volume_24h", volume_24h)
        self._set("volume_24h_notional_value_dollars", volume_24h_notional_value_dollars)
        self._set("open_interest", open_interest)
        self._set("open_interest_notional_value_dollars", open_interest_notional_value_dollars)
        self._set("reference_price", reference_price)
        self._set("settlement_mark_price", settlement_mark_price)
        self._set("liquidation_mark_price", liquidation_mark_price)
        self._set("funding_rate", funding_rate)
        self._set("ts_ms", ts_ms)


_KEYS = _t.JsonKeys(*(field.key for field in MarginTickerPayloadMsg._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "reference_price": _t.builder(MarginTickerPayloadMsg, "reference_price"),
    "settlement_mark_price": _t.builder(MarginTickerPayloadMsg, "settlement_mark_price"),
    "liquidation_mark_price": _t.builder(MarginTickerPayloadMsg, "liquidation_mark_price"),
    "funding_rate": _t.builder(MarginTickerPayloadMsg, "funding_rate"),
}
