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
    from ..models.settlement import Settlement


T = TypeVar("T", bound="GetSettlementsResponse")


@_attrs_define
class GetSettlementsResponse:
    """
    Attributes:
        settlements (list[Settlement] | Unset):
        cursor (str | Unset):
    """

    settlements: list[Settlement] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settlements, Unset):
            settlements = []
            for settlements_item_data in self.settlements:
                settlements_item = settlements_item_data.to_dict()
                settlements.append(settlements_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settlements is not UNSET:
            field_dict["settlements"] = settlements
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement import Settlement  # noqa: PLC0415

        d = dict(src_dict)
        _settlements = d.pop("settlements", UNSET)
        settlements: list[Settlement] | Unset = UNSET
        if _settlements is not UNSET:
            settlements = LazyList(_settlements or [], Settlement, Settlement.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_settlements_response = cls(
            settlements=settlements,
            cursor=cursor,
        )

        get_settlements_response.additional_properties = d
        return get_settlements_response

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
