from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ObligationReceiveInfo")


@_attrs_define
class ObligationReceiveInfo:
    """
    Attributes:
        id (str | Unset):
        type_ (str | Unset):
        amount_centicents (int | Unset):
        external_reference (str | Unset):
        created_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    amount_centicents: int | Unset = UNSET
    external_reference: str | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        amount_centicents = self.amount_centicents

        external_reference = self.external_reference

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount_centicents is not UNSET:
            field_dict["amount_centicents"] = amount_centicents
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        amount_centicents = d.pop("amount_centicents", UNSET)

        external_reference = d.pop("external_reference", UNSET)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        obligation_receive_info = cls(
            id=id,
            type_=type_,
            amount_centicents=amount_centicents,
            external_reference=external_reference,
            created_ts=created_ts,
        )

        obligation_receive_info.additional_properties = d
        return obligation_receive_info

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
