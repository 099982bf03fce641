from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CFBenchmarksValue5HzPayload")


@_attrs_define
class CFBenchmarksValue5HzPayload:
    """
    Attributes:
        index_id (str | Unset): CF Benchmarks index ID (for example "BRTI")
        value_usd (str | Unset): Index value in USD, formatted with exactly 8 decimal places
        source_ts_ms (int | Unset): Upstream publication timestamp of the tick (unix ms)
        received_at (int | Unset): When Kalshi received the upstream frame (unix ms)
        data (str | Unset): The raw CF Benchmarks JSON frame, as a string
    """

    index_id: str | Unset = UNSET
    value_usd: str | Unset = UNSET
    source_ts_ms: int | Unset = UNSET
    received_at: int | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        value_usd = self.value_usd

        source_ts_ms = self.source_ts_ms

        received_at = self.received_at

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if value_usd is not UNSET:
            field_dict["value_usd"] = value_usd
        if source_ts_ms is not UNSET:
            field_dict["source_ts_ms"] = source_ts_ms
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index_id = d.pop("index_id", UNSET)

        value_usd = d.pop("value_usd", UNSET)

        source_ts_ms = d.pop("source_ts_ms", UNSET)

        received_at = d.pop("received_at", UNSET)

        data = d.pop("data", UNSET)

        cf_benchmarks_value_5_hz_payload = cls(
            index_id=index_id,
            value_usd=value_usd,
            source_ts_ms=source_ts_ms,
            received_at=received_at,
            data=data,
        )

        cf_benchmarks_value_5_hz_payload.additional_properties = d
        return cf_benchmarks_value_5_hz_payload

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
