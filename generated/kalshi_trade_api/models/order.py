from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.order_action import OrderAction
from ..models.order_outcome_side import OrderOutcomeSide
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        order_id (str | Unset):
        user_id (str | Unset): Unique identifier for users
        client_order_id (str | Unset):
        ticker (str | Unset):
        side (OrderSide | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
        action (OrderAction | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
        outcome_side (OrderOutcomeSide | Unset): The outcome side this order is positioned for. buy-yes and sell-no
            produce 'yes'; buy-no and sell-yes produce 'no'.

            `outcome_side` describes directional exposure only; it does not change the order's price. An order at price `p`
            with `outcome_side=no` is matched by an order at the same price `p` with `outcome_side=yes` — both parties trade
            at the same price, just on opposite directions.

            `outcome_side` and `book_side` will become the canonical way to determine order direction. The legacy `action`,
            `side`, and `is_yes` fields will be deprecated in a future release — please migrate to these new fields.
        book_side (BookSide | Unset): Side of the book for an order or trade. For event markets, this refers to the YES
            leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1
            - price`, but this endpoint quotes everything from the YES side.)
        type_ (OrderType | Unset):
        status (OrderStatus | Unset): The status of an order
        yes_price_dollars (Decimal | Unset): The yes price for this order in fixed-point dollars Example: 0.5600.
        no_price_dollars (Decimal | Unset): The no price for this order in fixed-point dollars Example: 0.5600.
        fill_count_fp (Decimal | Unset): String representation of the number of contracts that have been filled Example:
            10.00.
        remaining_count_fp (Decimal | Unset): String representation of the remaining contracts for this order Example:
            10.00.
        initial_count_fp (Decimal | Unset): String representation of the initial size of the order (contract units)
            Example: 10.00.
        taker_fill_cost_dollars (Decimal | Unset): The cost of filled taker orders in dollars Example: 0.5600.
        maker_fill_cost_dollars (Decimal | Unset): The cost of filled maker orders in dollars Example: 0.5600.
        taker_fees_dollars (Decimal | Unset): Fees paid on filled taker contracts, in dollars Example: 0.5600.
        maker_fees_dollars (Decimal | Unset): Fees paid on filled maker contracts, in dollars Example: 0.5600.
        expiration_time (datetime.datetime | None | Unset):
        created_time (datetime.datetime | None | Unset):
        last_update_time (datetime.datetime | None | Unset): The last update to an order (modify, cancel, fill)
        self_trade_prevention_type (None | SelfTradePreventionType | Unset):
        order_group_id (None | str | Unset): The order group this order is part of
        cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason.
        subaccount_number (int | None | Unset): Subaccount number (0 for primary, 1-63 for subaccounts).
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
    """

    order_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    action: OrderAction | Unset = UNSET
    outcome_side: OrderOutcomeSide | Unset = UNSET
    book_side: BookSide | Unset = UNSET
    type_: OrderType | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    fill_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    remaining_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    initial_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    taker_fill_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    maker_fill_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    taker_fees_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    maker_fees_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    expiration_time: datetime.datetime | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | None | Unset = UNSET
    self_trade_prevention_type: None | SelfTradePreventionType | Unset = UNSET
    order_group_id: None | str | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    subaccount_number: int | None | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        client_order_id = self.client_order_id

        ticker = self.ticker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = self.outcome_side.value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = self.book_side.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        no_price_dollars = decimal_to_json(self.no_price_dollars)

        fill_count_fp = decimal_to_json(self.fill_count_fp)

        remaining_count_fp = decimal_to_json(self.remaining_count_fp)

        initial_count_fp = decimal_to_json(self.initial_count_fp)

        taker_fill_cost_dollars = decimal_to_json(self.taker_fill_cost_dollars)

        maker_fill_cost_dollars = decimal_to_json(self.maker_fill_cost_dollars)

        taker_fees_dollars = decimal_to_json(self.taker_fees_dollars)

        maker_fees_dollars = decimal_to_json(self.maker_fees_dollars)

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        elif isinstance(self.expiration_time, datetime.datetime):
            expiration_time = self.expiration_time.isoformat()
        else:
            expiration_time = self.expiration_time

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        elif isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time

        self_trade_prevention_type: None | str | Unset
        if isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        elif isinstance(self.self_trade_prevention_type, SelfTradePreventionType):
            self_trade_prevention_type = self.self_trade_prevention_type.value
        else:
            self_trade_prevention_type = self.self_trade_prevention_type

        order_group_id: None | str | Unset
        if isinstance(self.order_group_id, Unset):
            order_group_id = UNSET
        else:
            order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if fill_count_fp is not UNSET:
            field_dict["fill_count_fp"] = fill_count_fp
        if remaining_count_fp is not UNSET:
            field_dict["remaining_count_fp"] = remaining_count_fp
        if initial_count_fp is not UNSET:
            field_dict["initial_count_fp"] = initial_count_fp
        if taker_fill_cost_dollars is not UNSET:
            field_dict["taker_fill_cost_dollars"] = taker_fill_cost_dollars
        if maker_fill_cost_dollars is not UNSET:
            field_dict["maker_fill_cost_dollars"] = maker_fill_cost_dollars
        if taker_fees_dollars is not UNSET:
            field_dict["taker_fees_dollars"] = taker_fees_dollars
        if maker_fees_dollars is not UNSET:
            field_dict["maker_fees_dollars"] = maker_fees_dollars
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        ticker = d.pop("ticker", UNSET)

        _side = d.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide(_side)

        _action = d.pop("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OrderAction(_action)

        _outcome_side = d.pop("outcome_side", UNSET)
        outcome_side: OrderOutcomeSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = OrderOutcomeSide(_outcome_side)

        _book_side = d.pop("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide(_book_side)

        _type_ = d.pop("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderType(_type_)

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        fill_count_fp = d.pop("fill_count_fp", UNSET)

        remaining_count_fp = d.pop("remaining_count_fp", UNSET)

        initial_count_fp = d.pop("initial_count_fp", UNSET)

        taker_fill_cost_dollars = d.pop("taker_fill_cost_dollars", UNSET)

        maker_fill_cost_dollars = d.pop("maker_fill_cost_dollars", UNSET)

        taker_fees_dollars = d.pop("taker_fees_dollars", UNSET)

        maker_fees_dollars = d.pop("maker_fees_dollars", UNSET)

        def _parse_expiration_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_time = _parse_expiration_time(d.pop("expiration_time", UNSET))

        def _parse_created_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_time_type_0 = datetime.datetime.fromisoformat(data)

                return created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        def _parse_last_update_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_update_time = _parse_last_update_time(d.pop("last_update_time", UNSET))

        def _parse_self_trade_prevention_type(data: object) -> None | SelfTradePreventionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                self_trade_prevention_type_type_1 = SelfTradePreventionType(data)

                return self_trade_prevention_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelfTradePreventionType | Unset, data)

        self_trade_prevention_type = _parse_self_trade_prevention_type(d.pop("self_trade_prevention_type", UNSET))

        def _parse_order_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_group_id = _parse_order_group_id(d.pop("order_group_id", UNSET))

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        def _parse_subaccount_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)

        order = cls(
            order_id=order_id,
            user_id=user_id,
            client_order_id=client_order_id,
            ticker=ticker,
            side=side,
            action=action,
            outcome_side=outcome_side,
            book_side=book_side,
            type_=type_,
            status=status,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            fill_count_fp=fill_count_fp,
            remaining_count_fp=remaining_count_fp,
            initial_count_fp=initial_count_fp,
            taker_fill_cost_dollars=taker_fill_cost_dollars,
            maker_fill_cost_dollars=maker_fill_cost_dollars,
            taker_fees_dollars=taker_fees_dollars,
            maker_fees_dollars=maker_fees_dollars,
            expiration_time=expiration_time,
            created_time=created_time,
            last_update_time=last_update_time,
            self_trade_prevention_type=self_trade_prevention_type,
            order_group_id=order_group_id,
            cancel_order_on_pause=cancel_order_on_pause,
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
        )

        order.additional_properties = d
        return order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
