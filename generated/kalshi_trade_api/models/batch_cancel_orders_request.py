from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.batch_cancel_orders_request_order import BatchCancelOrdersRequestOrder


T = TypeVar("T", bound="BatchCancelOrdersRequest")


@_attrs_define
class BatchCancelOrdersRequest:
    """
    Attributes:
        ids (list[str] | Unset): An array of order IDs to cancel
        orders (list[BatchCancelOrdersRequestOrder] | Unset): An array of orders to cancel, each optionally specifying a
            subaccount
    """

    ids: list[str] | Unset = UNSET
    orders: list[BatchCancelOrdersRequestOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_cancel_orders_request_order import BatchCancelOrdersRequestOrder  # noqa: PLC0415

        d = dict(src_dict)
        _ids = d.pop("ids", UNSET)
        ids = cast(list[str], [] if _ids is None else _ids)

        _orders = d.pop("orders", UNSET)
        orders: list[BatchCancelOrdersRequestOrder] | Unset = UNSET
        if _orders is not UNSET:
            orders = LazyList(_orders or [], BatchCancelOrdersRequestOrder)

        batch_cancel_orders_request = cls(
            ids=ids,
            orders=orders,
        )

        batch_cancel_orders_request.additional_properties = d
        return batch_cancel_orders_request

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
