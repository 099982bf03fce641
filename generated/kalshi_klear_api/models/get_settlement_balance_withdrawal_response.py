from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_settlement_balance_withdrawal_response_status import GetSettlementBalanceWithdrawalResponseStatus
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GetSettlementBalanceWithdrawalResponse")


@_attrs_define
class GetSettlementBalanceWithdrawalResponse:
    """
    Attributes:
        id (str | Unset):
        amount (str | Unset): Withdrawal amount in USD as a fixed-point string (e.g. "500.00").
        status (GetSettlementBalanceWithdrawalResponseStatus | Unset):
        created_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    amount: str | Unset = UNSET
    status: GetSettlementBalanceWithdrawalResponseStatus | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        _status = d.pop("status", UNSET)
        status: GetSettlementBalanceWithdrawalResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetSettlementBalanceWithdrawalResponseStatus(_status)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        get_settlement_balance_withdrawal_response = cls(
            id=id,
            amount=amount,
            status=status,
            created_ts=created_ts,
        )

        get_settlement_balance_withdrawal_response.additional_properties = d
        return get_settlement_balance_withdrawal_response

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
