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
    from ..models.asset_class_settlement_estimate_group_breakdowns import AssetClassSettlementEstimateGroupBreakdowns
    from ..models.asset_class_settlement_estimate_subtrader_breakdowns import (
        AssetClassSettlementEstimateSubtraderBreakdowns,
    )
    from ..models.settlement_estimate import SettlementEstimate


T = TypeVar("T", bound="AssetClassSettlementEstimate")


@_attrs_define
class AssetClassSettlementEstimate:
    """
    Attributes:
        user_breakdown (SettlementEstimate | Unset):
        subtrader_breakdowns (AssetClassSettlementEstimateSubtraderBreakdowns | Unset): Map of subtrader ID to that
            portfolio's settlement estimate.
        group_breakdowns (AssetClassSettlementEstimateGroupBreakdowns | Unset): Map of margin group ID to that
            portfolio's netted settlement estimate.
        omitted_subtrader_count (int | Unset): Number of subtraders omitted from subtrader_breakdowns. Their amounts are
            still included in user_breakdown.
        omitted_group_count (int | Unset): Number of groups omitted from group_breakdowns. Their amounts are still
            included in user_breakdown.
        next_runtime (datetime.datetime | Unset): Next settlement time for this asset class.
    """

    user_breakdown: SettlementEstimate | Unset = UNSET
    subtrader_breakdowns: AssetClassSettlementEstimateSubtraderBreakdowns | Unset = UNSET
    group_breakdowns: AssetClassSettlementEstimateGroupBreakdowns | Unset = UNSET
    omitted_subtrader_count: int | Unset = UNSET
    omitted_group_count: int | Unset = UNSET
    next_runtime: datetime.datetime | Unset = UNSET
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

        next_runtime: str | Unset = UNSET
        if not isinstance(self.next_runtime, Unset):
            next_runtime = self.next_runtime.isoformat()

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
        if next_runtime is not UNSET:
            field_dict["next_runtime"] = next_runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_class_settlement_estimate_group_breakdowns import (
            AssetClassSettlementEstimateGroupBreakdowns,  # noqa: PLC0415
        )
        from ..models.asset_class_settlement_estimate_subtrader_breakdowns import (
            AssetClassSettlementEstimateSubtraderBreakdowns,  # noqa: PLC0415
        )
        from ..models.settlement_estimate import SettlementEstimate  # noqa: PLC0415

        d = dict(src_dict)
        _user_breakdown = d.pop("user_breakdown", UNSET)
        user_breakdown: SettlementEstimate | Unset
        if isinstance(_user_breakdown, Unset):
            user_breakdown = UNSET
        else:
            user_breakdown = SettlementEstimate.from_dict(_user_breakdown)

        _subtrader_breakdowns = d.pop("subtrader_breakdowns", UNSET)
        subtrader_breakdowns: AssetClassSettlementEstimateSubtraderBreakdowns | Unset
        if isinstance(_subtrader_breakdowns, Unset):
            subtrader_breakdowns = UNSET
        else:
            subtrader_breakdowns = AssetClassSettlementEstimateSubtraderBreakdowns.from_dict(_subtrader_breakdowns)

        _group_breakdowns = d.pop("group_breakdowns", UNSET)
        group_breakdowns: AssetClassSettlementEstimateGroupBreakdowns | Unset
        if isinstance(_group_breakdowns, Unset):
            group_breakdowns = UNSET
        else:
            group_breakdowns = AssetClassSettlementEstimateGroupBreakdowns.from_dict(_group_breakdowns)

        omitted_subtrader_count = d.pop("omitted_subtrader_count", UNSET)

        omitted_group_count = d.pop("omitted_group_count", UNSET)

        _next_runtime = d.pop("next_runtime", UNSET)
        next_runtime: datetime.datetime | Unset
        if isinstance(_next_runtime, Unset):
            next_runtime = UNSET
        else:
            next_runtime = datetime.datetime.fromisoformat(_next_runtime)

        asset_class_settlement_estimate = cls(
            user_breakdown=user_breakdown,
            subtrader_breakdowns=subtrader_breakdowns,
            group_breakdowns=group_breakdowns,
            omitted_subtrader_count=omitted_subtrader_count,
            omitted_group_count=omitted_group_count,
            next_runtime=next_runtime,
        )

        asset_class_settlement_estimate.additional_properties = d
        return asset_class_settlement_estimate

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
