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

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_OrderSide_get = OrderSide._value2member_map_.get
_OrderAction_get = OrderAction._value2member_map_.get
_OrderOutcomeSide_get = OrderOutcomeSide._value2member_map_.get
_BookSide_get = BookSide._value2member_map_.get
_OrderType_get = OrderType._value2member_map_.get
_OrderStatus_get = OrderStatus._value2member_map_.get
_SelfTradePreventionType_get = SelfTradePreventionType._value2member_map_.get


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("order_id")) is str:
            d["order_id"] = v
        else:
            self._slow_field("order_id")
        if type(v := g("user_id")) is str:
            d["user_id"] = v
        else:
            self._slow_field("user_id")
        if type(v := g("client_order_id")) is str:
            d["client_order_id"] = v
        else:
            self._slow_field("client_order_id")
        if type(v := g("ticker")) is str:
            d["ticker"] = v
        else:
            self._slow_field("ticker")
        if (m := _OrderSide_get(v := g("side"))) is not None:
            d["side"] = m
        elif v is None:
            d["side"] = None
        else:
            self._slow_field("side")
        if (m := _OrderAction_get(v := g("action"))) is not None:
            d["action"] = m
        elif v is None:
            d["action"] = None
        else:
            self._slow_field("action")
        if (m := _OrderOutcomeSide_get(v := g("outcome_side"))) is not None:
            d["outcome_side"] = m
        else:
            self._slow_field("outcome_side")
        if (m := _BookSide_get(v := g("book_side"))) is not None:
            d["book_side"] = m
        else:
            self._slow_field("book_side")
        if (m := _OrderType_get(v := g("type"))) is not None:
            d["type_"] = m
        else:
            self._slow_field("type_")
        if (m := _OrderStatus_get(v := g("status"))) is not None:
            d["status"] = m
        else:
            self._slow_field("status")
        if (x := _dc(v := g("yes_price_dollars"))) is not None:  # only text already parsed is in the cache
            d["yes_price_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["yes_price_dollars"] = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (x := _dc(v := g("no_price_dollars"))) is not None:  # only text already parsed is in the cache
            d["no_price_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["no_price_dollars"] = _nd(v)
        else:
            self._slow_field("no_price_dollars")
        if (x := _dc(v := g("fill_count_fp"))) is not None:  # only text already parsed is in the cache
            d["fill_count_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["fill_count_fp"] = _nd(v)
        else:
            self._slow_field("fill_count_fp")
        if (x := _dc(v := g("remaining_count_fp"))) is not None:  # only text already parsed is in the cache
            d["remaining_count_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["remaining_count_fp"] = _nd(v)
        else:
            self._slow_field("remaining_count_fp")
        if (x := _dc(v := g("initial_count_fp"))) is not None:  # only text already parsed is in the cache
            d["initial_count_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["initial_count_fp"] = _nd(v)
        else:
            self._slow_field("initial_count_fp")
        if (x := _dc(v := g("taker_fill_cost_dollars"))) is not None:  # only text already parsed is in the cache
            d["taker_fill_cost_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["taker_fill_cost_dollars"] = _nd(v)
        else:
            self._slow_field("taker_fill_cost_dollars")
        if (x := _dc(v := g("maker_fill_cost_dollars"))) is not None:  # only text already parsed is in the cache
            d["maker_fill_cost_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["maker_fill_cost_dollars"] = _nd(v)
        else:
            self._slow_field("maker_fill_cost_dollars")
        if (x := _dc(v := g("taker_fees_dollars"))) is not None:  # only text already parsed is in the cache
            d["taker_fees_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["taker_fees_dollars"] = _nd(v)
        else:
            self._slow_field("taker_fees_dollars")
        if (x := _dc(v := g("maker_fees_dollars"))) is not None:  # only text already parsed is in the cache
            d["maker_fees_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["maker_fees_dollars"] = _nd(v)
        else:
            self._slow_field("maker_fees_dollars")
        if (t := _tc(v := g("expiration_time"))) is not None:
            d["expiration_time"] = t
        elif isinstance(v, str):
            d["expiration_time"] = _nt(v)
        elif v is None:
            d["expiration_time"] = None
        else:
            self._slow_field("expiration_time")
        if (t := _tc(v := g("created_time"))) is not None:
            d["created_time"] = t
        elif isinstance(v, str):
            d["created_time"] = _nt(v)
        elif v is None:
            d["created_time"] = None
        else:
            self._slow_field("created_time")
        if (t := _tc(v := g("last_update_time"))) is not None:
            d["last_update_time"] = t
        elif isinstance(v, str):
            d["last_update_time"] = _nt(v)
        elif v is None:
            d["last_update_time"] = None
        else:
            self._slow_field("last_update_time")
        if (m := _SelfTradePreventionType_get(v := g("self_trade_prevention_type"))) is not None:
            d["self_trade_prevention_type"] = m
        elif v is None:
            d["self_trade_prevention_type"] = None
        else:
            self._slow_field("self_trade_prevention_type")
        if type(v := g("order_group_id")) is str:
            d["order_group_id"] = v
        elif v is None:
            d["order_group_id"] = None
        else:
            self._slow_field("order_group_id")
        if type(v := g("cancel_order_on_pause")) is bool:
            d["cancel_order_on_pause"] = v
        elif v is None:
            d["cancel_order_on_pause"] = None
        else:
            self._slow_field("cancel_order_on_pause")
        if type(v := g("subaccount_number")) is int:
            d["subaccount_number"] = v
        elif v is None:
            d["subaccount_number"] = None
        else:
            self._slow_field("subaccount_number")
        if type(v := g("exchange_index")) is int:
            d["exchange_index"] = v
        elif v is None:
            d["exchange_index"] = None
        else:
            self._slow_field("exchange_index")

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
        self._done = None
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
