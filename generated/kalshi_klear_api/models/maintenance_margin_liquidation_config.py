from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MaintenanceMarginLiquidationConfig")


@_attrs_define
class MaintenanceMarginLiquidationConfig:
    """
    Attributes:
        market_ticker (str | Unset):
        market_impact_volatility (float | Unset):
        market_impact_coefficient (float | Unset):
        market_impact_exponent (float | Unset):
        market_impact_forecasted_volume (float | Unset):
        spread_rate (float | Unset):
    """

    market_ticker: str | Unset = UNSET
    market_impact_volatility: float | Unset = UNSET
    market_impact_coefficient: float | Unset = UNSET
    market_impact_exponent: float | Unset = UNSET
    market_impact_forecasted_volume: float | Unset = UNSET
    spread_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_impact_volatility = self.market_impact_volatility

        market_impact_coefficient = self.market_impact_coefficient

        market_impact_exponent = self.market_impact_exponent

        market_impact_forecasted_volume = self.market_impact_forecasted_volume

        spread_rate = self.spread_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_impact_volatility is not UNSET:
            field_dict["market_impact_volatility"] = market_impact_volatility
        if market_impact_coefficient is not UNSET:
            field_dict["market_impact_coefficient"] = market_impact_coefficient
        if market_impact_exponent is not UNSET:
            field_dict["market_impact_exponent"] = market_impact_exponent
        if market_impact_forecasted_volume is not UNSET:
            field_dict["market_impact_forecasted_volume"] = market_impact_forecasted_volume
        if spread_rate is not UNSET:
            field_dict["spread_rate"] = spread_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        market_impact_volatility = d.pop("market_impact_volatility", UNSET)

        market_impact_coefficient = d.pop("market_impact_coefficient", UNSET)

        market_impact_exponent = d.pop("market_impact_exponent", UNSET)

        market_impact_forecasted_volume = d.pop("market_impact_forecasted_volume", UNSET)

        spread_rate = d.pop("spread_rate", UNSET)

        maintenance_margin_liquidation_config = cls(
            market_ticker=market_ticker,
            market_impact_volatility=market_impact_volatility,
            market_impact_coefficient=market_impact_coefficient,
            market_impact_exponent=market_impact_exponent,
            market_impact_forecasted_volume=market_impact_forecasted_volume,
            spread_rate=spread_rate,
        )

        maintenance_margin_liquidation_config.additional_properties = d
        return maintenance_margin_liquidation_config

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
