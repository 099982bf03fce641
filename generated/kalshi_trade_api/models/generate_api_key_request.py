from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope
from ..models.api_key_type import ApiKeyType
from ..types import (
    UNSET,
    Unset,
    enum_value,
)

T = TypeVar("T", bound="GenerateApiKeyRequest")


def _to_key_type(value: ApiKeyType | str | Unset) -> ApiKeyType | Unset:
    return value if isinstance(value, Unset) else enum_value(ApiKeyType, value, "GenerateApiKeyRequest.key_type")


@_attrs_define
class GenerateApiKeyRequest:
    """
    Attributes:
        name (str): Name for the API key. This helps identify the key's purpose
        key_type (ApiKeyType | Unset): Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed
            with RSA-PSS SHA-256. `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower client-
            side signing cost. Defaults to `rsa` when omitted from a generate request, for compatibility with existing
            clients.
        scopes (list[ApiKeyScope] | Unset): List of scopes to grant to the API key. If the broad `write` parent scope is
            included, `read` must also be included. Child scopes may be granted without the broad parent scope. Defaults to
            full access (`read`, `write`) if not provided.
        subaccount (int | Unset): If set, restricts the API key to a single sub-account (0-63) that you own. A
            restricted key may only read and trade on that sub-account; it cannot act on other sub-accounts, transfer funds
            between sub-accounts, or create sub-accounts. Omit to leave the key unrestricted. Mutually exclusive with
            fcm_subtrader_id. Minimum: 0. Maximum: 63.
        fcm_subtrader_id (str | Unset): FCM members only. If set, binds the API key to a single FCM subtrader that you
            own, spelled {your_user_id}_{suffix} with a suffix of 1-16 case-sensitive ASCII alphanumeric characters. The
            subtrader must already exist. A bound key is the institution's trading credential for that subtrader - FIX
            order-entry and market-data sessions, plus margin WebSocket sessions scoped to the subtrader's own data - and is
            denied on every REST endpoint, including key management. Mutually exclusive with subaccount.
    """

    name: str
    key_type: ApiKeyType | Unset = _attrs_field(default=UNSET, converter=_to_key_type)
    scopes: list[ApiKeyScope] | Unset = UNSET
    subaccount: int | Unset = UNSET
    fcm_subtrader_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = self.key_type.value

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)

        subaccount = self.subaccount

        fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if fcm_subtrader_id is not UNSET:
            field_dict["fcm_subtrader_id"] = fcm_subtrader_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _key_type = d.pop("key_type", UNSET)
        key_type: ApiKeyType | Unset
        if isinstance(_key_type, Unset):
            key_type = UNSET
        else:
            key_type = ApiKeyType(_key_type)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[ApiKeyScope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes or []:
                scopes_item = ApiKeyScope(scopes_item_data)

                scopes.append(scopes_item)

        subaccount = d.pop("subaccount", UNSET)

        fcm_subtrader_id = d.pop("fcm_subtrader_id", UNSET)

        generate_api_key_request = cls(
            name=name,
            key_type=key_type,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )

        generate_api_key_request.additional_properties = d
        return generate_api_key_request

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
