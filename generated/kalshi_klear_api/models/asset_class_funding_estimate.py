from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.asset_class_funding_estimate_group_breakdowns import AssetClassFundingEstimateGroupBreakdowns
    from ..models.asset_class_funding_estimate_subtrader_breakdowns import AssetClassFundingEstimateSubtraderBreakdowns
    from ..models.funding_estimate import FundingEstimate


T = TypeVar("T", bound="AssetClassFundingEstimate")


@_attrs_define
class AssetClassFundingEstimate:
    """
    Attributes:
        user_breakdown (FundingEstimate | Unset):
        subtrader_breakdowns (AssetClassFundingEstimateSubtraderBreakdowns | Unset):
        group_breakdowns (AssetClassFundingEstimateGroupBreakdowns | Unset):
        omitted_subtrader_count (int | Unset):
        omitted_group_count (int | Unset):
        next_funding_time (datetime.datetime | Unset): Next scheduled funding time for this asset class.
    """

    user_breakdown: FundingEstimate | Unset = UNSET
    subtrader_breakdowns: AssetClassFundingEstimateSubtraderBreakdowns | Unset = UNSET
    group_breakdowns: AssetClassFundingEstimateGroupBreakdowns | Unset = UNSET
    omitted_subtrader_count: int | Unset = UNSET
    omitted_group_count: int | Unset = UNSET
    next_funding_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_breakdown, Unset):
            user_breakdown = self.user_breakdown.to_dict()

        subtrader_breakdowns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtrader_breakdowns, Unset):
            subtrader_breakdowns = self.subtrader_breakdowns.to_dict()

        group_breakdowns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_breakdowns, Unset):
            group_breakdowns = self.group_breakdowns.to_dict()

        omitted_subtrader_count = self.omitted_subtrader_count

        omitted_group_count = self.omitted_group_count

        next_funding_time: str | Unset = UNSET
        if not isinstance(self.next_funding_time, Unset):
            next_funding_time = self.next_funding_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_breakdown is not UNSET:
            field_dict["user_breakdown"] = user_breakdown
        if subtrader_breakdowns is not UNSET:
            field_dict["subtrader_breakdowns"] = subtrader_breakdowns
        if group_breakdowns is not UNSET:
            field_dict["group_breakdowns"] = group_breakdowns
        if omitted_subtrader_count is not UNSET:
            field_dict["omitted_subtrader_count"] = omitted_subtrader_count
        if omitted_group_count is not UNSET:
            field_dict["omitted_group_count"] = omitted_group_count
        if next_funding_time is not UNSET:
            field_dict["next_funding_time"] = next_funding_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_class_funding_estimate_group_breakdowns import AssetClassFundingEstimateGroupBreakdowns  # noqa: PLC0415
        from ..models.asset_class_funding_estimate_subtrader_breakdowns import (
            AssetClassFundingEstimateSubtraderBreakdowns,  # noqa: PLC0415
        )
        from ..models.funding_estimate import FundingEstimate  # noqa: PLC0415

        d = dict(src_dict)
        _user_breakdown = d.pop("user_breakdown", UNSET)
        user_breakdown: FundingEstimate | Unset
        if isinstance(_user_breakdown, Unset):
            user_breakdown = UNSET
        else:
            user_breakdown = FundingEstimate.from_dict(_user_breakdown)

        _subtrader_breakdowns = d.pop("subtrader_breakdowns", UNSET)
        subtrader_breakdowns: AssetClassFundingEstimateSubtraderBreakdowns | Unset
        if isinstance(_subtrader_breakdowns, Unset):
            subtrader_breakdowns = UNSET
        else:
            subtrader_breakdowns = AssetClassFundingEstimateSubtraderBreakdowns.from_dict(_subtrader_breakdowns)

        _group_breakdowns = d.pop("group_breakdowns", UNSET)
        group_breakdowns: AssetClassFundingEstimateGroupBreakdowns | Unset
        if isinstance(_group_breakdowns, Unset):
            group_breakdowns = UNSET
        else:
            group_breakdowns = AssetClassFundingEstimateGroupBreakdowns.from_dict(_group_breakdowns)

        omitted_subtrader_count = d.pop("omitted_subtrader_count", UNSET)

        omitted_group_count = d.pop("omitted_group_count", UNSET)

        _next_funding_time = d.pop("next_funding_time", UNSET)
        next_funding_time: datetime.datetime | Unset
        if isinstance(_next_funding_time, Unset):
            next_funding_time = UNSET
        else:
            next_funding_time = datetime.datetime.fromisoformat(_next_funding_time)

        asset_class_funding_estimate = cls(
            user_breakdown=user_breakdown,
            subtrader_breakdowns=subtrader_breakdowns,
            group_breakdowns=group_breakdowns,
            omitted_subtrader_count=omitted_subtrader_count,
            omitted_group_count=omitted_group_count,
            next_funding_time=next_funding_time,
        )

        asset_class_funding_estimate.additional_properties = d
        return asset_class_funding_estimate

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
