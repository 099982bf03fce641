from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal


T = TypeVar("T", bound="AccountApiUsageLevelVolumeProgress")


@_attrs_define
class AccountApiUsageLevelVolumeProgress:
    """
    Attributes:
        computed_ts (int | Unset): Unix timestamp (seconds) when this progress was computed; trailing_30d_volume_fp
            covers the trailing 30 days ending at this time.
        trailing_30d_volume_fp (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred
            to as "fp" in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always
            emit 2 decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01
            contracts. Example: 10.00.
        goals (list[AccountApiUsageLevelVolumeGoal] | Unset):
    """

    computed_ts: int | Unset = UNSET
    trailing_30d_volume_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    goals: list[AccountApiUsageLevelVolumeGoal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computed_ts = self.computed_ts

        trailing_30d_volume_fp = decimal_to_json(self.trailing_30d_volume_fp)

        goals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = []
            for goals_item_data in self.goals:
                goals_item = goals_item_data.to_dict()
                goals.append(goals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if computed_ts is not UNSET:
            field_dict["computed_ts"] = computed_ts
        if trailing_30d_volume_fp is not UNSET:
            field_dict["trailing_30d_volume_fp"] = trailing_30d_volume_fp
        if goals is not UNSET:
            field_dict["goals"] = goals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal  # noqa: PLC0415

        d = dict(src_dict)
        computed_ts = d.pop("computed_ts", UNSET)

        trailing_30d_volume_fp = d.pop("trailing_30d_volume_fp", UNSET)

        _goals = d.pop("goals", UNSET)
        goals: list[AccountApiUsageLevelVolumeGoal] | Unset = UNSET
        if _goals is not UNSET:
            goals = LazyList(_goals or [], AccountApiUsageLevelVolumeGoal, AccountApiUsageLevelVolumeGoal.from_dict)

        account_api_usage_level_volume_progress = cls(
            computed_ts=computed_ts,
            trailing_30d_volume_fp=trailing_30d_volume_fp,
            goals=goals,
        )

        account_api_usage_level_volume_progress.additional_properties = d
        return account_api_usage_level_volume_progress

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
