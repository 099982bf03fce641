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
    from ..models.maintenance_window import MaintenanceWindow
    from ..models.weekly_schedule import WeeklySchedule


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """
    Attributes:
        standard_hours (list[WeeklySchedule] | Unset): The standard operating hours of the exchange. All times are
            expressed in ET. Outside of these times trading will be unavailable.
        maintenance_windows (list[MaintenanceWindow] | Unset): Scheduled maintenance windows, during which the exchange
            may be unavailable.
    """

    standard_hours: list[WeeklySchedule] | Unset = UNSET
    maintenance_windows: list[MaintenanceWindow] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.standard_hours, Unset):
            standard_hours = []
            for standard_hours_item_data in self.standard_hours:
                standard_hours_item = standard_hours_item_data.to_dict()
                standard_hours.append(standard_hours_item)

        maintenance_windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maintenance_windows, Unset):
            maintenance_windows = []
            for maintenance_windows_item_data in self.maintenance_windows:
                maintenance_windows_item = maintenance_windows_item_data.to_dict()
                maintenance_windows.append(maintenance_windows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if standard_hours is not UNSET:
            field_dict["standard_hours"] = standard_hours
        if maintenance_windows is not UNSET:
            field_dict["maintenance_windows"] = maintenance_windows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.maintenance_window import MaintenanceWindow  # noqa: PLC0415
        from ..models.weekly_schedule import WeeklySchedule  # noqa: PLC0415

        d = dict(src_dict)
        _standard_hours = d.pop("standard_hours", UNSET)
        standard_hours: list[WeeklySchedule] | Unset = UNSET
        if _standard_hours is not UNSET:
            standard_hours = LazyList(_standard_hours or [], WeeklySchedule, WeeklySchedule.from_dict)

        _maintenance_windows = d.pop("maintenance_windows", UNSET)
        maintenance_windows: list[MaintenanceWindow] | Unset = UNSET
        if _maintenance_windows is not UNSET:
            maintenance_windows = LazyList(_maintenance_windows or [], MaintenanceWindow, MaintenanceWindow.from_dict)

        schedule = cls(
            standard_hours=standard_hours,
            maintenance_windows=maintenance_windows,
        )

        schedule.additional_properties = d
        return schedule

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
