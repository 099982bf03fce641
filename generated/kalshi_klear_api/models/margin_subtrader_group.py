from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginSubtraderGroup")


@_attrs_define
class MarginSubtraderGroup:
    """
    Attributes:
        group_id (UUID | Unset):
        member_subtrader_ids (list[str] | Unset):
    """

    group_id: UUID | Unset = UNSET
    member_subtrader_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        member_subtrader_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_subtrader_ids, Unset):
            member_subtrader_ids = self.member_subtrader_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if member_subtrader_ids is not UNSET:
            field_dict["member_subtrader_ids"] = member_subtrader_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _group_id = d.pop("group_id", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        _member_subtrader_ids = d.pop("member_subtrader_ids", UNSET)
        member_subtrader_ids = cast(list[str], [] if _member_subtrader_ids is None else _member_subtrader_ids)

        margin_subtrader_group = cls(
            group_id=group_id,
            member_subtrader_ids=member_subtrader_ids,
        )

        margin_subtrader_group.additional_properties = d
        return margin_subtrader_group

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
