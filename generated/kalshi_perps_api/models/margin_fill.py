from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..models.order_source import OrderSource
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_BookSide_get = _t.member_lookup(BookSide)
_OrderSource_get = _t.member_lookup(OrderSource)


class MarginFill(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        fill_id (str): Unique identifier for the fill. Required (reading raises MissingFieldError if absent).
        order_id (str): The order ID that generated this fill. Required (reading raises MissingFieldError if
            absent).
        is_taker (bool): Whether the user was the taker in this fill. Required (reading raises MissingFieldError
            if absent).
        side (BookSide): The side of an order or trade (bid or ask) Required (reading raises MissingFieldError
            if absent).
        count (Decimal): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
            field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
            decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01
            contracts. Example: 10.00. Required (reading raises MissingFieldError if absent).
        created_time (datetime.datetime): When the fill was executed. Required (reading raises MissingFieldError
            if absent).
        ticker (str): Market ticker symbol. Required (reading raises MissingFieldError if absent).
        price (Decimal): Fill price in fixed-point dollars. Required (reading raises MissingFieldError if
            absent).
        entry_price (str): Position entry price used to compute incremental realized PnL for this fill. Required
            (reading raises MissingFieldError if absent).
        fees (Decimal): Fees paid on filled contracts, in dollars. Required (reading raises MissingFieldError if
            absent).
        realized_pnl (Decimal): Incremental realized PnL contributed by this fill, in fixed-point dollars.
            Required (reading raises MissingFieldError if absent).
        order_source (OrderSource): The source of the order. 'user' indicates a user-placed order, 'system'
            indicates a system-generated order. Optional (None if absent).
    """

    __slots__ = (
        "fill_id",
        "order_id",
        "is_taker",
        "side",
        "count",
        "created_time",
        "ticker",
        "price",
        "entry_price",
        "fees",
        "realized_pnl",
        "order_source",
    )

    fill_id: str
    """Unique identifier for the fill. Required (reading raises MissingFieldError if absent)."""

    order_id: str
    """The order ID that generated this fill. Required (reading raises MissingFieldError if absent)."""

    is_taker: bool
    """Whether the user was the taker in this fill. Required (reading raises MissingFieldError if absent)."""

    side: BookSide
    """The side of an order or trade (bid or ask) Required (reading raises MissingFieldError if absent)."""

    count: Decimal
    """Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field names). Requests
    accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals. Fractional
    contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime
    """When the fill was executed. Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Market ticker symbol. Required (reading raises MissingFieldError if absent)."""

    price: Decimal
    """Fill price in fixed-point dollars. Required (reading raises MissingFieldError if absent)."""

    entry_price: str
    """Position entry price used to compute incremental realized PnL for this fill. Required (reading raises
    MissingFieldError if absent)."""

    fees: Decimal
    """Fees paid on filled contracts, in dollars. Required (reading raises MissingFieldError if absent)."""

    realized_pnl: Decimal
    """Incremental realized PnL contributed by this fill, in fixed-point dollars. Required (reading raises
    MissingFieldError if absent)."""

    order_source: OrderSource | None
    """The source of the order. 'user' indicates a user-placed order, 'system' indicates a system-generated order.
    Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "fill_id": _t.StrField("fill_id", required=True),
        "order_id": _t.StrField("order_id", required=True),
        "is_taker": _t.BoolField("is_taker", required=True),
        "side": _t.EnumField("side", BookSide, required=True),
        "count": _t.DecimalField("count", required=True),
        "created_time": _t.DateTimeField("created_time", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "price": _t.DecimalField("price", required=True),
        "entry_price": _t.StrField("entry_price", required=True),
        "fees": _t.DecimalField("fees", required=True),
        "realized_pnl": _t.DecimalField("realized_pnl", required=True),
        "order_source": _t.EnumField("order_source", OrderSource),
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
            k_fill_id,
            k_order_id,
            k_is_taker,
            k_side,
            k_count,
            k_created_time,
            k_ticker,
            k_price,
            k_entry_price,
            k_fees,
            k_realized_pnl,
            k_order_source,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_fill_id)) is str:
            self.fill_id = v
        else:
            self._slow_field("fill_id")
        if type(v := g(k_order_id)) is str:
            self.order_id = v
        else:
            self._slow_field("order_id")
        if type(v := g(k_is_taker)) is bool:
            self.is_taker = v
        else:
            self._slow_field("is_taker")
        if (m := _BookSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if (x := _dc(v := g(k_count))) is not None:  # only text already parsed is in the cache
            self.count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count = _nd(v)
        else:
            self._slow_field("count")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        else:
            self._slow_field("created_time")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if (x := _dc(v := g(k_price))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if type(v := g(k_entry_price)) is str:
            self.entry_price = v
        else:
            self._slow_field("entry_price")
        if (x := _dc(v := g(k_fees))) is not None:  # only text already parsed is in the cache
            self.fees = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fees = _nd(v)
        else:
            self._slow_field("fees")
        if (x := _dc(v := g(k_realized_pnl))) is not None:  # only text already parsed is in the cache
            self.realized_pnl = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.realized_pnl = _nd(v)
        else:
            self._slow_field("realized_pnl")
        if (m := _OrderSource_get(v := g(k_order_source))) is not None:
            self.order_source = m
        elif v is None:
            self.order_source = None
        else:
            self._slow_field("order_source")

    def __init__(
        self,
        *,
        fill_id: str | None | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
        is_taker: bool | None | Unset = UNSET,
        side: BookSide | None | Unset = UNSET,
        count: Decimal | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        entry_price: str | None | Unset = UNSET,
        fees: Decimal | None | Unset = UNSET,
        realized_pnl: Decimal | None | Unset = UNSET,
        order_source: OrderSource | None | Unset = UNSET,
    ) -> None:
        """A MarginFill from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("fill_id", fill_id)
        self._set("order_id", order_id)
        self._set("is_taker", is_taker)
        self._set("side", side)
        self._set("count", count)
        self._set("created_time", created_time)
        self._set("ticker", ticker)
        self._set("price", price)
        self._set("entry_price", entry_price)
        self._set("fees", fees)
        self._set("realized_pnl", realized_pnl)
        self._set("order_source", order_source)


_KEYS = _t.JsonKeys(*(field.key for field in MarginFill._declared.values()))  # in _load_fast's order
