from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerateMarginFcmApiKeyRequest")


@_attrs_define
class GenerateMarginFcmApiKeyRequest:
    """
    Attributes:
        name (str): Name identifying the key's purpose, e.g. the institution it is issued to.
        fcm_subtrader_id (str): The subtrader to bind, spelled {your_account_id}_{suffix} with a suffix of 1-16
            characters of [a-z0-9]. Must already exist and belong to you.
    """

    name: str
    fcm_subtrader_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "fcm_subtrader_id": fcm_subtrader_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        fcm_subtrader_id = d.pop("fcm_subtrader_id")

        generate_margin_fcm_api_key_request = cls(
            name=name,
            fcm_subtrader_id=fcm_subtrader_id,
        )

        generate_margin_fcm_api_key_request.additional_properties = d
        return generate_margin_fcm_api_key_request

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
