from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.order_reason import OrderReason
from ..models.order_source import OrderSource
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginOrder(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Required (reading raises MissingFieldError if absent).
        user_id (str): Unique identifier for users. Required (reading raises MissingFieldError if absent).
        client_order_id (str): Required (reading raises MissingFieldError if absent).
        ticker (str): Required (reading raises MissingFieldError if absent).
        side (BookSide): The side of an order or trade (bid or ask) Required (reading raises MissingFieldError
            if absent).
        last_update_reason (LastUpdateReason): ReduceOnlyCancel means reduce_only capped the order at placement.
            Required (reading raises MissingFieldError if absent).
        price (Decimal): Price for the order in fixed-point dollars. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        fill_count (Decimal): Fixed-point contract count for filled quantity. Example: 10.00. Required (reading
            raises MissingFieldError if absent).
        remaining_count (Decimal): Fixed-point contract count for remaining quantity. Example: 10.00. Required
            (reading raises MissingFieldError if absent).
        expiration_time (datetime.datetime): Optional (None if absent).
        created_time (datetime.datetime): Optional (None if absent).
        last_update_time (datetime.datetime): The last update to an order (modify, cancel, fill) Optional (None
            if absent).
        self_trade_prevention_type (SelfTradePreventionType): Optional (None if absent).
        cancel_order_on_pause (bool): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason. Optional (None if absent).
        order_group_id (str): The order group this order is part of. Optional (None if absent).
        order_source (OrderSource): The source of the order. 'user' indicates a user-placed order, 'system'
            indicates a system-generated order. Optional (None if absent).
        order_reason (OrderReason): The reason for a system-generated order. Present for liquidation and TP/SL
            orders. Optional (None if absent).
    """

    __slots__ = ()

    order_id: str = _field(_t.StrField("order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    user_id: str = _field(_t.StrField("user_id", required=True))
    """Unique identifier for users. Required (reading raises MissingFieldError if absent)."""

    client_order_id: str = _field(_t.StrField("client_order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    side: BookSide = _field(_t.EnumField("side", BookSide, required=True))
    """The side of an order or trade (bid or ask) Required (reading raises MissingFieldError if absent)."""

    last_update_reason: LastUpdateReason = _field(_t.EnumField("last_update_reason", LastUpdateReason, required=True))
    """ReduceOnlyCancel means reduce_only capped the order at placement. Required (reading raises MissingFieldError
    if absent)."""

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Price for the order in fixed-point dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    fill_count: Decimal = _field(_t.DecimalField("fill_count", required=True))
    """Fixed-point contract count for filled quantity. Example: 10.00. Required (reading raises MissingFieldError
    if absent)."""

    remaining_count: Decimal = _field(_t.DecimalField("remaining_count", required=True))
    """Fixed-point contract count for remaining quantity. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    expiration_time: datetime.datetime | None = _field(_t.DateTimeField("expiration_time", nullable=True))
    """Optional (None if absent)."""

    created_time: datetime.datetime | None = _field(_t.DateTimeField("created_time", nullable=True))
    """Optional (None if absent)."""

    last_update_time: datetime.datetime | None = _field(_t.DateTimeField("last_update_time", nullable=True))
    """The last update to an order (modify, cancel, fill) Optional (None if absent)."""

    self_trade_prevention_type: SelfTradePreventionType | None = _field(
        _t.EnumField("self_trade_prevention_type", SelfTradePreventionType, nullable=True)
    )
    """Optional (None if absent)."""

    cancel_order_on_pause: bool | None = _field(_t.BoolField("cancel_order_on_pause"))
    """If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is
    paused for any reason. Optional (None if absent)."""

    order_group_id: str | None = _field(_t.StrField("order_group_id"))
    """The order group this order is part of. Optional (None if absent)."""

    order_source: OrderSource | None = _field(_t.EnumField("order_source", OrderSource))
    """The source of the order. 'user' indicates a user-placed order, 'system' indicates a system-generated order.
    Optional (None if absent)."""

    order_reason: OrderReason | None = _field(_t.EnumField("order_reason", OrderReason))
    """The reason for a system-generated order. Present for liquidation and TP/SL orders. Optional (None if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("order_id", _M)
        if type(v) is str:
            d["order_id"] = v
        elif v is not _M:
            slow("order_id")
        v = g("user_id", _M)
        if type(v) is str:
            d["user_id"] = v
        elif v is not _M:
            slow("user_id")
        v = g("client_order_id", _M)
        if type(v) is str:
            d["client_order_id"] = v
        elif v is not _M:
            slow("client_order_id")
        v = g("ticker", _M)
        if type(v) is str:
            d["ticker"] = v
        elif v is not _M:
            slow("ticker")
        v = g("side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["side"] = m
        elif v is not _M:
            slow("side")
        v = g("last_update_reason", _M)
        m = LastUpdateReason._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["last_update_reason"] = m
        elif v is not _M:
            slow("last_update_reason")
        v = g("price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["price"] = x
            else:
                slow("price")
        elif v is not _M and v != "":
            slow("price")
        v = g("fill_count", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["fill_count"] = x
            else:
                slow("fill_count")
        elif v is not _M and v != "":
            slow("fill_count")
        v = g("remaining_count", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["remaining_count"] = x
            else:
                slow("remaining_count")
        elif v is not _M and v != "":
            slow("remaining_count")
        v = g("expiration_time", _M)
        if type(v) is str:
            d["expiration_time"] = _iso(v)
        elif v is None:
            d["expiration_time"] = None
        elif v is not _M:
            slow("expiration_time")
        v = g("created_time", _M)
        if type(v) is str:
            d["created_time"] = _iso(v)
        elif v is None:
            d["created_time"] = None
        elif v is not _M:
            slow("created_time")
        v = g("last_update_time", _M)
        if type(v) is str:
            d["last_update_time"] = _iso(v)
        elif v is None:
            d["last_update_time"] = None
        elif v is not _M:
            slow("last_update_time")
        v = g("self_trade_prevention_type", _M)
        m = SelfTradePreventionType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["self_trade_prevention_type"] = m
        elif v is None:
            d["self_trade_prevention_type"] = None
        elif v is not _M:
            slow("self_trade_prevention_type")
        v = g("cancel_order_on_pause", _M)
        if type(v) is bool:
            d["cancel_order_on_pause"] = v
        elif v is None:
            d["cancel_order_on_pause"] = None
        elif v is not _M:
            slow("cancel_order_on_pause")
        v = g("order_group_id", _M)
        if type(v) is str:
            d["order_group_id"] = v
        elif v is None:
            d["order_group_id"] = None
        elif v is not _M:
            slow("order_group_id")
        v = g("order_source", _M)
        m = OrderSource._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["order_source"] = m
        elif v is None:
            d["order_source"] = None
        elif v is not _M:
            slow("order_source")
        v = g("order_reason", _M)
        m = OrderReason._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["order_reason"] = m
        elif v is None:
            d["order_reason"] = None
        elif v is not _M:
            slow("order_reason")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        side: BookSide | None | Unset = UNSET,
        last_update_reason: LastUpdateReason | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        fill_count: Decimal | None | Unset = UNSET,
        remaining_count: Decimal | None | Unset = UNSET,
        expiration_time: datetime.datetime | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        last_update_time: datetime.datetime | None | Unset = UNSET,
        self_trade_prevention_type: SelfTradePreventionType | None | Unset = UNSET,
        cancel_order_on_pause: bool | None | Unset = UNSET,
        order_group_id: str | None | Unset = UNSET,
        order_source: OrderSource | None | Unset = UNSET,
        order_reason: OrderReason | None | Unset = UNSET,
    ) -> None:
        """A MarginOrder from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("order_id", order_id)
        self._set("user_id", user_id)
        self._set("client_order_id", client_order_id)
        self._set("ticker", ticker)
        self._set("side", side)
        self._set("last_update_reason", last_update_reason)
        self._set("price", price)
        self._set("fill_count", fill_count)
        self._set("remaining_count", remaining_count)
        self._set("expiration_time", expiration_time)
        self._set("created_time", created_time)
        self._set("last_update_time", last_update_time)
        self._set("self_trade_prevention_type", self_trade_prevention_type)
        self._set("cancel_order_on_pause", cancel_order_on_pause)
        self._set("order_group_id", order_group_id)
        self._set("order_source", order_source)
        self._set("order_reason", order_reason)
