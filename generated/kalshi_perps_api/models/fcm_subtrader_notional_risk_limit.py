from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FCMSubtraderNotionalRiskLimit")


@_attrs_define
class FCMSubtraderNotionalRiskLimit:
    """
    Attributes:
        subtrader_id (str | Unset): The subtrader the notional value risk limit applies to.
        market_ticker (str | Unset): The market the notional value risk limit applies to. Absent on the whole-subtrader
            (all-markets) limit.
        notional_value_risk_limit (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal
            places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are
            constrained by that market's price level structure. Example: 0.5600.
        current_notional (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
            (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
            that market's price level structure. Example: 0.5600.
    """

    subtrader_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    notional_value_risk_limit: str | Unset = UNSET
    current_notional: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        market_ticker = self.market_ticker

        notional_value_risk_limit = self.notional_value_risk_limit

        current_notional = self.current_notional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if notional_value_risk_limit is not UNSET:
            field_dict["notional_value_risk_limit"] = notional_value_risk_limit
        if current_notional is not UNSET:
            field_dict["current_notional"] = current_notional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        notional_value_risk_limit = d.pop("notional_value_risk_limit", UNSET)

        current_notional = d.pop("current_notional", UNSET)

        fcm_subtrader_notional_risk_limit = cls(
            subtrader_id=subtrader_id,
            market_ticker=market_ticker,
            notional_value_risk_limit=notional_value_risk_limit,
            current_notional=current_notional,
        )

        fcm_subtrader_notional_risk_limit.additional_properties = d
        return fcm_subtrader_notional_risk_limit

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
