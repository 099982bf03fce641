from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CreateMarginFcmApiKeyResponse")


@_attrs_define
class CreateMarginFcmApiKeyResponse:
    """
    Attributes:
        api_key_id (str | Unset):
        warning (None | str | Unset): Present only when the bound subtrader is missing a per-subtrader risk control -
            the initial-margin cap (margin lane) or the event-contract daily cap. The mint still succeeds; the warning names
            each missing control - an event-contract subtrader without a daily cap has its event-contract orders rejected
            until one is set, while a margin subtrader without an initial-margin cap is bounded only by firm-level risk
            limits.
    """

    api_key_id: str | Unset = UNSET
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

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
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id", UNSET)

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        create_margin_fcm_api_key_response = cls(
            api_key_id=api_key_id,
            warning=warning,
        )

        create_margin_fcm_api_key_response.additional_properties = d
        return create_margin_fcm_api_key_response

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
