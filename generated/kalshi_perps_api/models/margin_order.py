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

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_BookSide_get = _t.member_lookup(BookSide)
_LastUpdateReason_get = _t.member_lookup(LastUpdateReason)
_SelfTradePreventionType_get = _t.member_lookup(SelfTradePreventionType)
_OrderSource_get = _t.member_lookup(OrderSource)
_OrderReason_get = _t.member_lookup(OrderReason)


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

    __slots__ = (
        "order_id",
        "user_id",
        "client_order_id",
        "ticker",
        "side",
        "last_update_reason",
        "price",
        "fill_count",
        "remaining_count",
        "expiration_time",
        "created_time",
        "last_update_time",
        "self_trade_prevention_type",
        "cancel_order_on_pause",
        "order_group_id",
        "order_source",
        "order_reason",
    )

    order_id: str
    """Required (reading raises MissingFieldError if absent)."""

    user_id: str
    """Unique identifier for users. Required (reading raises MissingFieldError if absent)."""

    client_order_id: str
    """Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    side: BookSide
    """The side of an order or trade (bid or ask) Required (reading raises MissingFieldError if absent)."""

    last_update_reason: LastUpdateReason
    """ReduceOnlyCancel means reduce_only capped the order at placement. Required (reading raises MissingFieldError
    if absent)."""

    price: Decimal
    """Price for the order in fixed-point dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    fill_count: Decimal
    """Fixed-point contract count for filled quantity. Example: 10.00. Required (reading raises MissingFieldError
    if absent)."""

    remaining_count: Decimal
    """Fixed-point contract count for remaining quantity. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    expiration_time: datetime.datetime | None
    """Optional (None if absent)."""

    created_time: datetime.datetime | None
    """Optional (None if absent)."""

    last_update_time: datetime.datetime | None
    """The last update to an order (modify, cancel, fill) Optional (None if absent)."""

    self_trade_prevention_type: SelfTradePreventionType | None
    """Optional (None if absent)."""

    cancel_order_on_pause: bool | None
    """If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is
    paused for any reason. Optional (None if absent)."""

    order_group_id: str | None
    """The order group this order is part of. Optional (None if absent)."""

    order_source: OrderSource | None
    """The source of the order. 'user' indicates a user-placed order, 'system' indicates a system-generated order.
    Optional (None if absent)."""

    order_reason: OrderReason | None
    """The reason for a system-generated order. Present for liquidation and TP/SL orders. Optional (None if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.StrField("order_id", required=True),
        "user_id": _t.StrField("user_id", required=True),
        "client_order_id": _t.StrField("client_order_id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "side": _t.EnumField("side", BookSide, required=True),
        "last_update_reason": _t.EnumField("last_update_reason", LastUpdateReason, required=True),
        "price": _t.DecimalField("price", required=True),
        "fill_count": _t.DecimalField("fill_count", required=True),
        "remaining_count": _t.DecimalField("remaining_count", required=True),
        "expiration_time": _t.DateTimeField("expiration_time", nullable=True),
        "created_time": _t.DateTimeField("created_time", nullable=True),
        "last_update_time": _t.DateTimeField("last_update_time", nullable=True),
        "self_trade_prevention_type": _t.EnumField(
            "self_trade_prevention_type", SelfTradePreventionType, nullable=True
        ),
        "cancel_order_on_pause": _t.BoolField("cancel_order_on_pause"),
        "order_group_id": _t.StrField("order_group_id"),
        "order_source": _t.EnumField("order_source", OrderSource),
        "order_reason": _t.EnumField("order_reason", OrderReason),
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
            k_order_id,
            k_user_id,
            k_client_order_id,
            k_ticker,
            k_side,
            k_last_update_reason,
            k_price,
            k_fill_count,
            k_remaining_count,
            k_expiration_time,
            k_created_time,
            k_last_update_time,
            k_self_trade_prevention_type,
            k_cancel_order_on_pause,
            k_order_group_id,
            k_order_source,
            k_order_reason,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_order_id)) is str:
            self.order_id = v
        else:
            self._slow_field("order_id")
        if type(v := g(k_user_id)) is str:
            self.user_id = v
        else:
            self._slow_field("user_id")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        else:
            self._slow_field("client_order_id")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if (m := _BookSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if (m := _LastUpdateReason_get(v := g(k_last_update_reason))) is not None:
            self.last_update_reason = m
        else:
            self._slow_field("last_update_reason")
        if (x := _dc(v := g(k_price))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g(k_fill_count))) is not None:  # only text already parsed is in the cache
            self.fill_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fill_count = _nd(v)
        else:
            self._slow_field("fill_count")
        if (x := _dc(v := g(k_remaining_count))) is not None:  # only text already parsed is in the cache
            self.remaining_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.remaining_count = _nd(v)
        else:
            self._slow_field("remaining_count")
        if (t := _tc(v := g(k_expiration_time))) is not None:
            self.expiration_time = t
        elif isinstance(v, str):
            self.expiration_time = _nt(v)
        elif v is None:
            self.expiration_time = None
        else:
            self._slow_field("expiration_time")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        elif v is None:
            self.created_time = None
        else:
            self._slow_field("created_time")
        if (t := _tc(v := g(k_last_update_time))) is not None:
            self.last_update_time = t
        elif isinstance(v, str):
            self.last_update_time = _nt(v)
        elif v is None:
            self.last_update_time = None
        else:
            self._slow_field("last_update_time")
        if (m := _SelfTradePreventionType_get(v := g(k_self_trade_prevention_type))) is not None:
            self.self_trade_prevention_type = m
        elif v is None:
            self.self_trade_prevention_type = None
        else:
            self._slow_field("self_trade_prevention_type")
        if type(v := g(k_cancel_order_on_pause)) is bool:
            self.cancel_order_on_pause = v
        elif v is None:
            self.cancel_order_on_pause = None
        else:
            self._slow_field("cancel_order_on_pause")
        if type(v := g(k_order_group_id)) is str:
            self.order_group_id = v
        elif v is None:
            self.order_group_id = None
        else:
            self._slow_field("order_group_id")
        if (m := _OrderSource_get(v := g(k_order_source))) is not None:
            self.order_source = m
        elif v is None:
            self.order_source = None
        else:
            self._slow_field("order_source")
        if (m := _OrderReason_get(v := g(k_order_reason))) is not None:
            self.order_reason = m
        elif v is None:
            self.order_reason = None
        else:
            self._slow_field("order_reason")

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
        self._done = None
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


_KEYS = _t.JsonKeys(*(field.key for field in MarginOrder._declared.values()))  # in _load_fast's order
