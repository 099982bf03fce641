from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginMarketLeverageEstimates")


@_attrs_define
class MarginMarketLeverageEstimates:
    """Leverage estimates (1 / margin_rate) keyed by notional position size in dollars ("1000", "10000", "100000",
    "1000000"). Leverage decreases at larger notionals as the liquidation margin rate grows with size. Null when margin
    config or price data is unavailable.

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        margin_market_leverage_estimates = cls()

        margin_market_leverage_estimates.additional_properties = d
        return margin_market_leverage_estimates

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
