from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginOrderbookSnapshotPayloadMsg")


@_attrs_define
class MarginOrderbookSnapshotPayloadMsg:
    """
    Attributes:
        market_ticker (str | Unset): Unique market identifier
        bid (list[list[str]] | Unset):
        ask (list[list[str]] | Unset):
    """

    market_ticker: str | Unset = UNSET
    bid: list[list[str]] | Unset = UNSET
    ask: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        bid: list[list[str]] | Unset = UNSET
        if not isinstance(self.bid, Unset):
            bid = []
            for bid_item_data in self.bid:
                bid_item = bid_item_data

                bid.append(bid_item)

        ask: list[list[str]] | Unset = UNSET
        if not isinstance(self.ask, Unset):
            ask = []
            for ask_item_data in self.ask:
                ask_item = ask_item_data

                ask.append(ask_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if bid is not UNSET:
            field_dict["bid"] = bid
        if ask is not UNSET:
            field_dict["ask"] = ask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        _bid = d.pop("bid", UNSET)
        bid: list[list[str]] | Unset = UNSET
        if _bid is not UNSET:
            bid = []
            for bid_item_data in _bid or []:
                _bid_item = bid_item_data
                bid_item = cast(list[str], [] if _bid_item is None else _bid_item)

                bid.append(bid_item)

        _ask = d.pop("ask", UNSET)
        ask: list[list[str]] | Unset = UNSET
        if _ask is not UNSET:
            ask = []
            for ask_item_data in _ask or []:
                _ask_item = ask_item_data
                ask_item = cast(list[str], [] if _ask_item is None else _ask_item)

                ask.append(ask_item)

        margin_orderbook_snapshot_payload_msg = cls(
            market_ticker=market_ticker,
            bid=bid,
            ask=ask,
        )

        margin_orderbook_snapshot_payload_msg.additional_properties = d
        return margin_orderbook_snapshot_payload_msg

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
