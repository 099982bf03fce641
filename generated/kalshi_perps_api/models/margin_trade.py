from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_BookSide_get = _t.member_lookup(BookSide)


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

    __slots__ = (
        "trade_id",
        "ticker",
        "count",
        "price",
        "created_time",
        "taker_side",
    )

    trade_id: str
    """Unique identifier for the trade. Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Market ticker symbol. Required (reading raises MissingFieldError if absent)."""

    count: Decimal
    """Number of contracts traded. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    price: Decimal
    """Trade price in dollars. Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime
    """When the trade was executed. Required (reading raises MissingFieldError if absent)."""

    taker_side: BookSide
    """The side of an order or trade (bid or ask) Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "trade_id": _t.StrField("trade_id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "count": _t.DecimalField("count", required=True),
        "price": _t.DecimalField("price", required=True),
        "created_time": _t.DateTimeField("created_time", required=True),
        "taker_side": _t.EnumField("taker_side", BookSide, required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("trade_id")) is str:
            self.trade_id = v
        else:
            self._slow_field("trade_id")
        if type(v := g("ticker")) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if (x := _dc(v := g("count"))) is not None:  # only text already parsed is in the cache
            self.count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count = _nd(v)
        else:
            self._slow_field("count")
        if (x := _dc(v := g("price"))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if (t := _tc(v := g("created_time"))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        else:
            self._slow_field("created_time")
        if (m := _BookSide_get(v := g("taker_side"))) is not None:
            self.taker_side = m
        else:
            self._slow_field("taker_side")

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
        self._done = None
        self._set("trade_id", trade_id)
        self._set("ticker", ticker)
        self._set("count", count)
        self._set("price", price)
        self._set("created_time", created_time)
        self._set("taker_side", taker_side)
