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

T = TypeVar("T", bound="OkResponsePayloadMsg")


@_attrs_define
class OkResponsePayloadMsg:
    """
    Attributes:
        market_tickers (list[str] | Unset): Full list of market tickers after update
        market_ids (list[UUID] | Unset): Full list of market IDs after update
    """

    market_tickers: list[str] | Unset = UNSET
    market_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = []
            for market_ids_item_data in self.market_ids:
                market_ids_item = str(market_ids_item_data)
                market_ids.append(market_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _market_tickers = d.pop("market_tickers", UNSET)
        market_tickers = cast(list[str], [] if _market_tickers is None else _market_tickers)

        _market_ids = d.pop("market_ids", UNSET)
        market_ids: list[UUID] | Unset = UNSET
        if _market_ids is not UNSET:
            market_ids = []
            for market_ids_item_data in _market_ids or []:
                market_ids_item = UUID(market_ids_item_data)

                market_ids.append(market_ids_item)

        ok_response_payload_msg = cls(
            market_tickers=market_tickers,
            market_ids=market_ids,
        )

        ok_response_payload_msg.additional_properties = d
        return ok_response_payload_msg

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
