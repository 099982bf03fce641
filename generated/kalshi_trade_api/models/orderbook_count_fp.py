from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="OrderbookCountFp")


@_attrs_define
class OrderbookCountFp:
    """Orderbook with fixed-point contract counts (fp) in all dollar price levels.

    Attributes:
        yes_dollars (list[list[str]] | Unset):
        no_dollars (list[list[str]] | Unset):
    """

    yes_dollars: list[list[str]] | Unset = UNSET
    no_dollars: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yes_dollars: list[list[str]] | Unset = UNSET
        if not isinstance(self.yes_dollars, Unset):
            yes_dollars = []
            for yes_dollars_item_data in self.yes_dollars:
                yes_dollars_item = yes_dollars_item_data

                yes_dollars.append(yes_dollars_item)

        no_dollars: list[list[str]] | Unset = UNSET
        if not isinstance(self.no_dollars, Unset):
            no_dollars = []
            for no_dollars_item_data in self.no_dollars:
                no_dollars_item = no_dollars_item_data

                no_dollars.append(no_dollars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if yes_dollars is not UNSET:
            field_dict["yes_dollars"] = yes_dollars
        if no_dollars is not UNSET:
            field_dict["no_dollars"] = no_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _yes_dollars = d.pop("yes_dollars", UNSET)
        yes_dollars: list[list[str]] | Unset = UNSET
        if _yes_dollars is not UNSET:
            yes_dollars = []
            for yes_dollars_item_data in _yes_dollars or []:
                _yes_dollars_item = yes_dollars_item_data
                yes_dollars_item = cast(list[str], [] if _yes_dollars_item is None else _yes_dollars_item)

                yes_dollars.append(yes_dollars_item)

        _no_dollars = d.pop("no_dollars", UNSET)
        no_dollars: list[list[str]] | Unset = UNSET
        if _no_dollars is not UNSET:
            no_dollars = []
            for no_dollars_item_data in _no_dollars or []:
                _no_dollars_item = no_dollars_item_data
                no_dollars_item = cast(list[str], [] if _no_dollars_item is None else _no_dollars_item)

                no_dollars.append(no_dollars_item)

        orderbook_count_fp = cls(
            yes_dollars=yes_dollars,
            no_dollars=no_dollars,
        )

        orderbook_count_fp.additional_properties = d
        return orderbook_count_fp

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
