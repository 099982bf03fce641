from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_none_or_unset,
)

T = TypeVar("T", bound="AmendMarginOrderResponse")


@_attrs_define
class AmendMarginOrderResponse:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (str | Unset):
        remaining_count (Decimal | None | Unset): Number of contracts remaining after the amend. Only present when the
            amend caused a fill or changed the resting size. Example: 10.00.
        fill_count (Decimal | None | Unset): Number of contracts filled as a result of the amend crossing the book. Only
            present when fills occurred or remaining size changed. Example: 10.00.
        average_fill_price (Decimal | None | Unset): Volume-weighted average fill price for fills resulting from the
            amend. Only present when fills occurred. Example: 0.5600.
        average_fee_paid (Decimal | None | Unset): Volume-weighted average fee paid per contract for fills resulting
            from the amend. Only present when fills occurred. Example: 0.5600.
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    remaining_count: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    fill_count: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    average_fill_price: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    average_fee_paid: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        remaining_count = decimal_to_json(self.remaining_count)

        fill_count = decimal_to_json(self.fill_count)

        average_fill_price = decimal_to_json(self.average_fill_price)

        average_fee_paid = decimal_to_json(self.average_fee_paid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
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

        def _parse_remaining_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remaining_count = _parse_remaining_count(d.pop("remaining_count", UNSET))

        def _parse_fill_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_count = _parse_fill_count(d.pop("fill_count", UNSET))

        def _parse_average_fill_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_fill_price = _parse_average_fill_price(d.pop("average_fill_price", UNSET))

        def _parse_average_fee_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_fee_paid = _parse_average_fee_paid(d.pop("average_fee_paid", UNSET))

        amend_margin_order_response = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            remaining_count=remaining_count,
            fill_count=fill_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
        )

        amend_margin_order_response.additional_properties = d
        return amend_margin_order_response

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
