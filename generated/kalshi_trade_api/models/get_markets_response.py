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
    from ..models.market import Market


T = TypeVar("T", bound="GetMarketsResponse")


@_attrs_define
class GetMarketsResponse:
    """
    Attributes:
        markets (list[Market] | Unset):
        cursor (str | Unset):
    """

    markets: list[Market] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if markets is not UNSET:
            field_dict["markets"] = markets
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market import Market  # noqa: PLC0415

        d = dict(src_dict)
        _markets = d.pop("markets", UNSET)
        markets: list[Market] | Unset = UNSET
        if _markets is not UNSET:
            markets = LazyList(_markets or [], Market, Market.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_markets_response = cls(
            markets=markets,
            cursor=cursor,
        )

        get_markets_response.additional_properties = d
        return get_markets_response

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
