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
    to_decimal_or_unset,
)

T = TypeVar("T", bound="MarginRiskPosition")


@_attrs_define
class MarginRiskPosition:
    """
    Attributes:
        subaccount (int | Unset): The subaccount number (0 for primary, 1-63 for subaccounts)
        market_ticker (str | Unset): Market ticker symbol
        position (Decimal | Unset): Signed position quantity as a fixed-point count string Example: 10.00.
        mark_price (Decimal | Unset): Current mark price for the market in fixed-point dollars Example: 0.5600.
        position_notional (Decimal | Unset): Absolute notional value of the position (|qty| * mark_price) in fixed-point
            dollars Example: 0.5600.
        maintenance_margin_required (Decimal | None | Unset): Maintenance margin requirement for this position in fixed-
            point dollars. Null if margin config is missing. Example: 0.5600.
        position_leverage (float | None | Unset): Position leverage ratio (position_notional /
            maintenance_margin_required). Null when maintenance margin is zero or config is missing.
        estimated_liquidation_price (Decimal | None | Unset): Estimated portfolio-aware liquidation price for this
            position within the subaccount. Null when no valid liquidation price exists. Example: 0.5600.
        is_portfolio (bool | Unset): True when this position is hedged within a portfolio, so
            maintenance_margin_required, position_leverage, and estimated_liquidation_price cannot be attributed to it
            individually and are not reported.
    """

    subaccount: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    position: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    mark_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    position_notional: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    maintenance_margin_required: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=to_decimal_or_none_or_unset
    )
    position_leverage: float | None | Unset = UNSET
    estimated_liquidation_price: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=to_decimal_or_none_or_unset
    )
    is_portfolio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        market_ticker = self.market_ticker

        position = decimal_to_json(self.position)

        mark_price = decimal_to_json(self.mark_price)

        position_notional = decimal_to_json(self.position_notional)

        maintenance_margin_required = decimal_to_json(self.maintenance_margin_required)

        position_leverage: float | None | Unset
        if isinstance(self.position_leverage, Unset):
            position_leverage = UNSET
        else:
            position_leverage = self.position_leverage

        estimated_liquidation_price = decimal_to_json(self.estimated_liquidation_price)

        is_portfolio = self.is_portfolio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if position is not UNSET:
            field_dict["position"] = position
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if position_notional is not UNSET:
            field_dict["position_notional"] = position_notional
        if maintenance_margin_required is not UNSET:
            field_dict["maintenance_margin_required"] = maintenance_margin_required
        if position_leverage is not UNSET:
            field_dict["position_leverage"] = position_leverage
        if estimated_liquidation_price is not UNSET:
            field_dict["estimated_liquidation_price"] = estimated_liquidation_price
        if is_portfolio is not UNSET:
            field_dict["is_portfolio"] = is_portfolio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount = d.pop("subaccount", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        position = d.pop("position", UNSET)

        mark_price = d.pop("mark_price", UNSET)

        position_notional = d.pop("position_notional", UNSET)

        def _parse_maintenance_margin_required(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintenance_margin_required = _parse_maintenance_margin_required(d.pop("maintenance_margin_required", UNSET))

        def _parse_position_leverage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        position_leverage = _parse_position_leverage(d.pop("position_leverage", UNSET))

        def _parse_estimated_liquidation_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_liquidation_price = _parse_estimated_liquidation_price(d.pop("estimated_liquidation_price", UNSET))

        is_portfolio = d.pop("is_portfolio", UNSET)

        margin_risk_position = cls(
            subaccount=subaccount,
            market_ticker=market_ticker,
            position=position,
            mark_price=mark_price,
            position_notional=position_notional,
            maintenance_margin_required=maintenance_margin_required,
            position_leverage=position_leverage,
            estimated_liquidation_price=estimated_liquidation_price,
            is_portfolio=is_portfolio,
        )

        margin_risk_position.additional_properties = d
        return margin_risk_position

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
