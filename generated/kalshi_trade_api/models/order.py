from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..models.order_action import OrderAction
from ..models.order_outcome_side import OrderOutcomeSide
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class Order(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Required (reading raises MissingFieldError if absent).
        user_id (str): Unique identifier for users. Required (reading raises MissingFieldError if absent).
        client_order_id (str): Required (reading raises MissingFieldError if absent).
        ticker (str): Required (reading raises MissingFieldError if absent).
        side (OrderSide): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
            Optional (None if absent).
        action (OrderAction): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
            Optional (None if absent).
        outcome_side (OrderOutcomeSide): The outcome side this order is positioned for. buy-yes and sell-no
            produce 'yes'; buy-no and sell-yes produce 'no'.

            `outcome_side` describes directional exposure only; it does not change the order's price. An order at
            price `p` with `outcome_side=no` is matched by an order at the same price `p` with `outcome_side=yes` —
            both parties trade at the same price, just on opposite directions.

            `outcome_side` and `book_side` will become the canonical way to determine order direction. The legacy
            `action`, `side`, and `is_yes` fields will be deprecated in a future release — please migrate to these
            new fields. Required (reading raises MissingFieldError if absent).
        book_side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES
            leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying
            NO at `1 - price`, but this endpoint quotes everything from the YES side.) Required (reading raises
            MissingFieldError if absent).
        type_ (OrderType): Required (reading raises MissingFieldError if absent).
        status (OrderStatus): The status of an order. Required (reading raises MissingFieldError if absent).
        yes_price_dollars (Decimal): The yes price for this order in fixed-point dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        no_price_dollars (Decimal): The no price for this order in fixed-point dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        fill_count_fp (Decimal): String representation of the number of contracts that have been filled.
            Example: 10.00. Required (reading raises MissingFieldError if absent).
        remaining_count_fp (Decimal): String representation of the remaining contracts for this order. Example:
            10.00. Required (reading raises MissingFieldError if absent).
        initial_count_fp (Decimal): String representation of the initial size of the order (contract units)
            Example: 10.00. Required (reading raises MissingFieldError if absent).
        taker_fill_cost_dollars (Decimal): The cost of filled taker orders in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        maker_fill_cost_dollars (Decimal): The cost of filled maker orders in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        taker_fees_dollars (Decimal): Fees paid on filled taker contracts, in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        maker_fees_dollars (Decimal): Fees paid on filled maker contracts, in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        expiration_time (datetime.datetime): Optional (None if absent).
        created_time (datetime.datetime): Optional (None if absent).
        last_update_time (datetime.datetime): The last update to an order (modify, cancel, fill) Optional (None
            if absent).
        self_trade_prevention_type (SelfTradePreventionType): Optional (None if absent).
        order_group_id (str): The order group this order is part of. Optional (None if absent).
        cancel_order_on_pause (bool): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason. Optional (None if absent).
        subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts). Optional (None if
            absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Optional (None if absent).
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

    side: OrderSide | None = _field(_t.EnumField("side", OrderSide))
    """Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Optional
    (None if absent)."""

    action: OrderAction | None = _field(_t.EnumField("action", OrderAction))
    """Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Optional
    (None if absent)."""

    outcome_side: OrderOutcomeSide = _field(_t.EnumField("outcome_side", OrderOutcomeSide, required=True))
    """The outcome side this order is positioned for. buy-yes and sell-no produce 'yes'; buy-no and sell-yes
    produce 'no'.

    `outcome_side` describes directional exposure only; it does not change the order's price. An order at price
    `p` with `outcome_side=no` is matched by an order at the same price `p` with `outcome_side=yes` — both
    parties trade at the same price, just on opposite directions.

    `outcome_side` and `book_side` will become the canonical way to determine order direction. The legacy
    `action`, `side`, and `is_yes` fields will be deprecated in a future release — please migrate to these new
    fields. Required (reading raises MissingFieldError if absent)."""

    book_side: BookSide = _field(_t.EnumField("book_side", BookSide, required=True))
    """Side of the book for an order or trade. For event markets, this refers to the YES leg only: `bid` means buy
    YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`, but this
    endpoint quotes everything from the YES side.) Required (reading raises MissingFieldError if absent)."""

    type_: OrderType = _field(_t.EnumField("type", OrderType, required=True))
    """Required (reading raises MissingFieldError if absent)."""

    status: OrderStatus = _field(_t.EnumField("status", OrderStatus, required=True))
    """The status of an order. Required (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal = _field(_t.DecimalField("yes_price_dollars", required=True))
    """The yes price for this order in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    no_price_dollars: Decimal = _field(_t.DecimalField("no_price_dollars", required=True))
    """The no price for this order in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    fill_count_fp: Decimal = _field(_t.DecimalField("fill_count_fp", required=True))
    """String representation of the number of contracts that have been filled. Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    remaining_count_fp: Decimal = _field(_t.DecimalField("remaining_count_fp", required=True))
    """String representation of the remaining contracts for this order. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    initial_count_fp: Decimal = _field(_t.DecimalField("initial_count_fp", required=True))
    """String representation of the initial size of the order (contract units) Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    taker_fill_cost_dollars: Decimal = _field(_t.DecimalField("taker_fill_cost_dollars", required=True))
    """The cost of filled taker orders in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    maker_fill_cost_dollars: Decimal = _field(_t.DecimalField("maker_fill_cost_dollars", required=True))
    """The cost of filled maker orders in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    taker_fees_dollars: Decimal = _field(_t.DecimalField("taker_fees_dollars", required=True))
    """Fees paid on filled taker contracts, in dollars. Example: 0.5600. Required (reading raises MissingFieldError
    if absent)."""

    maker_fees_dollars: Decimal = _field(_t.DecimalField("maker_fees_dollars", required=True))
    """Fees paid on filled maker contracts, in dollars. Example: 0.5600. Required (reading raises MissingFieldError
    if absent)."""

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

    order_group_id: str | None = _field(_t.StrField("order_group_id", nullable=True))
    """The order group this order is part of. Optional (None if absent)."""

    cancel_order_on_pause: bool | None = _field(_t.BoolField("cancel_order_on_pause"))
    """If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is
    paused for any reason. Optional (None if absent)."""

    subaccount_number: int | None = _field(_t.IntField("subaccount_number", nullable=True))
    """Subaccount number (0 for primary, 1-63 for subaccounts). Optional (None if absent)."""

    exchange_index: int | None = _field(_t.IntField("exchange_index"))
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

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
        m = OrderSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["side"] = m
        elif v is None:
            d["side"] = None
        elif v is not _M:
            slow("side")
        v = g("action", _M)
        m = OrderAction._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["action"] = m
        elif v is None:
            d["action"] = None
        elif v is not _M:
            slow("action")
        v = g("outcome_side", _M)
        m = OrderOutcomeSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["outcome_side"] = m
        elif v is not _M:
            slow("outcome_side")
        v = g("book_side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["book_side"] = m
        elif v is not _M:
            slow("book_side")
        v = g("type", _M)
        m = OrderType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["type_"] = m
        elif v is not _M:
            slow("type_")
        v = g("status", _M)
        m = OrderStatus._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["status"] = m
        elif v is not _M:
            slow("status")
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
        v = g("fill_count_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["fill_count_fp"] = x
            else:
                slow("fill_count_fp")
        elif v is not _M and v != "":
            slow("fill_count_fp")
        v = g("remaining_count_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["remaining_count_fp"] = x
            else:
                slow("remaining_count_fp")
        elif v is not _M and v != "":
            slow("remaining_count_fp")
        v = g("initial_count_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["initial_count_fp"] = x
            else:
                slow("initial_count_fp")
        elif v is not _M and v != "":
            slow("initial_count_fp")
        v = g("taker_fill_cost_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["taker_fill_cost_dollars"] = x
            else:
                slow("taker_fill_cost_dollars")
        elif v is not _M and v != "":
            slow("taker_fill_cost_dollars")
        v = g("maker_fill_cost_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["maker_fill_cost_dollars"] = x
            else:
                slow("maker_fill_cost_dollars")
        elif v is not _M and v != "":
            slow("maker_fill_cost_dollars")
        v = g("taker_fees_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["taker_fees_dollars"] = x
            else:
                slow("taker_fees_dollars")
        elif v is not _M and v != "":
            slow("taker_fees_dollars")
        v = g("maker_fees_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["maker_fees_dollars"] = x
            else:
                slow("maker_fees_dollars")
        elif v is not _M and v != "":
            slow("maker_fees_dollars")
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
        v = g("order_group_id", _M)
        if type(v) is str:
            d["order_group_id"] = v
        elif v is None:
            d["order_group_id"] = None
        elif v is not _M:
            slow("order_group_id")
        v = g("cancel_order_on_pause", _M)
        if type(v) is bool:
            d["cancel_order_on_pause"] = v
        elif v is None:
            d["cancel_order_on_pause"] = None
        elif v is not _M:
            slow("cancel_order_on_pause")
        v = g("subaccount_number", _M)
        if type(v) is int:
            d["subaccount_number"] = v
        elif v is None:
            d["subaccount_number"] = None
        elif v is not _M:
            slow("subaccount_number")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is None:
            d["exchange_index"] = None
        elif v is not _M:
            slow("exchange_index")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        side: OrderSide | None | Unset = UNSET,
        action: OrderAction | None | Unset = UNSET,
        outcome_side: OrderOutcomeSide | None | Unset = UNSET,
        book_side: BookSide | None | Unset = UNSET,
        type_: OrderType | None | Unset = UNSET,
        status: OrderStatus | None | Unset = UNSET,
        yes_price_dollars: Decimal | None | Unset = UNSET,
        no_price_dollars: Decimal | None | Unset = UNSET,
        fill_count_fp: Decimal | None | Unset = UNSET,
        remaining_count_fp: Decimal | None | Unset = UNSET,
        initial_count_fp: Decimal | None | Unset = UNSET,
        taker_fill_cost_dollars: Decimal | None | Unset = UNSET,
        maker_fill_cost_dollars: Decimal | None | Unset = UNSET,
        taker_fees_dollars: Decimal | None | Unset = UNSET,
        maker_fees_dollars: Decimal | None | Unset = UNSET,
        expiration_time: datetime.datetime | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        last_update_time: datetime.datetime | None | Unset = UNSET,
        self_trade_prevention_type: SelfTradePreventionType | None | Unset = UNSET,
        order_group_id: str | None | Unset = UNSET,
        cancel_order_on_pause: bool | None | Unset = UNSET,
        subaccount_number: int | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A Order from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("order_id", order_id)
        self._set("user_id", user_id)
        self._set("client_order_id", client_order_id)
        self._set("ticker", ticker)
        self._set("side", side)
        self._set("action", action)
        self._set("outcome_side", outcome_side)
        self._set("book_side", book_side)
        self._set("type_", type_)
        self._set("status", status)
        self._set("yes_price_dollars", yes_price_dollars)
        self._set("no_price_dollars", no_price_dollars)
        self._set("fill_count_fp", fill_count_fp)
        self._set("remaining_count_fp", remaining_count_fp)
        self._set("initial_count_fp", initial_count_fp)
        self._set("taker_fill_cost_dollars", taker_fill_cost_dollars)
        self._set("maker_fill_cost_dollars", maker_fill_cost_dollars)
        self._set("taker_fees_dollars", taker_fees_dollars)
        self._set("maker_fees_dollars", maker_fees_dollars)
        self._set("expiration_time", expiration_time)
        self._set("created_time", created_time)
        self._set("last_update_time", last_update_time)
        self._set("self_trade_prevention_type", self_trade_prevention_type)
        self._set("order_group_id", order_group_id)
        self._set("cancel_order_on_pause", cancel_order_on_pause)
        self._set("subaccount_number", subaccount_number)
        self._set("exchange_index", exchange_index)
