from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="DecreaseMarginOrderResponse")


@_attrs_define
class DecreaseMarginOrderResponse:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (str | Unset):
        remaining_count (Decimal | Unset): Number of contracts remaining after the decrease. Example: 10.00.
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    remaining_count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        remaining_count = decimal_to_json(self.remaining_count)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        remaining_count = d.pop("remaining_count", UNSET)

        decrease_margin_order_response = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            remaining_count=remaining_count,
        )

        decrease_margin_order_response.additional_properties = d
        return decrease_margin_order_response

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
