from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginTrade(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        trade_id (str): Unique identifier for the trade. Required (reading raises MissingFieldError if absent).
        ticker (str): Market ticker symbol. Required (reading raises MissingFieldError if absent).
        count (Decimal): Number of contracts traded. Example: 10.00. Required (reading raises MissingFieldError
            if absent).
        price (Decimal): Trade price in dollars. Required (reading raises MissingFieldError if absent).
        created_time (datetime.datetime): When the trade was executed. Required (reading raises
            MissingFieldError if absent).
        taker_side (BookSide): The side of an order or trade (bid or ask) Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    trade_id: str = _field(_t.StrField("trade_id", required=True))
    """Unique identifier for the trade. Required (reading raises MissingFieldError if absent)."""

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Market ticker symbol. Required (reading raises MissingFieldError if absent)."""

    count: Decimal = _field(_t.DecimalField("count", required=True))
    """Number of contracts traded. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Trade price in dollars. Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime = _field(_t.DateTimeField("created_time", required=True))
    """When the trade was executed. Required (reading raises MissingFieldError if absent)."""

    taker_side: BookSide = _field(_t.EnumField("taker_side", BookSide, required=True))
    """The side of an order or trade (bid or ask) Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("trade_id", _M)
        if type(v) is str:
            d["trade_id"] = v
        elif v is not _M:
            slow("trade_id")
        v = g("ticker", _M)
        if type(v) is str:
            d["ticker"] = v
        elif v is not _M:
            slow("ticker")
        v = g("count", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["count"] = x
            else:
                slow("count")
        elif v is not _M and v != "":
            slow("count")
        v = g("price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["price"] = x
            else:
                slow("price")
        elif v is not _M and v != "":
            slow("price")
        v = g("created_time", _M)
        if type(v) is str:
            d["created_time"] = _iso(v)
        elif v is not _M:
            slow("created_time")
        v = g("taker_side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["taker_side"] = m
        elif v is not _M:
            slow("taker_side")

    def __init__(
        self,
        *,
        trade_id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        count: Decimal | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        taker_side: BookSide | None | Unset = UNSET,
    ) -> None:
        """A MarginTrade from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("trade_id", trade_id)
        self._set("ticker", ticker)
        self._set("count", count)
        self._set("price", price)
        self._set("created_time", created_time)
        self._set("taker_side", taker_side)
