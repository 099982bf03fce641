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
_OrderSide_get = _t.member_lookup(OrderSide)
_OrderAction_get = _t.member_lookup(OrderAction)
_OrderOutcomeSide_get = _t.member_lookup(OrderOutcomeSide)
_BookSide_get = _t.member_lookup(BookSide)
_OrderType_get = _t.member_lookup(OrderType)
_OrderStatus_get = _t.member_lookup(OrderStatus)
_SelfTradePreventionType_get = _t.member_lookup(SelfTradePreventionType)


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

    __slots__ = (
        "order_id",
        "user_id",
        "client_order_id",
        "ticker",
        "side",
        "action",
        "outcome_side",
        "book_side",
        "type_",
        "status",
        "yes_price_dollars",
        "no_price_dollars",
        "fill_count_fp",
        "remaining_count_fp",
        "initial_count_fp",
        "taker_fill_cost_dollars",
        "maker_fill_cost_dollars",
        "taker_fees_dollars",
        "maker_fees_dollars",
        "expiration_time",
        "created_time",
        "last_update_time",
        "self_trade_prevention_type",
        "order_group_id",
        "cancel_order_on_pause",
        "subaccount_number",
        "exchange_index",
    )

    order_id: str
    """Required (reading raises MissingFieldError if absent)."""

    user_id: str
    """Unique identifier for users. Required (reading raises MissingFieldError if absent)."""

    client_order_id: str
    """Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    side: OrderSide | None
    """Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Optional
    (None if absent)."""

    action: OrderAction | None
    """Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Optional
    (None if absent)."""

    outcome_side: OrderOutcomeSide
    """The outcome side this order is positioned for. buy-yes and sell-no produce 'yes'; buy-no and sell-yes
    produce 'no'.

    `outcome_side` describes directional exposure only; it does not change the order's price. An order at price
    `p` with `outcome_side=no` is matched by an order at the same price `p` with `outcome_side=yes` — both
    parties trade at the same price, just on opposite directions.

    `outcome_side` and `book_side` will become the canonical way to determine order direction. The legacy
    `action`, `side`, and `is_yes` fields will be deprecated in a future release — please migrate to these new
    fields. Required (reading raises MissingFieldError if absent)."""

    book_side: BookSide
    """Side of the book for an order or trade. For event markets, this refers to the YES leg only: `bid` means buy
    YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`, but this
    endpoint quotes everything from the YES side.) Required (reading raises MissingFieldError if absent)."""

    type_: OrderType
    """Required (reading raises MissingFieldError if absent)."""

    status: OrderStatus
    """The status of an order. Required (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal
    """The yes price for this order in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    no_price_dollars: Decimal
    """The no price for this order in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    fill_count_fp: Decimal
    """String representation of the number of contracts that have been filled. Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    remaining_count_fp: Decimal
    """String representation of the remaining contracts for this order. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    initial_count_fp: Decimal
    """String representation of the initial size of the order (contract units) Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    taker_fill_cost_dollars: Decimal
    """The cost of filled taker orders in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    maker_fill_cost_dollars: Decimal
    """The cost of filled maker orders in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    taker_fees_dollars: Decimal
    """Fees paid on filled taker contracts, in dollars. Example: 0.5600. Required (reading raises MissingFieldError
    if absent)."""

    maker_fees_dollars: Decimal
    """Fees paid on filled maker contracts, in dollars. Example: 0.5600. Required (reading raises MissingFieldError
    if absent)."""

    expiration_time: datetime.datetime | None
    """Optional (None if absent)."""

    created_time: datetime.datetime | None
    """Optional (None if absent)."""

    last_update_time: datetime.datetime | None
    """The last update to an order (modify, cancel, fill) Optional (None if absent)."""

    self_trade_prevention_type: SelfTradePreventionType | None
    """Optional (None if absent)."""

    order_group_id: str | None
    """The order group this order is part of. Optional (None if absent)."""

    cancel_order_on_pause: bool | None
    """If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is
    paused for any reason. Optional (None if absent)."""

    subaccount_number: int | None
    """Subaccount number (0 for primary, 1-63 for subaccounts). Optional (None if absent)."""

    exchange_index: int | None
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.StrField("order_id", required=True),
        "user_id": _t.StrField("user_id", required=True),
        "client_order_id": _t.StrField("client_order_id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "side": _t.EnumField("side", OrderSide),
        "action": _t.EnumField("action", OrderAction),
        "outcome_side": _t.EnumField("outcome_side", OrderOutcomeSide, required=True),
        "book_side": _t.EnumField("book_side", BookSide, required=True),
        "type_": _t.EnumField("type", OrderType, required=True),
        "status": _t.EnumField("status", OrderStatus, required=True),
        "yes_price_dollars": _t.DecimalField("yes_price_dollars", required=True),
        "no_price_dollars": _t.DecimalField("no_price_dollars", required=True),
        "fill_count_fp": _t.DecimalField("fill_count_fp", required=True),
        "remaining_count_fp": _t.DecimalField("remaining_count_fp", required=True),
        "initial_count_fp": _t.DecimalField("initial_count_fp", required=True),
        "taker_fill_cost_dollars": _t.DecimalField("taker_fill_cost_dollars", required=True),
        "maker_fill_cost_dollars": _t.DecimalField("maker_fill_cost_dollars", required=True),
        "taker_fees_dollars": _t.DecimalField("taker_fees_dollars", required=True),
        "maker_fees_dollars": _t.DecimalField("maker_fees_dollars", required=True),
        "expiration_time": _t.DateTimeField("expiration_time", nullable=True),
        "created_time": _t.DateTimeField("created_time", nullable=True),
        "last_update_time": _t.DateTimeField("last_update_time", nullable=True),
        "self_trade_prevention_type": _t.EnumField(
            "self_trade_prevention_type", SelfTradePreventionType, nullable=True
        ),
        "order_group_id": _t.StrField("order_group_id", nullable=True),
        "cancel_order_on_pause": _t.BoolField("cancel_order_on_pause"),
        "subaccount_number": _t.IntField("subaccount_number", nullable=True),
        "exchange_index": _t.IntField("exchange_index"),
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
            k_action,
            k_outcome_side,
            k_book_side,
            k_type_,
            k_status,
            k_yes_price_dollars,
            k_no_price_dollars,
            k_fill_count_fp,
            k_remaining_count_fp,
            k_initial_count_fp,
            k_taker_fill_cost_dollars,
            k_maker_fill_cost_dollars,
            k_taker_fees_dollars,
            k_maker_fees_dollars,
            k_expiration_time,
            k_created_time,
            k_last_update_time,
            k_self_trade_prevention_type,
            k_order_group_id,
            k_cancel_order_on_pause,
            k_subaccount_number,
            k_exchange_index,
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
        if (m := _OrderSide_get(v := g(k_side))) is not None:
            self.side = m
        elif v is None:
            self.side = None
        else:
            self._slow_field("side")
        if (m := _OrderAction_get(v := g(k_action))) is not None:
            self.action = m
        elif v is None:
            self.action = None
        else:
            self._slow_field("action")
        if (m := _OrderOutcomeSide_get(v := g(k_outcome_side))) is not None:
            self.outcome_side = m
        else:
            self._slow_field("outcome_side")
        if (m := _BookSide_get(v := g(k_book_side))) is not None:
            self.book_side = m
        else:
            self._slow_field("book_side")
        if (m := _OrderType_get(v := g(k_type_))) is not None:
            self.type_ = m
        else:
            self._slow_field("type_")
        if (m := _OrderStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
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
        if (x := _dc(v := g(k_fill_count_fp))) is not None:  # only text already parsed is in the cache
            self.fill_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fill_count_fp = _nd(v)
        else:
            self._slow_field("fill_count_fp")
        if (x := _dc(v := g(k_remaining_count_fp))) is not None:  # only text already parsed is in the cache
            self.remaining_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.remaining_count_fp = _nd(v)
        else:
            self._slow_field("remaining_count_fp")
        if (x := _dc(v := g(k_initial_count_fp))) is not None:  # only text already parsed is in the cache
            self.initial_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.initial_count_fp = _nd(v)
        else:
            self._slow_field("initial_count_fp")
        if (x := _dc(v := g(k_taker_fill_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.taker_fill_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.taker_fill_cost_dollars = _nd(v)
        else:
            self._slow_field("taker_fill_cost_dollars")
        if (x := _dc(v := g(k_maker_fill_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.maker_fill_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maker_fill_cost_dollars = _nd(v)
        else:
            self._slow_field("maker_fill_cost_dollars")
        if (x := _dc(v := g(k_taker_fees_dollars))) is not None:  # only text already parsed is in the cache
            self.taker_fees_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.taker_fees_dollars = _nd(v)
        else:
            self._slow_field("taker_fees_dollars")
        if (x := _dc(v := g(k_maker_fees_dollars))) is not None:  # only text already parsed is in the cache
            self.maker_fees_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maker_fees_dollars = _nd(v)
        else:
            self._slow_field("maker_fees_dollars")
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
        if type(v := g(k_order_group_id)) is str:
            self.order_group_id = v
        elif v is None:
            self.order_group_id = None
        else:
            self._slow_field("order_group_id")
        if type(v := g(k_cancel_order_on_pause)) is bool:
            self.cancel_order_on_pause = v
        elif v is None:
            self.cancel_order_on_pause = None
        else:
            self._slow_field("cancel_order_on_pause")
        if type(v := g(k_subaccount_number)) is int:
            self.subaccount_number = v
        elif v is None:
            self.subaccount_number = None
        else:
            self._slow_field("subaccount_number")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
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


_KEYS = _t.JsonKeys(*(field.key for field in Order._declared.values()))  # in _load_fast's order
