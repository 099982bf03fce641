from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.create_margin_order_request_time_in_force import CreateMarginOrderRequestTimeInForce
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

T = TypeVar("T", bound="CreateMarginOrderRequest")


def _to_side(value: BookSide | str) -> BookSide:
    return enum_value(BookSide, value, "CreateMarginOrderRequest.side")


def _to_count(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "CreateMarginOrderRequest.count")


def _to_price(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "CreateMarginOrderRequest.price")


def _to_time_in_force(value: CreateMarginOrderRequestTimeInForce | str) -> CreateMarginOrderRequestTimeInForce:
    return enum_value(CreateMarginOrderRequestTimeInForce, value, "CreateMarginOrderRequest.time_in_force")


def _to_self_trade_prevention_type(value: SelfTradePreventionType | str) -> SelfTradePreventionType:
    return enum_value(SelfTradePreventionType, value, "CreateMarginOrderRequest.self_trade_prevention_type")


@_attrs_define
class CreateMarginOrderRequest:
    """
    Attributes:
        client_order_id (str):
        side (BookSide): The side of an order or trade (bid or ask)
        count (Decimal): String representation of the order quantity in contracts. Example: 10.00.
        price (Decimal): Price for the order in fixed-point dollars. Example: 0.5600.
        time_in_force (CreateMarginOrderRequestTimeInForce):
        self_trade_prevention_type (SelfTradePreventionType): The self-trade prevention type for orders.
            `taker_at_cross` cancels the taker order when it would trade against another order from the same user; execution
            stops and any partial fills already matched are executed. `maker` cancels the resting maker order and continues
            matching.
        ticker (str | Unset): Market ticker. Supply ticker or market_id; ticker takes precedence when both are provided.
        market_id (str | Unset): Stable exchange market UUID. May be supplied instead of ticker.
        expiration_time (int | Unset):
        post_only (bool | Unset):
        cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason.
        reduce_only (bool | Unset): Specifies whether the order place count should be capped by the member's current
            position. Orders with reduce_only set to true will be rejected unless time_in_force is immediate_or_cancel or
            fill_or_kill.
        subaccount (int | Unset): The subaccount number to use for this margin order. 0 is the primary subaccount.
            Subaccount-restricted API keys must omit this field or pass their locked subaccount. Minimum: 0.
        order_group_id (str | Unset): The order group this order is part of
        market_version (int | Unset): The market_version you expect the market to be at. If it is set and the market's
            current market_version differs, the order is rejected with HTTP 409 and error code market_version_mismatch. 0
            skips the check. Default: 0.
    """

    client_order_id: str
    side: BookSide = _attrs_field(converter=_to_side)
    count: Decimal = _attrs_field(converter=_to_count)
    price: Decimal = _attrs_field(converter=_to_price)
    time_in_force: CreateMarginOrderRequestTimeInForce = _attrs_field(converter=_to_time_in_force)
    self_trade_prevention_type: SelfTradePreventionType = _attrs_field(converter=_to_self_trade_prevention_type)
    ticker: str | Unset = UNSET
    market_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    order_group_id: str | Unset = UNSET
    market_version: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        side = self.side.value

        count = decimal_to_json(self.count)

        price = decimal_to_json(self.price)

        time_in_force = self.time_in_force.value

        self_trade_prevention_type = self.self_trade_prevention_type.value

        ticker = self.ticker

        market_id = self.market_id

        expiration_time = self.expiration_time

        post_only = self.post_only

        cancel_order_on_pause = self.cancel_order_on_pause

        reduce_only = self.reduce_only

        subaccount = self.subaccount

        order_group_id = self.order_group_id

        market_version = self.market_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_order_id": client_order_id,
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": time_in_force,
                "self_trade_prevention_type": self_trade_prevention_type,
            }
        )
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
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
        if market_version is not UNSET:
            field_dict["market_version"] = market_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_order_id = d.pop("client_order_id")

        side = BookSide(d.pop("side"))

        count = d.pop("count")

        price = d.pop("price")

        time_in_force = CreateMarginOrderRequestTimeInForce(d.pop("time_in_force"))

        self_trade_prevention_type = SelfTradePreventionType(d.pop("self_trade_prevention_type"))

        ticker = d.pop("ticker", UNSET)

        market_id = d.pop("market_id", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        post_only = d.pop("post_only", UNSET)

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        reduce_only = d.pop("reduce_only", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        order_group_id = d.pop("order_group_id", UNSET)

        market_version = d.pop("market_version", UNSET)

        create_margin_order_request = cls(
            client_order_id=client_order_id,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type=self_trade_prevention_type,
            ticker=ticker,
            market_id=market_id,
            expiration_time=expiration_time,
            post_only=post_only,
            cancel_order_on_pause=cancel_order_on_pause,
            reduce_only=reduce_only,
            subaccount=subaccount,
            order_group_id=order_group_id,
            market_version=market_version,
        )

        create_margin_order_request.additional_properties = d
        return create_margin_order_request

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
