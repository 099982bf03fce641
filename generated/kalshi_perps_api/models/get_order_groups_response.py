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
    from ..models.order_group import OrderGroup


T = TypeVar("T", bound="GetOrderGroupsResponse")


@_attrs_define
class GetOrderGroupsResponse:
    """
    Attributes:
        order_groups (list[OrderGroup] | Unset):
    """

    order_groups: list[OrderGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_groups, Unset):
            order_groups = []
            for order_groups_item_data in self.order_groups:
                order_groups_item = order_groups_item_data.to_dict()
                order_groups.append(order_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_groups is not UNSET:
            field_dict["order_groups"] = order_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_group import OrderGroup  # noqa: PLC0415

        d = dict(src_dict)
        _order_groups = d.pop("order_groups", UNSET)
        order_groups: list[OrderGroup] | Unset = UNSET
        if _order_groups is not UNSET:
            order_groups = LazyList(_order_groups or [], OrderGroup, OrderGroup.from_dict)

        get_order_groups_response = cls(
            order_groups=order_groups,
        )

        get_order_groups_response.additional_properties = d
        return get_order_groups_response

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
