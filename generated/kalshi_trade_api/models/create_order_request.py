from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_order_request_action import CreateOrderRequestAction
from ..models.create_order_request_side import CreateOrderRequestSide
from ..models.create_order_request_time_in_force import CreateOrderRequestTimeInForce
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    enum_value,
    named_money,
    to_decimal_or_none_or_unset,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="CreateOrderRequest")


def _to_side(value: CreateOrderRequestSide | str) -> CreateOrderRequestSide:
    return enum_value(CreateOrderRequestSide, value, "CreateOrderRequest.side")


def _to_action(value: CreateOrderRequestAction | str) -> CreateOrderRequestAction:
    return enum_value(CreateOrderRequestAction, value, "CreateOrderRequest.action")


def _to_count_fp(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    return named_money(to_decimal_or_none_or_unset, value, "CreateOrderRequest.count_fp")


def _to_yes_price_dollars(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "CreateOrderRequest.yes_price_dollars")


def _to_no_price_dollars(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "CreateOrderRequest.no_price_dollars")


def _to_time_in_force(value: CreateOrderRequestTimeInForce | str | Unset) -> CreateOrderRequestTimeInForce | Unset:
    return (
        value
        if isinstance(value, Unset)
        else enum_value(CreateOrderRequestTimeInForce, value, "CreateOrderRequest.time_in_force")
    )


def _to_self_trade_prevention_type(value: SelfTradePreventionType | str | Unset) -> SelfTradePreventionType | Unset:
    return (
        value
        if isinstance(value, Unset)
        else enum_value(SelfTradePreventionType, value, "CreateOrderRequest.self_trade_prevention_type")
    )


@_attrs_define
class CreateOrderRequest:
    """
    Attributes:
        ticker (str):
        side (CreateOrderRequestSide):
        action (CreateOrderRequestAction):
        client_order_id (str | Unset):
        count (int | Unset): Order quantity in contracts (whole contracts only). Provide count or count_fp; if both
            provided they must match. Minimum: 1.
        count_fp (Decimal | None | Unset): String representation of the order quantity in contracts. Provide count or
            count_fp; if both provided they must match. Example: 10.00.
        yes_price (int | Unset): Minimum: 1. Maximum: 99.
        no_price (int | Unset): Minimum: 1. Maximum: 99.
        yes_price_dollars (Decimal | Unset): Submitting price of the Yes side in fixed-point dollars Example: 0.5600.
        no_price_dollars (Decimal | Unset): Submitting price of the No side in fixed-point dollars Example: 0.5600.
        expiration_ts (int | Unset): Optional Unix timestamp in seconds for when the order expires. To place
            an expiring order, set `time_in_force` to `good_till_canceled` and
            provide this `expiration_ts`. `GTT` is an internal execution type and is
            not a valid API value for `time_in_force`. The `immediate_or_cancel`
            time-in-force value cannot be combined with `expiration_ts`.
        time_in_force (CreateOrderRequestTimeInForce | Unset): Specifies how long the order remains active. Use
            `good_till_canceled`
            with `expiration_ts` for an order that should rest until a specific
            expiration time; without `expiration_ts`, `good_till_canceled` is a
            true good-till-canceled order. `GTT` is not a valid API value.
        buy_max_cost (int | Unset): Maximum cost in cents. When specified, the order will automatically have Fill-or-
            Kill (FoK) behavior.
        post_only (bool | Unset):
        reduce_only (bool | Unset):
        sell_position_floor (int | Unset): Deprecated: Use reduce_only instead. Only accepts value of 0.
        self_trade_prevention_type (SelfTradePreventionType | Unset): The self-trade prevention type for orders.
            `taker_at_cross` cancels the taker order when it would trade against another order from the same user; execution
            stops and any partial fills already matched are executed. `maker` cancels the resting maker order and continues
            matching.
        order_group_id (str | Unset): The order group this order is part of
        cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason.
        subaccount (int | Unset): The subaccount number to use for this order. 0 is the primary subaccount. Default: 0.
            Minimum: 0.
        exchange_index (int | Unset): Identifier for an exchange shard. Default: 0. Example: 0.
    """

    ticker: str
    side: CreateOrderRequestSide = _attrs_field(converter=_to_side)
    action: CreateOrderRequestAction = _attrs_field(converter=_to_action)
    client_order_id: str | Unset = UNSET
    count: int | Unset = UNSET
    count_fp: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_to_count_fp)
    yes_price: int | Unset = UNSET
    no_price: int | Unset = UNSET
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_yes_price_dollars)
    no_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_no_price_dollars)
    expiration_ts: int | Unset = UNSET
    time_in_force: CreateOrderRequestTimeInForce | Unset = _attrs_field(default=UNSET, converter=_to_time_in_force)
    buy_max_cost: int | Unset = UNSET
    post_only: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    sell_position_floor: int | Unset = UNSET
    self_trade_prevention_type: SelfTradePreventionType | Unset = _attrs_field(
        default=UNSET, converter=_to_self_trade_prevention_type
    )
    order_group_id: str | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    subaccount: int | Unset = 0
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = self.side.value

        action = self.action.value

        client_order_id = self.client_order_id

        count = self.count

        count_fp = decimal_to_json(self.count_fp)

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        no_price_dollars = decimal_to_json(self.no_price_dollars)

        expiration_ts = self.expiration_ts

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        buy_max_cost = self.buy_max_cost

        post_only = self.post_only

        reduce_only = self.reduce_only

        sell_position_floor = self.sell_position_floor

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = self.self_trade_prevention_type.value

        order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        subaccount = self.subaccount

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "action": action,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if expiration_ts is not UNSET:
            field_dict["expiration_ts"] = expiration_ts
        if time_in_force is not UNSET:
            field_dict["time_in_force"] = time_in_force
        if buy_max_cost is not UNSET:
            field_dict["buy_max_cost"] = buy_max_cost
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if sell_position_floor is not UNSET:
            field_dict["sell_position_floor"] = sell_position_floor
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        side = CreateOrderRequestSide(d.pop("side"))

        action = CreateOrderRequestAction(d.pop("action"))

        client_order_id = d.pop("client_order_id", UNSET)

        count = d.pop("count", UNSET)

        def _parse_count_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        count_fp = _parse_count_fp(d.pop("count_fp", UNSET))

        yes_price = d.pop("yes_price", UNSET)

        no_price = d.pop("no_price", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        expiration_ts = d.pop("expiration_ts", UNSET)

        _time_in_force = d.pop("time_in_force", UNSET)
        time_in_force: CreateOrderRequestTimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = CreateOrderRequestTimeInForce(_time_in_force)

        buy_max_cost = d.pop("buy_max_cost", UNSET)

        post_only = d.pop("post_only", UNSET)

        reduce_only = d.pop("reduce_only", UNSET)

        sell_position_floor = d.pop("sell_position_floor", UNSET)

        _self_trade_prevention_type = d.pop("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: SelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = SelfTradePreventionType(_self_trade_prevention_type)

        order_group_id = d.pop("order_group_id", UNSET)

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        create_order_request = cls(
            ticker=ticker,
            side=side,
            action=action,
            client_order_id=client_order_id,
            count=count,
            count_fp=count_fp,
            yes_price=yes_price,
            no_price=no_price,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            expiration_ts=expiration_ts,
            time_in_force=time_in_force,
            buy_max_cost=buy_max_cost,
            post_only=post_only,
            reduce_only=reduce_only,
            sell_position_floor=sell_position_floor,
            self_trade_prevention_type=self_trade_prevention_type,
            order_group_id=order_group_id,
            cancel_order_on_pause=cancel_order_on_pause,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

        create_order_request.additional_properties = d
        return create_order_request

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
