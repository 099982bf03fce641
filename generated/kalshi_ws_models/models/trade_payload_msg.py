from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class TradePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        trade_id (UUID): Unique identifier for the trade. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        yes_price_dollars (Decimal): Yes side price in dollars. Required (reading raises MissingFieldError if
            absent).
        no_price_dollars (Decimal): No side price in dollars. Required (reading raises MissingFieldError if
            absent).
        count_fp (Decimal): Fixed-point contracts traded (2 decimals) Required (reading raises MissingFieldError
            if absent).
        taker_side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        taker_outcome_side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        taker_book_side (BookSide): Side of the book for an order or trade. 'bid' is equivalent to outcome_side
            'yes'; 'ask' is equivalent to outcome_side 'no'. Required (reading raises MissingFieldError if absent).
        is_block_trade (bool): True if the trade was matched off book as a block trade. Required (reading raises
            MissingFieldError if absent).
        ts (int): Deprecated - Unix timestamp in seconds. Use ts_ms instead. Required (reading raises
            MissingFieldError if absent).
        ts_ms (int): Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    trade_id: UUID = _field(_t.UuidField("trade_id", required=True))
    """Unique identifier for the trade. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal = _field(_t.DecimalField("yes_price_dollars", required=True))
    """Yes side price in dollars. Required (reading raises MissingFieldError if absent)."""

    no_price_dollars: Decimal = _field(_t.DecimalField("no_price_dollars", required=True))
    """No side price in dollars. Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal = _field(_t.DecimalField("count_fp", required=True))
    """Fixed-point contracts traded (2 decimals) Required (reading raises MissingFieldError if absent)."""

    taker_side: MarketSide = _field(_t.EnumField("taker_side", MarketSide, required=True))
    """Market side. Required (reading raises MissingFieldError if absent)."""

    taker_outcome_side: MarketSide = _field(_t.EnumField("taker_outcome_side", MarketSide, required=True))
    """Market side. Required (reading raises MissingFieldError if absent)."""

    taker_book_side: BookSide = _field(_t.EnumField("taker_book_side", BookSide, required=True))
    """Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes'; 'ask' is equivalent to
    outcome_side 'no'. Required (reading raises MissingFieldError if absent)."""

    is_block_trade: bool = _field(_t.BoolField("is_block_trade", required=True))
    """True if the trade was matched off book as a block trade. Required (reading raises MissingFieldError if
    absent)."""

    ts: int = _field(_t.IntField("ts", required=True))
    """Deprecated - Unix timestamp in seconds. Use ts_ms instead. Required (reading raises MissingFieldError if
    absent)."""

    ts_ms: int = _field(_t.IntField("ts_ms", required=True))
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("trade_id", _M)
        if v is not _M:
            slow("trade_id")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("yes_price_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_price_dollars"] = x
            else:
                slow("yes_price_dollars")
        elif v is not _M and v != "":
            slow("yes_price_dollars")
        v = g("no_price_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["no_price_dollars"] = x
            else:
                slow("no_price_dollars")
        elif v is not _M and v != "":
            slow("no_price_dollars")
        v = g("count_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["count_fp"] = x
            else:
                slow("count_fp")
        elif v is not _M and v != "":
            slow("count_fp")
        v = g("taker_side", _M)
        m = MarketSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["taker_side"] = m
        elif v is not _M:
            slow("taker_side")
        v = g("taker_outcome_side", _M)
        m = MarketSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["taker_outcome_side"] = m
        elif v is not _M:
            slow("taker_outcome_side")
        v = g("taker_book_side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["taker_book_side"] = m
        elif v is not _M:
            slow("taker_book_side")
        v = g("is_block_trade", _M)
        if type(v) is bool:
            d["is_block_trade"] = v
        elif v is not _M:
            slow("is_block_trade")
        v = g("ts", _M)
        if type(v) is int:
            d["ts"] = v
        elif v is not _M:
            slow("ts")
        v = g("ts_ms", _M)
        if type(v) is int:
            d["ts_ms"] = v
        elif v is not _M:
            slow("ts_ms")

    def __init__(
        self,
        *,
        trade_id: UUID | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        yes_price_dollars: Decimal | None | Unset = UNSET,
        no_price_dollars: Decimal | None | Unset = UNSET,
        count_fp: Decimal | None | Unset = UNSET,
        taker_side: MarketSide | None | Unset = UNSET,
        taker_outcome_side: MarketSide | None | Unset = UNSET,
        taker_book_side: BookSide | None | Unset = UNSET,
        is_block_trade: bool | None | Unset = UNSET,
        ts: int | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A TradePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("trade_id", trade_id)
        self._set("market_ticker", market_ticker)
        self._set("yes_price_dollars", yes_price_dollars)
        self._set("no_price_dollars", no_price_dollars)
        self._set("count_fp", count_fp)
        self._set("taker_side", taker_side)
        self._set("taker_outcome_side", taker_outcome_side)
        self._set("taker_book_side", taker_book_side)
        self._set("is_block_trade", is_block_trade)
        self._set("ts", ts)
        self._set("ts_ms", ts_ms)
