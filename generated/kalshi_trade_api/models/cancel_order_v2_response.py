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

T = TypeVar("T", bound="CancelOrderV2Response")


@_attrs_define
class CancelOrderV2Response:
    """
    Example:
        {'order_id': '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1',
            'reduced_by': '10.00', 'ts_ms': 1715793660456}

    Attributes:
        order_id (str | Unset):
        client_order_id (str | Unset):
        reduced_by (Decimal | Unset): Number of contracts that were canceled (i.e. the remaining count at time of
            cancellation). Example: 10.00.
        ts_ms (int | Unset): Matching engine timestamp at which the cancellation was processed, as Unix epoch
            milliseconds.
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    reduced_by: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        reduced_by = decimal_to_json(self.reduced_by)

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        reduced_by = d.pop("reduced_by", UNSET)

        ts_ms = d.pop("ts_ms", UNSET)

        cancel_order_v2_response = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            reduced_by=reduced_by,
            ts_ms=ts_ms,
        )

        cancel_order_v2_response.additional_properties = d
        return cancel_order_v2_response

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
