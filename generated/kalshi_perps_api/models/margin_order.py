from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.order_reason import OrderReason
from ..models.order_source import OrderSource
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="MarginOrder")


@_attrs_define
class MarginOrder:
    """
    Attributes:
        order_id (str | Unset):
        user_id (str | Unset): Unique identifier for users
        client_order_id (str | Unset):
        ticker (str | Unset):
        side (BookSide | Unset): The side of an order or trade (bid or ask)
        last_update_reason (LastUpdateReason | Unset): ReduceOnlyCancel means reduce_only capped the order at placement.
        price (Decimal | Unset): Price for the order in fixed-point dollars. Example: 0.5600.
        fill_count (Decimal | Unset): Fixed-point contract count for filled quantity Example: 10.00.
        remaining_count (Decimal | Unset): Fixed-point contract count for remaining quantity Example: 10.00.
        expiration_time (datetime.datetime | None | Unset):
        created_time (datetime.datetime | None | Unset):
        last_update_time (datetime.datetime | None | Unset): The last update to an order (modify, cancel, fill)
        self_trade_prevention_type (None | SelfTradePreventionType | Unset):
        cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason.
        order_group_id (str | Unset): The order group this order is part of
        order_source (OrderSource | Unset): The source of the order. 'user' indicates a user-placed order, 'system'
            indicates a system-generated order.
        order_reason (OrderReason | Unset): The reason for a system-generated order. Present for liquidation and TP/SL
            orders.
    """

    order_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    side: BookSide | Unset = UNSET
    last_update_reason: LastUpdateReason | Unset = UNSET
    price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    fill_count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    remaining_count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    expiration_time: datetime.datetime | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | None | Unset = UNSET
    self_trade_prevention_type: None | SelfTradePreventionType | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    order_group_id: str | Unset = UNSET
    order_source: OrderSource | Unset = UNSET
    order_reason: OrderReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        client_order_id = self.client_order_id

        ticker = self.ticker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        last_update_reason: str | Unset = UNSET
        if not isinstance(self.last_update_reason, Unset):
            last_update_reason = self.last_update_reason.value

        price = decimal_to_json(self.price)

        fill_count = decimal_to_json(self.fill_count)

        remaining_count = decimal_to_json(self.remaining_count)

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

        cancel_order_on_pause = self.cancel_order_on_pause

        order_group_id = self.order_group_id

        order_source: str | Unset = UNSET
        if not isinstance(self.order_source, Unset):
            order_source = self.order_source.value

        order_reason: str | Unset = UNSET
        if not isinstance(self.order_reason, Unset):
            order_reason = self.order_reason.value

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
        if last_update_reason is not UNSET:
            field_dict["last_update_reason"] = last_update_reason
        if price is not UNSET:
            field_dict["price"] = price
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if order_source is not UNSET:
            field_dict["order_source"] = order_source
        if order_reason is not UNSET:
            field_dict["order_reason"] = order_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        ticker = d.pop("ticker", UNSET)

        _side = d.pop("side", UNSET)
        side: BookSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = BookSide(_side)

        _last_update_reason = d.pop("last_update_reason", UNSET)
        last_update_reason: LastUpdateReason | Unset
        if isinstance(_last_update_reason, Unset):
            last_update_reason = UNSET
        else:
            last_update_reason = LastUpdateReason(_last_update_reason)

        price = d.pop("price", UNSET)

        fill_count = d.pop("fill_count", UNSET)

        remaining_count = d.pop("remaining_count", UNSET)

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

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        order_group_id = d.pop("order_group_id", UNSET)

        _order_source = d.pop("order_source", UNSET)
        order_source: OrderSource | Unset
        if isinstance(_order_source, Unset):
            order_source = UNSET
        else:
            order_source = OrderSource(_order_source)

        _order_reason = d.pop("order_reason", UNSET)
        order_reason: OrderReason | Unset
        if isinstance(_order_reason, Unset):
            order_reason = UNSET
        else:
            order_reason = OrderReason(_order_reason)

        margin_order = cls(
            order_id=order_id,
            user_id=user_id,
            client_order_id=client_order_id,
            ticker=ticker,
            side=side,
            last_update_reason=last_update_reason,
            price=price,
            fill_count=fill_count,
            remaining_count=remaining_count,
            expiration_time=expiration_time,
            created_time=created_time,
            last_update_time=last_update_time,
            self_trade_prevention_type=self_trade_prevention_type,
            cancel_order_on_pause=cancel_order_on_pause,
            order_group_id=order_group_id,
            order_source=order_source,
            order_reason=order_reason,
        )

        margin_order.additional_properties = d
        return margin_order

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
