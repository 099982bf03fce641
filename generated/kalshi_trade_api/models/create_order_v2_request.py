from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForce
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    enum_value,
    named_money,
    to_decimal,
)

T = TypeVar("T", bound="CreateOrderV2Request")


def _to_side(value: BookSide | str) -> BookSide:
    return enum_value(BookSide, value, "CreateOrderV2Request.side")


def _to_count(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "CreateOrderV2Request.count")


def _to_price(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "CreateOrderV2Request.price")


def _to_time_in_force(value: CreateOrderV2RequestTimeInForce | str) -> CreateOrderV2RequestTimeInForce:
    return enum_value(CreateOrderV2RequestTimeInForce, value, "CreateOrderV2Request.time_in_force")


def _to_self_trade_prevention_type(value: SelfTradePreventionType | str) -> SelfTradePreventionType:
    return enum_value(SelfTradePreventionType, value, "CreateOrderV2Request.self_trade_prevention_type")


@_attrs_define
class CreateOrderV2Request:
    """
    Example:
        {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid',
            'count': '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only': False, 'subaccount': 0,
            'exchange_index': 0}

    Attributes:
        ticker (str):
        side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES leg only:
            `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`,
            but this endpoint quotes everything from the YES side.)
        count (Decimal): String representation of the order quantity in contracts. Example: 10.00.
        price (Decimal): Price for the order in fixed-point dollars. Example: 0.5600.
        time_in_force (CreateOrderV2RequestTimeInForce): Specifies how long the order remains active. Use
            `good_till_canceled`
            with `expiration_time` for an order that should rest until a specific
            expiration time; without `expiration_time`, `good_till_canceled` is a
            true good-till-canceled order. `GTT` is not a valid API value.
        self_trade_prevention_type (SelfTradePreventionType): The self-trade prevention type for orders.
            `taker_at_cross` cancels the taker order when it would trade against another order from the same user; execution
            stops and any partial fills already matched are executed. `maker` cancels the resting maker order and continues
            matching.
        client_order_id (str | Unset):
        expiration_time (int | Unset): Optional Unix timestamp in seconds for when the order expires. To place
            an expiring order, set `time_in_force` to `good_till_canceled` and
            provide this `expiration_time`. `GTT` is an internal execution type and
            is not a valid API value for `time_in_force`. The
            `immediate_or_cancel` time-in-force value cannot be combined with
            `expiration_time`.
        post_only (bool | Unset):
        cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason.
        reduce_only (bool | Unset): Specifies whether the order place count should be capped by the member's current
            position. Orders with reduce_only set to true will be rejected unless time_in_force is immediate_or_cancel.
        subaccount (int | Unset): The subaccount number to use for this order. 0 is the primary subaccount. Subaccount-
            restricted API keys must omit this field or pass their locked subaccount. Minimum: 0.
        order_group_id (str | Unset): The order group this order is part of
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
    """

    ticker: str
    side: BookSide = _attrs_field(converter=_to_side)
    count: Decimal = _attrs_field(converter=_to_count)
    price: Decimal = _attrs_field(converter=_to_price)
    time_in_force: CreateOrderV2RequestTimeInForce = _attrs_field(converter=_to_time_in_force)
    self_trade_prevention_type: SelfTradePreventionType = _attrs_field(converter=_to_self_trade_prevention_type)
    client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    order_group_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = self.side.value

        count = decimal_to_json(self.count)

        price = decimal_to_json(self.price)

        time_in_force = self.time_in_force.value

        self_trade_prevention_type = self.self_trade_prevention_type.value

        client_order_id = self.client_order_id

        expiration_time = self.expiration_time

        post_only = self.post_only

        cancel_order_on_pause = self.cancel_order_on_pause

        reduce_only = self.reduce_only

        subaccount = self.subaccount

        order_group_id = self.order_group_id

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": time_in_force,
                "self_trade_prevention_type": self_trade_prevention_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        side = BookSide(d.pop("side"))

        count = d.pop("count")

        price = d.pop("price")

        time_in_force = CreateOrderV2RequestTimeInForce(d.pop("time_in_force"))

        self_trade_prevention_type = SelfTradePreventionType(d.pop("self_trade_prevention_type"))

        client_order_id = d.pop("client_order_id", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        post_only = d.pop("post_only", UNSET)

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        reduce_only = d.pop("reduce_only", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        order_group_id = d.pop("order_group_id", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        create_order_v2_request = cls(
            ticker=ticker,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type=self_trade_prevention_type,
            client_order_id=client_order_id,
            expiration_time=expiration_time,
            post_only=post_only,
            cancel_order_on_pause=cancel_order_on_pause,
            reduce_only=reduce_only,
            subaccount=subaccount,
            order_group_id=order_group_id,
            exchange_index=exchange_index,
        )

        create_order_v2_request.additional_properties = d
        return create_order_v2_request

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
