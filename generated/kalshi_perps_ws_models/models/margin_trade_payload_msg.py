from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_BookSide_get = _t.member_lookup(BookSide)


class MarginTradePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        trade_id (UUID): Required (reading raises MissingFieldError if absent).
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        price (Decimal): Required (reading raises MissingFieldError if absent).
        count (Decimal): Required (reading raises MissingFieldError if absent).
        taker_side (BookSide): Required (reading raises MissingFieldError if absent).
        ts_ms (int): Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "trade_id",
        "market_ticker",
        "price",
        "count",
        "taker_side",
        "ts_ms",
    )

    trade_id: UUID
    """Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    price: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    count: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    taker_side: BookSide
    """Required (reading raises MissingFieldError if absent)."""

    ts_ms: int
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "trade_id": _t.UuidField("trade_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "price": _t.DecimalField("price", required=True),
        "count": _t.DecimalField("count", required=True),
        "taker_side": _t.EnumField("taker_side", BookSide, required=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        self._slow_field("trade_id")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g("price"))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g("count"))) is not None:  # only text already parsed is in the cache
            self.count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count = _nd(v)
        else:
            self._slow_field("count")
        if (m := _BookSide_get(v := g("taker_side"))) is not None:
            self.taker_side = m
        else:
            self._slow_field("taker_side")
        if type(v := g("ts_ms")) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")

    def __init__(
        self,
        *,
        trade_id: UUID | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        count: Decimal | None | Unset = UNSET,
        taker_side: BookSide | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A MarginTradePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("trade_id", trade_id)
        self._set("market_ticker", market_ticker)
        self._set("price", price)
        self._set("count", count)
        self._set("taker_side", taker_side)
        self._set("ts_ms", ts_ms)
