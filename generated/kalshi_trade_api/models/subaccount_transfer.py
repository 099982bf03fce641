from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SubaccountTransfer")


@_attrs_define
class SubaccountTransfer:
    """
    Attributes:
        transfer_id (str | Unset): Unique identifier for this transfer.
        from_subaccount (int | Unset): Source subaccount number (0 for primary, 1-63 for subaccounts).
        to_subaccount (int | Unset): Destination subaccount number (0 for primary, 1-63 for subaccounts).
        amount_cents (int | Unset): Cash transfer amount in cents.
        created_ts (int | Unset): Unix timestamp when the transfer was created.
        exchange_index (int | Unset): Exchange index the transfer was applied on.
    """

    transfer_id: str | Unset = UNSET
    from_subaccount: int | Unset = UNSET
    to_subaccount: int | Unset = UNSET
    amount_cents: int | Unset = UNSET
    created_ts: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        from_subaccount = self.from_subaccount

        to_subaccount = self.to_subaccount

        amount_cents = self.amount_cents

        created_ts = self.created_ts

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transfer_id"] = transfer_id
        if from_subaccount is not UNSET:
            field_dict["from_subaccount"] = from_subaccount
        if to_subaccount is not UNSET:
            field_dict["to_subaccount"] = to_subaccount
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id", UNSET)

        from_subaccount = d.pop("from_subaccount", UNSET)

        to_subaccount = d.pop("to_subaccount", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        created_ts = d.pop("created_ts", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        subaccount_transfer = cls(
            transfer_id=transfer_id,
            from_subaccount=from_subaccount,
            to_subaccount=to_subaccount,
            amount_cents=amount_cents,
            created_ts=created_ts,
            exchange_index=exchange_index,
        )

        subaccount_transfer.additional_properties = d
        return subaccount_transfer

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
