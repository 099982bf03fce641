from __future__ import annotations

import datetime
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
    from ..models.daily_schedule import DailySchedule


T = TypeVar("T", bound="WeeklySchedule")


@_attrs_define
class WeeklySchedule:
    """
    Attributes:
        start_time (datetime.datetime | Unset): Start date and time for when this weekly schedule is effective.
        end_time (datetime.datetime | Unset): End date and time for when this weekly schedule is no longer effective.
        monday (list[DailySchedule] | Unset): Trading hours for Monday. May contain multiple sessions.
        tuesday (list[DailySchedule] | Unset): Trading hours for Tuesday. May contain multiple sessions.
        wednesday (list[DailySchedule] | Unset): Trading hours for Wednesday. May contain multiple sessions.
        thursday (list[DailySchedule] | Unset): Trading hours for Thursday. May contain multiple sessions.
        friday (list[DailySchedule] | Unset): Trading hours for Friday. May contain multiple sessions.
        saturday (list[DailySchedule] | Unset): Trading hours for Saturday. May contain multiple sessions.
        sunday (list[DailySchedule] | Unset): Trading hours for Sunday. May contain multiple sessions.
    """

    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    monday: list[DailySchedule] | Unset = UNSET
    tuesday: list[DailySchedule] | Unset = UNSET
    wednesday: list[DailySchedule] | Unset = UNSET
    thursday: list[DailySchedule] | Unset = UNSET
    friday: list[DailySchedule] | Unset = UNSET
    saturday: list[DailySchedule] | Unset = UNSET
    sunday: list[DailySchedule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        monday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.monday, Unset):
            monday = []
            for monday_item_data in self.monday:
                monday_item = monday_item_data.to_dict()
                monday.append(monday_item)

        tuesday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tuesday, Unset):
            tuesday = []
            for tuesday_item_data in self.tuesday:
                tuesday_item = tuesday_item_data.to_dict()
                tuesday.append(tuesday_item)

        wednesday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wednesday, Unset):
            wednesday = []
            for wednesday_item_data in self.wednesday:
                wednesday_item = wednesday_item_data.to_dict()
                wednesday.append(wednesday_item)

        thursday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.thursday, Unset):
            thursday = []
            for thursday_item_data in self.thursday:
                thursday_item = thursday_item_data.to_dict()
                thursday.append(thursday_item)

        friday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.friday, Unset):
            friday = []
            for friday_item_data in self.friday:
                friday_item = friday_item_data.to_dict()
                friday.append(friday_item)

        saturday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.saturday, Unset):
            saturday = []
            for saturday_item_data in self.saturday:
                saturday_item = saturday_item_data.to_dict()
                saturday.append(saturday_item)

        sunday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sunday, Unset):
            sunday = []
            for sunday_item_data in self.sunday:
                sunday_item = sunday_item_data.to_dict()
                sunday.append(sunday_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if monday is not UNSET:
            field_dict["monday"] = monday
        if tuesday is not UNSET:
            field_dict["tuesday"] = tuesday
        if wednesday is not UNSET:
            field_dict["wednesday"] = wednesday
        if thursday is not UNSET:
            field_dict["thursday"] = thursday
        if friday is not UNSET:
            field_dict["friday"] = friday
        if saturday is not UNSET:
            field_dict["saturday"] = saturday
        if sunday is not UNSET:
            field_dict["sunday"] = sunday

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

        d = dict(src_dict)
        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _monday = d.pop("monday", UNSET)
        monday: list[DailySchedule] | Unset = UNSET
        if _monday is not UNSET:
            monday = LazyList(_monday or [], DailySchedule, DailySchedule.from_dict)

        _tuesday = d.pop("tuesday", UNSET)
        tuesday: list[DailySchedule] | Unset = UNSET
        if _tuesday is not UNSET:
            tuesday = LazyList(_tuesday or [], DailySchedule, DailySchedule.from_dict)

        _wednesday = d.pop("wednesday", UNSET)
        wednesday: list[DailySchedule] | Unset = UNSET
        if _wednesday is not UNSET:
            wednesday = LazyList(_wednesday or [], DailySchedule, DailySchedule.from_dict)

        _thursday = d.pop("thursday", UNSET)
        thursday: list[DailySchedule] | Unset = UNSET
        if _thursday is not UNSET:
            thursday = LazyList(_thursday or [], DailySchedule, DailySchedule.from_dict)

        _friday = d.pop("friday", UNSET)
        friday: list[DailySchedule] | Unset = UNSET
        if _friday is not UNSET:
            friday = LazyList(_friday or [], DailySchedule, DailySchedule.from_dict)

        _saturday = d.pop("saturday", UNSET)
        saturday: list[DailySchedule] | Unset = UNSET
        if _saturday is not UNSET:
            saturday = LazyList(_saturday or [], DailySchedule, DailySchedule.from_dict)

        _sunday = d.pop("sunday", UNSET)
        sunday: list[DailySchedule] | Unset = UNSET
        if _sunday is not UNSET:
            sunday = LazyList(_sunday or [], DailySchedule, DailySchedule.from_dict)

        weekly_schedule = cls(
            start_time=start_time,
            end_time=end_time,
            monday=monday,
            tuesday=tuesday,
            wednesday=wednesday,
            thursday=thursday,
            friday=friday,
            saturday=saturday,
            sunday=sunday,
        )

        weekly_schedule.additional_properties = d
        return weekly_schedule

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
