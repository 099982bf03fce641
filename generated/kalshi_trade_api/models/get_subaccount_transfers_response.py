from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.subaccount_transfer import SubaccountTransfer


T = TypeVar("T", bound="GetSubaccountTransfersResponse")


@_attrs_define
class GetSubaccountTransfersResponse:
    """
    Attributes:
        transfers (list[SubaccountTransfer] | Unset):
        cursor (str | Unset): Cursor for the next page of results.
    """

    transfers: list[SubaccountTransfer] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transfers, Unset):
            transfers = []
            for transfers_item_data in self.transfers:
                transfers_item = transfers_item_data.to_dict()
                transfers.append(transfers_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfers is not UNSET:
            field_dict["transfers"] = transfers
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_transfer import SubaccountTransfer  # noqa: PLC0415

        d = dict(src_dict)
        _transfers = d.pop("transfers", UNSET)
        transfers: list[SubaccountTransfer] | Unset = UNSET
        if _transfers is not UNSET:
            transfers = LazyList(_transfers or [], SubaccountTransfer, SubaccountTransfer.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_subaccount_transfers_response = cls(
            transfers=transfers,
            cursor=cursor,
        )

        get_subaccount_transfers_response.additional_properties = d
        return get_subaccount_transfers_response

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
