from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateMarginFCMSubtraderRequest")


@_attrs_define
class CreateMarginFCMSubtraderRequest:
    """
    Attributes:
        subtrader_suffix (str): Suffix for the new subtrader. The full subtrader id is composed server-side as
            {user_id}_{subtrader_suffix}.
        require_category_cap (bool): Required. Explicitly choose true or false. When true, ordinary orders require an
            explicit asset-class initial margin cap. Subtrader-wide and market caps do not satisfy this requirement.
            Dedicated liquidation remains allowed. Set only when explicitly creating a subtrader and cannot be changed
            afterward.
    """

    subtrader_suffix: str
    require_category_cap: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_suffix = self.subtrader_suffix

        require_category_cap = self.require_category_cap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_suffix": subtrader_suffix,
                "require_category_cap": require_category_cap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_suffix = d.pop("subtrader_suffix")

        require_category_cap = d.pop("require_category_cap")

        create_margin_fcm_subtrader_request = cls(
            subtrader_suffix=subtrader_suffix,
            require_category_cap=require_category_cap,
        )

        create_margin_fcm_subtrader_request.additional_properties = d
        return create_margin_fcm_subtrader_request

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
