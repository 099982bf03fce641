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

T = TypeVar("T", bound="EstimatePortfolioMaintenanceMarginResponse")


@_attrs_define
class EstimatePortfolioMaintenanceMarginResponse:
    """
    Attributes:
        maintenance_margin_fp (Decimal | Unset): Maintenance margin requirement for the submitted portfolio, in USD
            (e.g. "1234.5600"). Equals base_margin_fp + funding_addon_fp + liquidation_addon_fp, subject to per-market
            minimums on gross-margined markets and to each component being rounded individually, so the components need not
            sum exactly to this total.
        base_margin_fp (Decimal | Unset): Base scenario margin charged, in USD: the larger of the historical-VaR and APC
            candidates, taken per market for gross-margined markets and across the whole portfolio for portfolio-margined
            ones, then summed. Equals max(hvar_fp, apc_fp) only when the entire portfolio is portfolio-margined; with gross-
            margined markets it can exceed both.
        hvar_fp (Decimal | Unset): Portfolio total of the historical-VaR candidate for the base scenario margin, in USD.
        apc_fp (Decimal | Unset): Portfolio total of the APC candidate for the base scenario margin, in USD, computed
            over the pooled APC and augmented stress scenario set.
        funding_addon_fp (Decimal | Unset): Funding margin add-on, in USD.
        liquidation_addon_fp (Decimal | Unset): Liquidation margin add-on, in USD.
    """

    maintenance_margin_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    base_margin_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    hvar_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    apc_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    funding_addon_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    liquidation_addon_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maintenance_margin_fp = decimal_to_json(self.maintenance_margin_fp)

        base_margin_fp = decimal_to_json(self.base_margin_fp)

        hvar_fp = decimal_to_json(self.hvar_fp)

        apc_fp = decimal_to_json(self.apc_fp)

        funding_addon_fp = decimal_to_json(self.funding_addon_fp)

        liquidation_addon_fp = decimal_to_json(self.liquidation_addon_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maintenance_margin_fp is not UNSET:
            field_dict["maintenance_margin_fp"] = maintenance_margin_fp
        if base_margin_fp is not UNSET:
            field_dict["base_margin_fp"] = base_margin_fp
        if hvar_fp is not UNSET:
            field_dict["hvar_fp"] = hvar_fp
        if apc_fp is not UNSET:
            field_dict["apc_fp"] = apc_fp
        if funding_addon_fp is not UNSET:
            field_dict["funding_addon_fp"] = funding_addon_fp
        if liquidation_addon_fp is not UNSET:
            field_dict["liquidation_addon_fp"] = liquidation_addon_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        maintenance_margin_fp = d.pop("maintenance_margin_fp", UNSET)

        base_margin_fp = d.pop("base_margin_fp", UNSET)

        hvar_fp = d.pop("hvar_fp", UNSET)

        apc_fp = d.pop("apc_fp", UNSET)

        funding_addon_fp = d.pop("funding_addon_fp", UNSET)

        liquidation_addon_fp = d.pop("liquidation_addon_fp", UNSET)

        estimate_portfolio_maintenance_margin_response = cls(
            maintenance_margin_fp=maintenance_margin_fp,
            base_margin_fp=base_margin_fp,
            hvar_fp=hvar_fp,
            apc_fp=apc_fp,
            funding_addon_fp=funding_addon_fp,
            liquidation_addon_fp=liquidation_addon_fp,
        )

        estimate_portfolio_maintenance_margin_response.additional_properties = d
        return estimate_portfolio_maintenance_margin_response

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
