from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker")


@_attrs_define
class NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker:
    """Map of market_ticker to notional value risk limit as a fixed-point dollar string with 4 decimal places (e.g.,
    "5000.0000"). If present, the market-level risk limit overrides the default notional value risk limit.

        Example:
            {'market-abc-123': '5000.0000'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notional_risk_limit_response_notional_value_risk_limits_by_market_ticker = cls()

        notional_risk_limit_response_notional_value_risk_limits_by_market_ticker.additional_properties = d
        return notional_risk_limit_response_notional_value_risk_limits_by_market_ticker

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
