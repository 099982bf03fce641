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

T = TypeVar("T", bound="CreateMarginOrderResponse")


@_attrs_define
class CreateMarginOrderResponse:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (str | Unset):
        fill_count (Decimal | Unset): Number of contracts filled immediately upon placement. Example: 10.00.
        remaining_count (Decimal | Unset): Number of contracts remaining after placement. For IOC orders, this reflects
            the final state after unfilled contracts are canceled. Example: 10.00.
        average_fill_price (Decimal | Unset): Volume-weighted average fill price. Only present when fill_count > 0.
            Example: 0.5600.
        average_fee_paid (Decimal | Unset): Volume-weighted average fee paid per contract for fills resulting from this
            request. Only present when fill_count > 0. Example: 0.5600.
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    fill_count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    remaining_count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    average_fill_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    average_fee_paid: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        fill_count = decimal_to_json(self.fill_count)

        remaining_count = decimal_to_json(self.remaining_count)

        average_fill_price = decimal_to_json(self.average_fill_price)

        average_fee_paid = decimal_to_json(self.average_fee_paid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        fill_count = d.pop("fill_count", UNSET)

        remaining_count = d.pop("remaining_count", UNSET)

        average_fill_price = d.pop("average_fill_price", UNSET)

        average_fee_paid = d.pop("average_fee_paid", UNSET)

        create_margin_order_response = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
        )

        create_margin_order_response.additional_properties = d
        return create_margin_order_response

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
