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
    from ..models.cf_benchmarks_avg_data import CFBenchmarksAvgData


T = TypeVar("T", bound="CFBenchmarksValuePayload")


@_attrs_define
class CFBenchmarksValuePayload:
    """
    Attributes:
        index_id (str | Unset): CF Benchmarks index ID (for example "BRTI")
        received_at (int | Unset): When Kalshi received the upstream frame (unix ms)
        data (str | Unset): The raw CF Benchmarks JSON frame, as a string
        avg_60s_data (CFBenchmarksAvgData | Unset): Windowed-average metadata for a CF Benchmarks index value.
        last_60s_windowed_average_15min (CFBenchmarksAvgData | Unset): Windowed-average metadata for a CF Benchmarks
            index value.
    """

    index_id: str | Unset = UNSET
    received_at: int | Unset = UNSET
    data: str | Unset = UNSET
    avg_60s_data: CFBenchmarksAvgData | Unset = UNSET
    last_60s_windowed_average_15min: CFBenchmarksAvgData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        received_at = self.received_at

        data = self.data

        avg_60s_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_60s_data, Unset):
            avg_60s_data = self.avg_60s_data.to_dict()

        last_60s_windowed_average_15min: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_60s_windowed_average_15min, Unset):
            last_60s_windowed_average_15min = self.last_60s_windowed_average_15min.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if data is not UNSET:
            field_dict["data"] = data
        if avg_60s_data is not UNSET:
            field_dict["avg_60s_data"] = avg_60s_data
        if last_60s_windowed_average_15min is not UNSET:
            field_dict["last_60s_windowed_average_15min"] = last_60s_windowed_average_15min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cf_benchmarks_avg_data import CFBenchmarksAvgData  # noqa: PLC0415

        d = dict(src_dict)
        index_id = d.pop("index_id", UNSET)

        received_at = d.pop("received_at", UNSET)

        data = d.pop("data", UNSET)

        _avg_60s_data = d.pop("avg_60s_data", UNSET)
        avg_60s_data: CFBenchmarksAvgData | Unset
        if isinstance(_avg_60s_data, Unset):
            avg_60s_data = UNSET
        else:
            avg_60s_data = CFBenchmarksAvgData.from_dict(_avg_60s_data)

        _last_60s_windowed_average_15min = d.pop("last_60s_windowed_average_15min", UNSET)
        last_60s_windowed_average_15min: CFBenchmarksAvgData | Unset
        if isinstance(_last_60s_windowed_average_15min, Unset):
            last_60s_windowed_average_15min = UNSET
        else:
            last_60s_windowed_average_15min = CFBenchmarksAvgData.from_dict(_last_60s_windowed_average_15min)

        cf_benchmarks_value_payload = cls(
            index_id=index_id,
            received_at=received_at,
            data=data,
            avg_60s_data=avg_60s_data,
            last_60s_windowed_average_15min=last_60s_windowed_average_15min,
        )

        cf_benchmarks_value_payload.additional_properties = d
        return cf_benchmarks_value_payload

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
