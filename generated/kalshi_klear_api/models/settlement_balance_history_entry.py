from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SettlementBalanceHistoryEntry")


@_attrs_define
class SettlementBalanceHistoryEntry:
    """
    Attributes:
        balance_delta_centicents (int | Unset): Change to the settlement buffer balance.
        locked_balance_delta_centicents (int | Unset): Change to the locked settlement balance. Funds are locked during
            pending withdrawals.
        reason (str | Unset): Reason for the balance change.
        business_transaction_id (str | Unset): Identifier of the business transaction that caused this entry.
        created_ts (datetime.datetime | Unset): Timestamp when the entry was created.
    """

    balance_delta_centicents: int | Unset = UNSET
    locked_balance_delta_centicents: int | Unset = UNSET
    reason: str | Unset = UNSET
    business_transaction_id: str | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_delta_centicents = self.balance_delta_centicents

        locked_balance_delta_centicents = self.locked_balance_delta_centicents

        reason = self.reason

        business_transaction_id = self.business_transaction_id

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance_delta_centicents is not UNSET:
            field_dict["balance_delta_centicents"] = balance_delta_centicents
        if locked_balance_delta_centicents is not UNSET:
            field_dict["locked_balance_delta_centicents"] = locked_balance_delta_centicents
        if reason is not UNSET:
            field_dict["reason"] = reason
        if business_transaction_id is not UNSET:
            field_dict["business_transaction_id"] = business_transaction_id
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance_delta_centicents = d.pop("balance_delta_centicents", UNSET)

        locked_balance_delta_centicents = d.pop("locked_balance_delta_centicents", UNSET)

        reason = d.pop("reason", UNSET)

        business_transaction_id = d.pop("business_transaction_id", UNSET)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        settlement_balance_history_entry = cls(
            balance_delta_centicents=balance_delta_centicents,
            locked_balance_delta_centicents=locked_balance_delta_centicents,
            reason=reason,
            business_transaction_id=business_transaction_id,
            created_ts=created_ts,
        )

        settlement_balance_history_entry.additional_properties = d
        return settlement_balance_history_entry

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
