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
    from ..models.get_funding_estimate_by_asset_class_response_estimates import (
        GetFundingEstimateByAssetClassResponseEstimates,
    )


T = TypeVar("T", bound="GetFundingEstimateByAssetClassResponse")


@_attrs_define
class GetFundingEstimateByAssetClassResponse:
    """
    Attributes:
        estimates (GetFundingEstimateByAssetClassResponseEstimates | Unset): Keyed by asset class.
    """

    estimates: GetFundingEstimateByAssetClassResponseEstimates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimates, Unset):
            estimates = self.estimates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if estimates is not UNSET:
            field_dict["estimates"] = estimates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_funding_estimate_by_asset_class_response_estimates import (
            GetFundingEstimateByAssetClassResponseEstimates,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _estimates = d.pop("estimates", UNSET)
        estimates: GetFundingEstimateByAssetClassResponseEstimates | Unset
        if isinstance(_estimates, Unset):
            estimates = UNSET
        else:
            estimates = GetFundingEstimateByAssetClassResponseEstimates.from_dict(_estimates)

        get_funding_estimate_by_asset_class_response = cls(
            estimates=estimates,
        )

        get_funding_estimate_by_asset_class_response.additional_properties = d
        return get_funding_estimate_by_asset_class_response

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
