from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CFBenchmarks5HzIndexListPayload")


@_attrs_define
class CFBenchmarks5HzIndexListPayload:
    """
    Attributes:
        index_ids (list[str] | Unset): Index IDs recently observed on the 5Hz stream
    """

    index_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_ids: list[str] | Unset = UNSET
        if not isinstance(self.index_ids, Unset):
            index_ids = self.index_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_ids is not UNSET:
            field_dict["index_ids"] = index_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _index_ids = d.pop("index_ids", UNSET)
        index_ids = cast(list[str], [] if _index_ids is None else _index_ids)

        cf_benchmarks_5_hz_index_list_payload = cls(
            index_ids=index_ids,
        )

        cf_benchmarks_5_hz_index_list_payload.additional_properties = d
        return cf_benchmarks_5_hz_index_list_payload

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
