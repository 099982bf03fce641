from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


T = TypeVar("T", bound="GetApiKeysResponse")


@_attrs_define
class GetApiKeysResponse:
    """
    Attributes:
        api_keys (list[ApiKey] | Unset): List of all API keys associated with the user
        api_key_region_expiration_ts (int | None | Unset): Unix timestamp (seconds) when the account's location
            attestation for API key requests expires; a past value means the attestation has lapsed. Absent when the account
            has never attested.
    """

    api_keys: list[ApiKey] | Unset = UNSET
    api_key_region_expiration_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        api_key_region_expiration_ts: int | None | Unset
        if isinstance(self.api_key_region_expiration_ts, Unset):
            api_key_region_expiration_ts = UNSET
        else:
            api_key_region_expiration_ts = self.api_key_region_expiration_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if api_key_region_expiration_ts is not UNSET:
            field_dict["api_key_region_expiration_ts"] = api_key_region_expiration_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key import ApiKey  # noqa: PLC0415

        d = dict(src_dict)
        _api_keys = d.pop("api_keys", UNSET)
        api_keys: list[ApiKey] | Unset = UNSET
        if _api_keys is not UNSET:
            api_keys = LazyList(_api_keys or [], ApiKey, ApiKey.from_dict)

        def _parse_api_key_region_expiration_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_key_region_expiration_ts = _parse_api_key_region_expiration_ts(d.pop("api_key_region_expiration_ts", UNSET))

        get_api_keys_response = cls(
            api_keys=api_keys,
            api_key_region_expiration_ts=api_key_region_expiration_ts,
        )

        get_api_keys_response.additional_properties = d
        return get_api_keys_response

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
