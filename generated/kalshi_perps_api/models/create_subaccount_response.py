from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CreateSubaccountResponse")


@_attrs_define
class CreateSubaccountResponse:
    """
    Attributes:
        subaccount_number (int | Unset): The sequential number assigned to this subaccount (1-63).
    """

    subaccount_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_number = d.pop("subaccount_number", UNSET)

        create_subaccount_response = cls(
            subaccount_number=subaccount_number,
        )

        create_subaccount_response.additional_properties = d
        return create_subaccount_response

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
