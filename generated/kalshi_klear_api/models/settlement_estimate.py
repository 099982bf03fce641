from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.settlement_estimate_positions import SettlementEstimatePositions


T = TypeVar("T", bound="SettlementEstimate")


@_attrs_define
class SettlementEstimate:
    """
    Attributes:
        variation_margin_centicents (int | Unset): Variation margin.
        total_fees_centicents (int | Unset): Total fees.
        maintenance_margin_delta_centicents (int | Unset): Change in maintenance margin requirement.
        maintenance_margin_required_centicents (int | Unset): Maintenance margin requirement.
        total_amount_centicents (int | Unset): Estimated total settlement amount.
        positions (SettlementEstimatePositions | Unset): Map of market ticker to that market's settlement estimate.
    """

    variation_margin_centicents: int | Unset = UNSET
    total_fees_centicents: int | Unset = UNSET
    maintenance_margin_delta_centicents: int | Unset = UNSET
    maintenance_margin_required_centicents: int | Unset = UNSET
    total_amount_centicents: int | Unset = UNSET
    positions: SettlementEstimatePositions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variation_margin_centicents = self.variation_margin_centicents

        total_fees_centicents = self.total_fees_centicents

        maintenance_margin_delta_centicents = self.maintenance_margin_delta_centicents

        maintenance_margin_required_centicents = self.maintenance_margin_required_centicents

        total_amount_centicents = self.total_amount_centicents

        positions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = self.positions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variation_margin_centicents is not UNSET:
            field_dict["variation_margin_centicents"] = variation_margin_centicents
        if total_fees_centicents is not UNSET:
            field_dict["total_fees_centicents"] = total_fees_centicents
        if maintenance_margin_delta_centicents is not UNSET:
            field_dict["maintenance_margin_delta_centicents"] = maintenance_margin_delta_centicents
        if maintenance_margin_required_centicents is not UNSET:
            field_dict["maintenance_margin_required_centicents"] = maintenance_margin_required_centicents
        if total_amount_centicents is not UNSET:
            field_dict["total_amount_centicents"] = total_amount_centicents
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_estimate_positions import SettlementEstimatePositions  # noqa: PLC0415

        d = dict(src_dict)
        variation_margin_centicents = d.pop("variation_margin_centicents", UNSET)

        total_fees_centicents = d.pop("total_fees_centicents", UNSET)

        maintenance_margin_delta_centicents = d.pop("maintenance_margin_delta_centicents", UNSET)

        maintenance_margin_required_centicents = d.pop("maintenance_margin_required_centicents", UNSET)

        total_amount_centicents = d.pop("total_amount_centicents", UNSET)

        _positions = d.pop("positions", UNSET)
        positions: SettlementEstimatePositions | Unset
        if isinstance(_positions, Unset):
            positions = UNSET
        else:
            positions = SettlementEstimatePositions.from_dict(_positions)

        settlement_estimate = cls(
            variation_margin_centicents=variation_margin_centicents,
            total_fees_centicents=total_fees_centicents,
            maintenance_margin_delta_centicents=maintenance_margin_delta_centicents,
            maintenance_margin_required_centicents=maintenance_margin_required_centicents,
            total_amount_centicents=total_amount_centicents,
            positions=positions,
        )

        settlement_estimate.additional_properties = d
        return settlement_estimate

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
