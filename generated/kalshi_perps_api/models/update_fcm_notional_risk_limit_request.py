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

T = TypeVar("T", bound="UpdateFCMNotionalRiskLimitRequest")


def _to_notional_value_risk_limit(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "UpdateFCMNotionalRiskLimitRequest.notional_value_risk_limit")


@_attrs_define
class UpdateFCMNotionalRiskLimitRequest:
    """
    Attributes:
        notional_value_risk_limit (Decimal): A non-negative fixed-point US dollar amount with up to 4 decimal places. A
            value above the current Kalshi-set limit on the account gets a courtesy 400, since it would never govern.
            Example: 5000.0000. At most 20 characters.
    """

    notional_value_risk_limit: Decimal = _attrs_field(converter=_to_notional_value_risk_limit)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notional_value_risk_limit = decimal_to_json(self.notional_value_risk_limit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notional_value_risk_limit": notional_value_risk_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notional_value_risk_limit = d.pop("notional_value_risk_limit")

        update_fcm_notional_risk_limit_request = cls(
            notional_value_risk_limit=notional_value_risk_limit,
        )

        update_fcm_notional_risk_limit_request.additional_properties = d
        return update_fcm_notional_risk_limit_request

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
