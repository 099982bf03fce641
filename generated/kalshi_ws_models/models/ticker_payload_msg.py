from __future__ import annotations

import datetime
from decimal import Decimal
from uuid import UUID

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


class TickerPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_id (UUID): Unique market UUID. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        price_dollars (Decimal): Last traded price in dollars. Required (reading raises MissingFieldError if
            absent).
        yes_bid_dollars (Decimal): Best bid price for yes side in dollars. Required (reading raises
            MissingFieldError if absent).
        yes_ask_dollars (Decimal): Best ask price for yes side in dollars. Required (reading raises
            MissingFieldError if absent).
        volume_fp (Decimal): Fixed-point total contracts traded (2 decimals) Required (reading raises
            MissingFieldError if absent).
        open_interest_fp (Decimal): Fixed-point open interest (2 decimals) Required (reading raises
            MissingFieldError if absent).
        dollar_volume (int): Signed whole-dollar cumulative traded notional. Required (reading raises
            MissingFieldError if absent).
        dollar_open_interest (int): Signed whole-dollar open-interest notional. Required (reading raises
            MissingFieldError if absent).
        yes_bid_size_fp (Decimal): Fixed-point contracts at best bid (2 decimals) Required (reading raises
            MissingFieldError if absent).
        yes_ask_size_fp (Decimal): Fixed-point contracts at best ask (2 decimals) Required (reading raises
            MissingFieldError if absent).
        last_trade_size_fp (Decimal): Fixed-point contracts in last trade (2 decimals) Required (reading raises
            MissingFieldError if absent).
        ts (int): Deprecated - Unix timestamp for when the update happened (in seconds). Use ts_ms instead.
            Required (reading raises MissingFieldError if absent).
        ts_ms (int): Unix timestamp for when the update happened (in milliseconds) Required (reading raises
            MissingFieldError if absent).
        time (datetime.datetime): Deprecated - Timestamp for when the update happened (RFC3339, truncated to
            milliseconds). Use ts_ms instead. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "market_id",
        "market_ticker",
        "price_dollars",
        "yes_bid_dollars",
        "yes_ask_dollars",
        "volume_fp",
        "open_interest_fp",
        "dollar_volume",
        "dollar_open_interest",
        "yes_bid_size_fp",
        "yes_ask_size_fp",
        "last_trade_size_fp",
        "ts",
        "ts_ms",
        "time",
    )

    market_id: UUID
    """Unique market UUID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    price_dollars: Decimal
    """Last traded price in dollars. Required (reading raises MissingFieldError if absent)."""

    yes_bid_dollars: Decimal
    """Best bid price for yes side in dollars. Required (reading raises MissingFieldError if absent)."""

    yes_ask_dollars: Decimal
    """Best ask price for yes side in dollars. Required (reading raises MissingFieldError if absent)."""

    volume_fp: Decimal
    """Fixed-point total contracts traded (2 decimals) Required (reading raises MissingFieldError if absent)."""

    open_interest_fp: Decimal
    """Fixed-point open interest (2 decimals) Required (reading raises MissingFieldError if absent)."""

    dollar_volume: int
    """Signed whole-dollar cumulative traded notional. Required (reading raises MissingFieldError if absent)."""

    dollar_open_interest: int
    """Signed whole-dollar open-interest notional. Required (reading raises MissingFieldError if absent)."""

    yes_bid_size_fp: Decimal
    """Fixed-point contracts at best bid (2 decimals) Required (reading raises MissingFieldError if absent)."""

    yes_ask_size_fp: Decimal
    """Fixed-point contracts at best ask (2 decimals) Required (reading raises MissingFieldError if absent)."""

    last_trade_size_fp: Decimal
    """Fixed-point contracts in last trade (2 decimals) Required (reading raises MissingFieldError if absent)."""

    ts: int
    """Deprecated - Unix timestamp for when the update happened (in seconds). Use ts_ms instead. Required (reading
    raises MissingFieldError if absent)."""

    ts_ms: int
    """Unix timestamp for when the update happened (in milliseconds) Required (reading raises MissingFieldError if
    absent)."""

    time: datetime.datetime
    """Deprecated - Timestamp for when the update happened (RFC3339, truncated to milliseconds). Use ts_ms instead.
    Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_id": _t.UuidField("market_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "price_dollars": _t.DecimalField("price_dollars", required=True),
        "yes_bid_dollars": _t.DecimalField("yes_bid_dollars", required=True),
        "yes_ask_dollars": _t.DecimalField("yes_ask_dollars", required=True),
        "volume_fp": _t.DecimalField("volume_fp", required=True),
        "open_interest_fp": _t.DecimalField("open_interest_fp", required=True),
        "dollar_volume": _t.IntField("dollar_volume", required=True),
        "dollar_open_interest": _t.IntField("dollar_open_interest", required=True),
        "yes_bid_size_fp": _t.DecimalField("yes_bid_size_fp", required=True),
        "yes_ask_size_fp": _t.DecimalField("yes_ask_size_fp", required=True),
        "last_trade_size_fp": _t.DecimalField("last_trade_size_fp", required=True),
        "ts": _t.IntField("ts", required=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
        "time": _t.DateTimeField("time", required=True),
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
            k_market_id,
            k_market_ticker,
            k_price_dollars,
            k_yes_bid_dollars,
            k_yes_ask_dollars,
            k_volume_fp,
            k_open_interest_fp,
            k_dollar_volume,
            k_dollar_open_interest,
            k_yes_bid_size_fp,
            k_yes_ask_size_fp,
            k_last_trade_size_fp,
            k_ts,
            k_ts_ms,
            k_time,
        ) = _KEYS.keys
        self._slow_field("market_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g(k_price_dollars))) is not None:  # only text already parsed is in the cache
            self.price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price_dollars = _nd(v)
        else:
            self._slow_field("price_dollars")
        if (x := _dc(v := g(k_yes_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_bid_dollars = _nd(v)
        else:
            self._slow_field("yes_bid_dollars")
        if (x := _dc(v := g(k_yes_ask_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_ask_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_ask_dollars = _nd(v)
        else:
            self._slow_field("yes_ask_dollars")
        if (x := _dc(v := g(k_volume_fp))) is not None:  # only text already parsed is in the cache
            self.volume_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_fp = _nd(v)
        else:
            self._slow_field("volume_fp")
        if (x := _dc(v := g(k_open_interest_fp))) is not None:  # only text already parsed is in the cache
            self.open_interest_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_interest_fp = _nd(v)
        else:
            self._slow_field("open_interest_fp")
        if type(v := g(k_dollar_volume)) is int:
            self.dollar_volume = v
        else:
            self._slow_field("dollar_volume")
        if type(v := g(k_dollar_open_interest)) is int:
            self.dollar_open_interest = v
        else:
            self._slow_field("dollar_open_interest")
        if (x := _dc(v := g(k_yes_bid_size_fp))) is not None:  # only text already parsed is in the cache
            self.yes_bid_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_bid_size_fp = _nd(v)
        else:
            self._slow_field("yes_bid_size_fp")
        if (x := _dc(v := g(k_yes_ask_size_fp))) is not None:  # only text already parsed is in the cache
            self.yes_ask_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_ask_size_fp = _nd(v)
        else:
            self._slow_field("yes_ask_size_fp")
        if (x := _dc(v := g(k_last_trade_size_fp))) is not None:  # only text already parsed is in the cache
            self.last_trade_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.last_trade_size_fp = _nd(v)
        else:
            self._slow_field("last_trade_size_fp")
        if type(v := g(k_ts)) is int:
            self.ts = v
        else:
            self._slow_field("ts")
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")
        if (t := _tc(v := g(k_time))) is not None:
            self.time = t
        elif isinstance(v, str):
            self.time = _nt(v)
        else:
            self._slow_field("time")

    def __init__(
        self,
        *,
        market_id: UUID | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        price_dollars: Decimal | None | Unset = UNSET,
        yes_bid_dollars: Decimal | None | Unset = UNSET,
        yes_ask_dollars: Decimal | None | Unset = UNSET,
        volume_fp: Decimal | None | Unset = UNSET,
        open_interest_fp: Decimal | None | Unset = UNSET,
        dollar_volume: int | None | Unset = UNSET,
        dollar_open_interest: int | None | Unset = UNSET,
        yes_bid_size_fp: Decimal | None | Unset = UNSET,
        yes_ask_size_fp: Decimal | None | Unset = UNSET,
        last_trade_size_fp: Decimal | None | Unset = UNSET,
        ts: int | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
        time: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A TickerPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_id", market_id)
        self._set("market_ticker", market_ticker)
        self._set("price_dollars", price_dollars)
        self._set("yes_bid_dollars", yes_bid_dollars)
        self._set("yes_ask_dollars", yes_ask_dollars)
        self._set("volume_fp", volume_fp)
        self._set("open_interest_fp", open_interest_fp)
        self._set("dollar_volume", dollar_volume)
        self._set("dollar_open_interest", dollar_open_interest)
        self._set("yes_bid_size_fp", yes_bid_size_fp)
        self._set("yes_ask_size_fp", yes_ask_size_fp)
        self._set("last_trade_size_fp", last_trade_size_fp)
        self._set("ts", ts)
        self._set("ts_ms", ts_ms)
        self._set("time", time)


_KEYS = _t.JsonKeys(*(field.key for field in TickerPayloadMsg._declared.values()))  # in _load_fast's order
