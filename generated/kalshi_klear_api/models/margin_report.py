from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_report_report_type import MarginReportReportType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginReport")


@_attrs_define
class MarginReport:
    """
    Attributes:
        report_type (MarginReportReportType | Unset): Report file type. Every type is a CSV except `daily_statement`,
            the end-of-day PDF statement that lays out the same date's position, trade, settlement, funding, and cash files
            with an account summary.
        url (str | Unset): Presigned download URL (omitted from logs).
        date (datetime.date | Unset): The ET report date the file belongs to. Intraday snapshots after 4pm ET belong to
            the next report date.
        created_ts (datetime.datetime | Unset):
        is_end_of_day (bool | Unset):
        snapshot_ts (datetime.datetime | Unset): Snapshot instant for intraday files (noon and hourly cycles); omitted
            for end-of-day files.
    """

    report_type: MarginReportReportType | Unset = UNSET
    url: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    is_end_of_day: bool | Unset = UNSET
    snapshot_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_type: str | Unset = UNSET
        if not isinstance(self.report_type, Unset):
            report_type = self.report_type.value

        url = self.url

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        is_end_of_day = self.is_end_of_day

        snapshot_ts: str | Unset = UNSET
        if not isinstance(self.snapshot_ts, Unset):
            snapshot_ts = self.snapshot_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_type is not UNSET:
            field_dict["report_type"] = report_type
        if url is not UNSET:
            field_dict["url"] = url
        if date is not UNSET:
            field_dict["date"] = date
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if is_end_of_day is not UNSET:
            field_dict["is_end_of_day"] = is_end_of_day
        if snapshot_ts is not UNSET:
            field_dict["snapshot_ts"] = snapshot_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _report_type = d.pop("report_type", UNSET)
        report_type: MarginReportReportType | Unset
        if isinstance(_report_type, Unset):
            report_type = UNSET
        else:
            report_type = MarginReportReportType(_report_type)

        url = d.pop("url", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        is_end_of_day = d.pop("is_end_of_day", UNSET)

        _snapshot_ts = d.pop("snapshot_ts", UNSET)
        snapshot_ts: datetime.datetime | Unset
        if isinstance(_snapshot_ts, Unset):
            snapshot_ts = UNSET
        else:
            snapshot_ts = datetime.datetime.fromisoformat(_snapshot_ts)

        margin_report = cls(
            report_type=report_type,
            url=url,
            date=date,
            created_ts=created_ts,
            is_end_of_day=is_end_of_day,
            snapshot_ts=snapshot_ts,
        )

        margin_report.additional_properties = d
        return margin_report

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
