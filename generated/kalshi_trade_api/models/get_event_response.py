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
    from ..models.event_data import EventData
    from ..models.market import Market


T = TypeVar("T", bound="GetEventResponse")


@_attrs_define
class GetEventResponse:
    """
    Attributes:
        event (EventData | Unset):
        markets (list[Market] | Unset): Data for the markets in this event. This field is deprecated in favour of the
            "markets" field inside the event. Which will be filled with the same value if you use the query parameter
            "with_nested_markets=true".
    """

    event: EventData | Unset = UNSET
    markets: list[Market] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if markets is not UNSET:
            field_dict["markets"] = markets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_data import EventData  # noqa: PLC0415
        from ..models.market import Market  # noqa: PLC0415

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: EventData | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = EventData.from_dict(_event)

        _markets = d.pop("markets", UNSET)
        markets: list[Market] | Unset = UNSET
        if _markets is not UNSET:
            markets = LazyList(_markets or [], Market, Market.from_dict)

        get_event_response = cls(
            event=event,
            markets=markets,
        )

        get_event_response.additional_properties = d
        return get_event_response

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
