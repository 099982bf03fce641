from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyList,
)

if TYPE_CHECKING:
    from ..models.create_order_v2_request import CreateOrderV2Request


T = TypeVar("T", bound="BatchCreateOrdersV2Request")


@_attrs_define
class BatchCreateOrdersV2Request:
    """
    Example:
        {'orders': [{'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side':
            'bid', 'count': '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'exchange_index': 0}, {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'side': 'ask', 'count': '5.00', 'price': '0.5800', 'time_in_force':
            'immediate_or_cancel', 'self_trade_prevention_type': 'maker', 'exchange_index': 0}]}

    Attributes:
        orders (list[CreateOrderV2Request]):
    """

    orders: list[CreateOrderV2Request]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_order_v2_request import CreateOrderV2Request  # noqa: PLC0415

        d = dict(src_dict)
        _orders = d.pop("orders")
        orders = LazyList(_orders or [], CreateOrderV2Request)

        batch_create_orders_v2_request = cls(
            orders=orders,
        )

        batch_create_orders_v2_request.additional_properties = d
        return batch_create_orders_v2_request

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
