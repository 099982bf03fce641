from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    trade_id: UUID = _field(_t.UuidField("trade_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    count: Decimal = _field(_t.DecimalField("count", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    taker_side: BookSide = _field(_t.EnumField("taker_side", BookSide, required=True))
    """Required (reading raises MissingFieldError if absent)."""

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
        v = g("price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["price"] = x
            else:
                slow("price")
        elif v is not _M and v != "":
            slow("price")
        v = g("count", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["count"] = x
            else:
                slow("count")
        elif v is not _M and v != "":
            slow("count")
        v = g("taker_side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["taker_side"] = m
        elif v is not _M:
            slow("taker_side")
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
        price: Decimal | None | Unset = UNSET,
        count: Decimal | None | Unset = UNSET,
        taker_side: BookSide | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A MarginTradePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("trade_id", trade_id)
        self._set("market_ticker", market_ticker)
        self._set("price", price)
        self._set("count", count)
        self._set("taker_side", taker_side)
        self._set("ts_ms", ts_ms)
