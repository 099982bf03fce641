from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_status import DepositStatus
from ..models.deposit_type import DepositType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="Deposit")


@_attrs_define
class Deposit:
    """
    Attributes:
        id (str | Unset): Unique identifier for the deposit.
        status (DepositStatus | Unset): Current status of the deposit. 'applied' means funds are reflected in balance.
        type_ (DepositType | Unset): Payment method used for the deposit.
        amount_cents (int | Unset): Deposit amount in cents.
        fee_cents (int | Unset): Fee charged for the deposit in cents.
        created_ts (int | Unset): Unix timestamp of when the deposit was created.
        finalized_ts (int | None | Unset): Unix timestamp of when the deposit was finalized (applied, failed, or
            returned).
    """

    id: str | Unset = UNSET
    status: DepositStatus | Unset = UNSET
    type_: DepositType | Unset = UNSET
    amount_cents: int | Unset = UNSET
    fee_cents: int | Unset = UNSET
    created_ts: int | Unset = UNSET
    finalized_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount_cents = self.amount_cents

        fee_cents = self.fee_cents

        created_ts = self.created_ts

        finalized_ts: int | None | Unset
        if isinstance(self.finalized_ts, Unset):
            finalized_ts = UNSET
        else:
            finalized_ts = self.finalized_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if fee_cents is not UNSET:
            field_dict["fee_cents"] = fee_cents
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if finalized_ts is not UNSET:
            field_dict["finalized_ts"] = finalized_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: DepositStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DepositStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: DepositType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DepositType(_type_)

        amount_cents = d.pop("amount_cents", UNSET)

        fee_cents = d.pop("fee_cents", UNSET)

        created_ts = d.pop("created_ts", UNSET)

        def _parse_finalized_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finalized_ts = _parse_finalized_ts(d.pop("finalized_ts", UNSET))

        deposit = cls(
            id=id,
            status=status,
            type_=type_,
            amount_cents=amount_cents,
            fee_cents=fee_cents,
            created_ts=created_ts,
            finalized_ts=finalized_ts,
        )

        deposit.additional_properties = d
        return deposit

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
