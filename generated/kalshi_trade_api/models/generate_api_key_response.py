from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_type import ApiKeyType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GenerateApiKeyResponse")


@_attrs_define
class GenerateApiKeyResponse:
    """
    Attributes:
        api_key_id (str | Unset): Unique identifier for the newly generated API key
        key_type (ApiKeyType | Unset): Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed
            with RSA-PSS SHA-256. `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower client-
            side signing cost. Defaults to `rsa` when omitted from a generate request, for compatibility with existing
            clients.
        private_key (str | Unset): Private key in PEM format - PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`) for `rsa`,
            PKCS#8 (`-----BEGIN PRIVATE KEY-----`) for `ed25519`. This must be stored securely and cannot be retrieved again
            after this response
        warning (None | str | Unset): Present only when the minted key is bound to an FCM subtrader that is missing a
            per-subtrader risk control - the initial-margin cap (margin lane) or the event-contract daily cap. The mint
            still succeeds; the warning names each missing control - an event-contract subtrader without a daily cap has its
            event-contract orders rejected until one is set, while a margin subtrader without an initial-margin cap is
            bounded only by firm-level risk limits.
    """

    api_key_id: str | Unset = UNSET
    key_type: ApiKeyType | Unset = UNSET
    private_key: str | Unset = UNSET
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = self.key_type.value

        private_key = self.private_key

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id", UNSET)

        _key_type = d.pop("key_type", UNSET)
        key_type: ApiKeyType | Unset
        if isinstance(_key_type, Unset):
            key_type = UNSET
        else:
            key_type = ApiKeyType(_key_type)

        private_key = d.pop("private_key", UNSET)

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        generate_api_key_response = cls(
            api_key_id=api_key_id,
            key_type=key_type,
            private_key=private_key,
            warning=warning,
        )

        generate_api_key_response.additional_properties = d
        return generate_api_key_response

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
