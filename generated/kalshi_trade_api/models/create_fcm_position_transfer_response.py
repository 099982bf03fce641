from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CreateFCMPositionTransferResponse")


@_attrs_define
class CreateFCMPositionTransferResponse:
    """
    Attributes:
        position_transfer_id (str | Unset): Id of the executed transfer. Store it; no Trade API endpoint lists past
            transfers.
    """

    position_transfer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_transfer_id = self.position_transfer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position_transfer_id is not UNSET:
            field_dict["position_transfer_id"] = position_transfer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position_transfer_id = d.pop("position_transfer_id", UNSET)

        create_fcm_position_transfer_response = cls(
            position_transfer_id=position_transfer_id,
        )

        create_fcm_position_transfer_response.additional_properties = d
        return create_fcm_position_transfer_response

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
