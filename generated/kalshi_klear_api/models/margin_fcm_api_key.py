from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginFcmApiKey")


@_attrs_define
class MarginFcmApiKey:
    """
    Attributes:
        api_key_id (str | Unset):
        name (str | Unset):
        fcm_subtrader_id (str | Unset):
    """

    api_key_id: str | Unset = UNSET
    name: str | Unset = UNSET
    fcm_subtrader_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        name = self.name

        fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if name is not UNSET:
            field_dict["name"] = name
        if fcm_subtrader_id is not UNSET:
            field_dict["fcm_subtrader_id"] = fcm_subtrader_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id", UNSET)

        name = d.pop("name", UNSET)

        fcm_subtrader_id = d.pop("fcm_subtrader_id", UNSET)

        margin_fcm_api_key = cls(
            api_key_id=api_key_id,
            name=name,
            fcm_subtrader_id=fcm_subtrader_id,
        )

        margin_fcm_api_key.additional_properties = d
        return margin_fcm_api_key

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
