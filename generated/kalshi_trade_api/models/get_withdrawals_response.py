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
    from ..models.withdrawal import Withdrawal


T = TypeVar("T", bound="GetWithdrawalsResponse")


@_attrs_define
class GetWithdrawalsResponse:
    """
    Attributes:
        withdrawals (list[Withdrawal] | Unset):
        cursor (str | Unset):
    """

    withdrawals: list[Withdrawal] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdrawals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.withdrawals, Unset):
            withdrawals = []
            for withdrawals_item_data in self.withdrawals:
                withdrawals_item = withdrawals_item_data.to_dict()
                withdrawals.append(withdrawals_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if withdrawals is not UNSET:
            field_dict["withdrawals"] = withdrawals
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withdrawal import Withdrawal  # noqa: PLC0415

        d = dict(src_dict)
        _withdrawals = d.pop("withdrawals", UNSET)
        withdrawals: list[Withdrawal] | Unset = UNSET
        if _withdrawals is not UNSET:
            withdrawals = LazyList(_withdrawals or [], Withdrawal, Withdrawal.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_withdrawals_response = cls(
            withdrawals=withdrawals,
            cursor=cursor,
        )

        get_withdrawals_response.additional_properties = d
        return get_withdrawals_response

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
