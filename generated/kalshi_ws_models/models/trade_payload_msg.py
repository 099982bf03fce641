from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_MarketSide_get = _t.member_lookup(MarketSide)
_BookSide_get = _t.member_lookup(BookSide)


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

    __slots__ = (
        "trade_id",
        "market_ticker",
        "yes_price_dollars",
        "no_price_dollars",
        "count_fp",
        "taker_side",
        "taker_outcome_side",
        "taker_book_side",
        "is_block_trade",
        "ts",
        "ts_ms",
    )

    trade_id: UUID
    """Unique identifier for the trade. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal
    """Yes side price in dollars. Required (reading raises MissingFieldError if absent)."""

    no_price_dollars: Decimal
    """No side price in dollars. Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal
    """Fixed-point contracts traded (2 decimals) Required (reading raises MissingFieldError if absent)."""

    taker_side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    taker_outcome_side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    taker_book_side: BookSide
    """Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes'; 'ask' is equivalent to
    outcome_side 'no'. Required (reading raises MissingFieldError if absent)."""

    is_block_trade: bool
    """True if the trade was matched off book as a block trade. Required (reading raises MissingFieldError if
    absent)."""

    ts: int
    """Deprecated - Unix timestamp in seconds. Use ts_ms instead. Required (reading raises MissingFieldError if
    absent)."""

    ts_ms: int
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "trade_id": _t.UuidField("trade_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "yes_price_dollars": _t.DecimalField("yes_price_dollars", required=True),
        "no_price_dollars": _t.DecimalField("no_price_dollars", required=True),
        "count_fp": _t.DecimalField("count_fp", required=True),
        "taker_side": _t.EnumField("taker_side", MarketSide, required=True),
        "taker_outcome_side": _t.EnumField("taker_outcome_side", MarketSide, required=True),
        "taker_book_side": _t.EnumField("taker_book_side", BookSide, required=True),
        "is_block_trade": _t.BoolField("is_block_trade", required=True),
        "ts": _t.IntField("ts", required=True),
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
            k_trade_id,
            k_market_ticker,
            k_yes_price_dollars,
            k_no_price_dollars,
            k_count_fp,
            k_taker_side,
            k_taker_outcome_side,
            k_taker_book_side,
            k_is_block_trade,
            k_ts,
            k_ts_ms,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        self._slow_field("trade_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g(k_yes_price_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_price_dollars = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (x := _dc(v := g(k_no_price_dollars))) is not None:  # only text already parsed is in the cache
            self.no_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_price_dollars = _nd(v)
        else:
            self._slow_field("no_price_dollars")
        if (x := _dc(v := g(k_count_fp))) is not None:  # only text already parsed is in the cache
            self.count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count_fp = _nd(v)
        else:
            self._slow_field("count_fp")
        if (m := _MarketSide_get(v := g(k_taker_side))) is not None:
            self.taker_side = m
        else:
            self._slow_field("taker_side")
        if (m := _MarketSide_get(v := g(k_taker_outcome_side))) is not None:
            self.taker_outcome_side = m
        else:
            self._slow_field("taker_outcome_side")
        if (m := _BookSide_get(v := g(k_taker_book_side))) is not None:
            self.taker_book_side = m
        else:
            self._slow_field("taker_book_side")
        if type(v := g(k_is_block_trade)) is bool:
            self.is_block_trade = v
        else:
            self._slow_field("is_block_trade")
        if type(v := g(k_ts)) is int:
            self.ts = v
        else:
            self._slow_field("ts")
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")

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
        self._done = None
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


_KEYS = _t.JsonKeys(*(field.key for field in TradePayloadMsg._declared.values()))  # in _load_fast's order
