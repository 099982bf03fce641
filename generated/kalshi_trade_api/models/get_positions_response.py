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
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


T = TypeVar("T", bound="GetPositionsResponse")


@_attrs_define
class GetPositionsResponse:
    """
    Attributes:
        cursor (str | Unset): The Cursor represents a pointer to the next page of records in the pagination. Use the
            value returned here in the cursor query parameter for this end-point to get the next page containing limit
            records. An empty value of this field indicates there is no next page.
        market_positions (list[MarketPosition] | Unset): List of market positions
        event_positions (list[EventPosition] | Unset): List of event positions
    """

    cursor: str | Unset = UNSET
    market_positions: list[MarketPosition] | Unset = UNSET
    event_positions: list[EventPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        market_positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.market_positions, Unset):
            market_positions = []
            for market_positions_item_data in self.market_positions:
                market_positions_item = market_positions_item_data.to_dict()
                market_positions.append(market_positions_item)

        event_positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_positions, Unset):
            event_positions = []
            for event_positions_item_data in self.event_positions:
                event_positions_item = event_positions_item_data.to_dict()
                event_positions.append(event_positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if market_positions is not UNSET:
            field_dict["market_positions"] = market_positions
        if event_positions is not UNSET:
            field_dict["event_positions"] = event_positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_position import EventPosition  # noqa: PLC0415
        from ..models.market_position import MarketPosition  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        _market_positions = d.pop("market_positions", UNSET)
        market_positions: list[MarketPosition] | Unset = UNSET
        if _market_positions is not UNSET:
            market_positions = LazyList(_market_positions or [], MarketPosition, MarketPosition.from_dict)

        _event_positions = d.pop("event_positions", UNSET)
        event_positions: list[EventPosition] | Unset = UNSET
        if _event_positions is not UNSET:
            event_positions = LazyList(_event_positions or [], EventPosition, EventPosition.from_dict)

        get_positions_response = cls(
            cursor=cursor,
            market_positions=market_positions,
            event_positions=event_positions,
        )

        get_positions_response.additional_properties = d
        return get_positions_response

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
