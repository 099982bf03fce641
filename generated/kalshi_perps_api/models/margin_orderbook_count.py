from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginOrderbookCount")


@_attrs_define
class MarginOrderbookCount:
    """
    Attributes:
        bids (list[list[str]] | Unset): Bid price levels, ordered from best bid downward. Each level is [price,
            quantity].
        asks (list[list[str]] | Unset): Ask price levels, ordered from best ask upward. Each level is [price, quantity].
    """

    bids: list[list[str]] | Unset = UNSET
    asks: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bids: list[list[str]] | Unset = UNSET
        if not isinstance(self.bids, Unset):
            bids = []
            for bids_item_data in self.bids:
                bids_item = bids_item_data

                bids.append(bids_item)

        asks: list[list[str]] | Unset = UNSET
        if not isinstance(self.asks, Unset):
            asks = []
            for asks_item_data in self.asks:
                asks_item = asks_item_data

                asks.append(asks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bids is not UNSET:
            field_dict["bids"] = bids
        if asks is not UNSET:
            field_dict["asks"] = asks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bids = d.pop("bids", UNSET)
        bids: list[list[str]] | Unset = UNSET
        if _bids is not UNSET:
            bids = []
            for bids_item_data in _bids or []:
                _bids_item = bids_item_data
                bids_item = cast(list[str], [] if _bids_item is None else _bids_item)

                bids.append(bids_item)

        _asks = d.pop("asks", UNSET)
        asks: list[list[str]] | Unset = UNSET
        if _asks is not UNSET:
            asks = []
            for asks_item_data in _asks or []:
                _asks_item = asks_item_data
                asks_item = cast(list[str], [] if _asks_item is None else _asks_item)

                asks.append(asks_item)

        margin_orderbook_count = cls(
            bids=bids,
            asks=asks,
        )

        margin_orderbook_count.additional_properties = d
        return margin_orderbook_count

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
