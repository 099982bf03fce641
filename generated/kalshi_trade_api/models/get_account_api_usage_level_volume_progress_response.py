from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_progress import AccountApiUsageLevelVolumeProgress


T = TypeVar("T", bound="GetAccountApiUsageLevelVolumeProgressResponse")


@_attrs_define
class GetAccountApiUsageLevelVolumeProgressResponse:
    """
    Attributes:
        volume_progress (list[AccountApiUsageLevelVolumeProgress] | Unset): Latest cron-computed trading volume progress
            toward volume-based API usage tiers for the predictions (event_contract) lane. Volume-based public tiers are
            Expert, Premier, Paragon, Prime, and Prestige.
    """

    volume_progress: list[AccountApiUsageLevelVolumeProgress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_progress: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volume_progress, Unset):
            volume_progress = []
            for volume_progress_item_data in self.volume_progress:
                volume_progress_item = volume_progress_item_data.to_dict()
                volume_progress.append(volume_progress_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume_progress is not UNSET:
            field_dict["volume_progress"] = volume_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_api_usage_level_volume_progress import AccountApiUsageLevelVolumeProgress  # noqa: PLC0415

        d = dict(src_dict)
        _volume_progress = d.pop("volume_progress", UNSET)
        volume_progress: list[AccountApiUsageLevelVolumeProgress] | Unset = UNSET
        if _volume_progress is not UNSET:
            volume_progress = LazyList(
                _volume_progress or [], AccountApiUsageLevelVolumeProgress, AccountApiUsageLevelVolumeProgress.from_dict
            )

        get_account_api_usage_level_volume_progress_response = cls(
            volume_progress=volume_progress,
        )

        get_account_api_usage_level_volume_progress_response.additional_properties = d
        return get_account_api_usage_level_volume_progress_response

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
