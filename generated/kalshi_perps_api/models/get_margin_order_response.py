from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.margin_order import MarginOrder


T = TypeVar("T", bound="GetMarginOrderResponse")


@_attrs_define
class GetMarginOrderResponse:
    """
    Attributes:
        order (MarginOrder | Unset):
    """

    order: MarginOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_order import MarginOrder  # noqa: PLC0415

        d = dict(src_dict)
        _order = d.pop("order", UNSET)
        order: MarginOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = MarginOrder.from_dict(_order)

        get_margin_order_response = cls(
            order=order,
        )

        get_margin_order_response.additional_properties = d
        return get_margin_order_response

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
