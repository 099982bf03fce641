from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecimalInput,
    decimal_to_json,
    named_money,
    to_decimal,
)

T = TypeVar("T", bound="UpdateFCMEventContractDailyCapRequest")


def _to_limit(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "UpdateFCMEventContractDailyCapRequest.limit")


@_attrs_define
class UpdateFCMEventContractDailyCapRequest:
    """
    Attributes:
        subtrader_id (str): The subtrader whose daily cap should be set. Must belong to the requesting FCM.
        limit (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
            "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
            price level structure. Example: 0.5600.
    """

    subtrader_id: str
    limit: Decimal = _attrs_field(converter=_to_limit)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        limit = decimal_to_json(self.limit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id")

        limit = d.pop("limit")

        update_fcm_event_contract_daily_cap_request = cls(
            subtrader_id=subtrader_id,
            limit=limit,
        )

        update_fcm_event_contract_daily_cap_request.additional_properties = d
        return update_fcm_event_contract_daily_cap_request

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
