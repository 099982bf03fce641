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
    from ..models.deposit import Deposit


T = TypeVar("T", bound="GetDepositsResponse")


@_attrs_define
class GetDepositsResponse:
    """
    Attributes:
        deposits (list[Deposit] | Unset):
        cursor (str | Unset):
    """

    deposits: list[Deposit] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deposits, Unset):
            deposits = []
            for deposits_item_data in self.deposits:
                deposits_item = deposits_item_data.to_dict()
                deposits.append(deposits_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposits is not UNSET:
            field_dict["deposits"] = deposits
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit import Deposit  # noqa: PLC0415

        d = dict(src_dict)
        _deposits = d.pop("deposits", UNSET)
        deposits: list[Deposit] | Unset = UNSET
        if _deposits is not UNSET:
            deposits = LazyList(_deposits or [], Deposit, Deposit.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_deposits_response = cls(
            deposits=deposits,
            cursor=cursor,
        )

        get_deposits_response.additional_properties = d
        return get_deposits_response

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
