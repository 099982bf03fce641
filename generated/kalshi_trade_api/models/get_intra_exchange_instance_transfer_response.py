from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


T = TypeVar("T", bound="GetIntraExchangeInstanceTransferResponse")


@_attrs_define
class GetIntraExchangeInstanceTransferResponse:
    """
    Attributes:
        transfer (IntraExchangeInstanceTransfer | Unset):
    """

    transfer: IntraExchangeInstanceTransfer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer, Unset):
            transfer = self.transfer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer is not UNSET:
            field_dict["transfer"] = transfer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer  # noqa: PLC0415

        d = dict(src_dict)
        _transfer = d.pop("transfer", UNSET)
        transfer: IntraExchangeInstanceTransfer | Unset
        if isinstance(_transfer, Unset):
            transfer = UNSET
        else:
            transfer = IntraExchangeInstanceTransfer.from_dict(_transfer)

        get_intra_exchange_instance_transfer_response = cls(
            transfer=transfer,
        )

        get_intra_exchange_instance_transfer_response.additional_properties = d
        return get_intra_exchange_instance_transfer_response

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
