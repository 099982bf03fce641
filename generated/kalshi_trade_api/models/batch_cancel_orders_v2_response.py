from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.batch_cancel_orders_v2_response_orders_item import BatchCancelOrdersV2ResponseOrdersItem


T = TypeVar("T", bound="BatchCancelOrdersV2Response")


@_attrs_define
class BatchCancelOrdersV2Response:
    """
    Example:
        {'orders': [{'order_id': '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'reduced_by': '10.00', 'ts_ms': 1715793660456}, {'order_id':
            'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'reduced_by':
            '5.00', 'ts_ms': 1715793660789}]}

    Attributes:
        orders (list[BatchCancelOrdersV2ResponseOrdersItem] | Unset):
    """

    orders: list[BatchCancelOrdersV2ResponseOrdersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_cancel_orders_v2_response_orders_item import BatchCancelOrdersV2ResponseOrdersItem  # noqa: PLC0415

        d = dict(src_dict)
        _orders = d.pop("orders", UNSET)
        orders: list[BatchCancelOrdersV2ResponseOrdersItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = LazyList(
                _orders or [], BatchCancelOrdersV2ResponseOrdersItem, BatchCancelOrdersV2ResponseOrdersItem.from_dict
            )

        batch_cancel_orders_v2_response = cls(
            orders=orders,
        )

        batch_cancel_orders_v2_response.additional_properties = d
        return batch_cancel_orders_v2_response

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
