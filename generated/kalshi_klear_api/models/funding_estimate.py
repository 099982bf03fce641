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
    from ..models.funding_estimate_positions import FundingEstimatePositions


T = TypeVar("T", bound="FundingEstimate")


@_attrs_define
class FundingEstimate:
    """
    Attributes:
        funding_amount_centicents (int | Unset):
        positions (FundingEstimatePositions | Unset): Keyed by market ticker; only present on subtrader and group
            breakdowns.
    """

    funding_amount_centicents: int | Unset = UNSET
    positions: FundingEstimatePositions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding_amount_centicents = self.funding_amount_centicents

        positions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = self.positions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funding_amount_centicents is not UNSET:
            field_dict["funding_amount_centicents"] = funding_amount_centicents
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_estimate_positions import FundingEstimatePositions  # noqa: PLC0415

        d = dict(src_dict)
        funding_amount_centicents = d.pop("funding_amount_centicents", UNSET)

        _positions = d.pop("positions", UNSET)
        positions: FundingEstimatePositions | Unset
        if isinstance(_positions, Unset):
            positions = UNSET
        else:
            positions = FundingEstimatePositions.from_dict(_positions)

        funding_estimate = cls(
            funding_amount_centicents=funding_amount_centicents,
            positions=positions,
        )

        funding_estimate.additional_properties = d
        return funding_estimate

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
