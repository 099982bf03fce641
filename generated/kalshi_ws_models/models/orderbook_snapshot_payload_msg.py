from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="OrderbookSnapshotPayloadMsg")


@_attrs_define
class OrderbookSnapshotPayloadMsg:
    """
    Attributes:
        market_ticker (str | Unset): Unique market identifier
        market_id (UUID | Unset): Unique market UUID
        clock (int | Unset): Exchange clock of the newest change this snapshot includes, or 0 if the market has no
            recorded change.
            The snapshot includes every change to this market with a clock at or below this one, and none above it.
        yes_dollars_fp (list[list[str]] | Unset): Optional - This key will not exist if there are no Yes offers in the
            orderbook.
            Price levels represented as [price_in_dollars, contract_count_fp].
            Format: [price_in_dollars, contract_count_fp]
        no_dollars_fp (list[list[str]] | Unset): Optional - Same format as "yes_dollars_fp" but for the NO side of the
            orderbook.
            This key will not exist if there are no No offers in the orderbook.
            Format: [price_in_dollars, contract_count_fp]
    """

    market_ticker: str | Unset = UNSET
    market_id: UUID | Unset = UNSET
    clock: int | Unset = UNSET
    yes_dollars_fp: list[list[str]] | Unset = UNSET
    no_dollars_fp: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)

        clock = self.clock

        yes_dollars_fp: list[list[str]] | Unset = UNSET
        if not isinstance(self.yes_dollars_fp, Unset):
            yes_dollars_fp = []
            for yes_dollars_fp_item_data in self.yes_dollars_fp:
                yes_dollars_fp_item = yes_dollars_fp_item_data

                yes_dollars_fp.append(yes_dollars_fp_item)

        no_dollars_fp: list[list[str]] | Unset = UNSET
        if not isinstance(self.no_dollars_fp, Unset):
            no_dollars_fp = []
            for no_dollars_fp_item_data in self.no_dollars_fp:
                no_dollars_fp_item = no_dollars_fp_item_data

                no_dollars_fp.append(no_dollars_fp_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if clock is not UNSET:
            field_dict["clock"] = clock
        if yes_dollars_fp is not UNSET:
            field_dict["yes_dollars_fp"] = yes_dollars_fp
        if no_dollars_fp is not UNSET:
            field_dict["no_dollars_fp"] = no_dollars_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        _market_id = d.pop("market_id", UNSET)
        market_id: UUID | Unset
        if isinstance(_market_id, Unset):
            market_id = UNSET
        else:
            market_id = UUID(_market_id)

        clock = d.pop("clock", UNSET)

        _yes_dollars_fp = d.pop("yes_dollars_fp", UNSET)
        yes_dollars_fp: list[list[str]] | Unset = UNSET
        if _yes_dollars_fp is not UNSET:
            yes_dollars_fp = []
            for yes_dollars_fp_item_data in _yes_dollars_fp or []:
                _yes_dollars_fp_item = yes_dollars_fp_item_data
                yes_dollars_fp_item = cast(list[str], [] if _yes_dollars_fp_item is None else _yes_dollars_fp_item)

                yes_dollars_fp.append(yes_dollars_fp_item)

        _no_dollars_fp = d.pop("no_dollars_fp", UNSET)
        no_dollars_fp: list[list[str]] | Unset = UNSET
        if _no_dollars_fp is not UNSET:
            no_dollars_fp = []
            for no_dollars_fp_item_data in _no_dollars_fp or []:
                _no_dollars_fp_item = no_dollars_fp_item_data
                no_dollars_fp_item = cast(list[str], [] if _no_dollars_fp_item is None else _no_dollars_fp_item)

                no_dollars_fp.append(no_dollars_fp_item)

        orderbook_snapshot_payload_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            clock=clock,
            yes_dollars_fp=yes_dollars_fp,
            no_dollars_fp=no_dollars_fp,
        )

        orderbook_snapshot_payload_msg.additional_properties = d
        return orderbook_snapshot_payload_msg

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
