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

T = TypeVar("T", bound="FCMSubtraderNotionalRiskLimit")


@_attrs_define
class FCMSubtraderNotionalRiskLimit:
    """
    Attributes:
        subtrader_id (str | Unset): The subtrader the notional value risk limit applies to.
        market_ticker (str | Unset): The market the notional value risk limit applies to. Absent on the whole-subtrader
            (all-markets) limit.
        notional_value_risk_limit (Decimal | Unset): The notional value risk limit as a fixed-point US dollar string
            with 4 decimal places. Example: 5000.0000.
        current_notional (Decimal | Unset): The notional currently consumed against this limit, in fixed-point US
            dollars. Per market it is the larger of the subtrader's long side (position plus resting bids) and short side
            (position minus resting asks), over the signed net position; a whole-subtrader entry carries that value summed
            across every market the subtrader touches. Every term is priced through the market's risk-notional model, the
            same pricing the exchange's limit check uses: the cached mark for positions and the limit price for resting
            orders on mark-model asset classes, quantity times the fixed DV01 base on Rates. Computed from the exchange's
            read model, so it excludes orders still in flight and may slightly trail the engine. Example: 1250.0000.
    """

    subtrader_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    notional_value_risk_limit: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    current_notional: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        market_ticker = self.market_ticker

        notional_value_risk_limit = decimal_to_json(self.notional_value_risk_limit)

        current_notional = decimal_to_json(self.current_notional)

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
