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


T = TypeVar("T", bound="GetMultivariateEventsResponse")


@_attrs_define
class GetMultivariateEventsResponse:
    """
    Attributes:
        events (list[EventData] | Unset): Array of multivariate events matching the query criteria.
        cursor (str | Unset): Pagination cursor for the next page. Empty if there are no more results.
    """

    events: list[EventData] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_data import EventData  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[EventData] | Unset = UNSET
        if _events is not UNSET:
            events = LazyList(_events or [], EventData, EventData.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_multivariate_events_response = cls(
            events=events,
            cursor=cursor,
        )

        get_multivariate_events_response.additional_properties = d
        return get_multivariate_events_response

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
