from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GetSettlementBalanceResponse")


@_attrs_define
class GetSettlementBalanceResponse:
    """
    Attributes:
        user_id (str | Unset):
        balance_available_centicents (int | Unset): Settlement buffer balance.
        locked_balance_centicents (int | Unset): Locked settlement balance (e.g. pending withdrawals).
    """

    user_id: str | Unset = UNSET
    balance_available_centicents: int | Unset = UNSET
    locked_balance_centicents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        balance_available_centicents = self.balance_available_centicents

        locked_balance_centicents = self.locked_balance_centicents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if balance_available_centicents is not UNSET:
            field_dict["balance_available_centicents"] = balance_available_centicents
        if locked_balance_centicents is not UNSET:
            field_dict["locked_balance_centicents"] = locked_balance_centicents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        balance_available_centicents = d.pop("balance_available_centicents", UNSET)

        locked_balance_centicents = d.pop("locked_balance_centicents", UNSET)

        get_settlement_balance_response = cls(
            user_id=user_id,
            balance_available_centicents=balance_available_centicents,
            locked_balance_centicents=locked_balance_centicents,
        )

        get_settlement_balance_response.additional_properties = d
        return get_settlement_balance_response

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
