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
    from ..models.subaccount_balance import SubaccountBalance


T = TypeVar("T", bound="GetSubaccountBalancesResponse")


@_attrs_define
class GetSubaccountBalancesResponse:
    """
    Attributes:
        subaccount_balances (list[SubaccountBalance] | Unset):
    """

    subaccount_balances: list[SubaccountBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount_balances, Unset):
            subaccount_balances = []
            for subaccount_balances_item_data in self.subaccount_balances:
                subaccount_balances_item = subaccount_balances_item_data.to_dict()
                subaccount_balances.append(subaccount_balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_balances is not UNSET:
            field_dict["subaccount_balances"] = subaccount_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_balance import SubaccountBalance  # noqa: PLC0415

        d = dict(src_dict)
        _subaccount_balances = d.pop("subaccount_balances", UNSET)
        subaccount_balances: list[SubaccountBalance] | Unset = UNSET
        if _subaccount_balances is not UNSET:
            subaccount_balances = LazyList(_subaccount_balances or [], SubaccountBalance, SubaccountBalance.from_dict)

        get_subaccount_balances_response = cls(
            subaccount_balances=subaccount_balances,
        )

        get_subaccount_balances_response.additional_properties = d
        return get_subaccount_balances_response

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
