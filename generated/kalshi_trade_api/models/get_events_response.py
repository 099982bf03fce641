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
    from ..models.milestone import Milestone


T = TypeVar("T", bound="GetEventsResponse")


@_attrs_define
class GetEventsResponse:
    """
    Attributes:
        events (list[EventData] | Unset): Array of events matching the query criteria.
        milestones (list[Milestone] | Unset): Array of milestones related to the events.
        cursor (str | Unset): Pagination cursor for the next page. Empty if there are no more results.
    """

    events: list[EventData] | Unset = UNSET
    milestones: list[Milestone] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.milestones, Unset):
            milestones = []
            for milestones_item_data in self.milestones:
                milestones_item = milestones_item_data.to_dict()
                milestones.append(milestones_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_data import EventData  # noqa: PLC0415
        from ..models.milestone import Milestone  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[EventData] | Unset = UNSET
        if _events is not UNSET:
            events = LazyList(_events or [], EventData, EventData.from_dict)

        _milestones = d.pop("milestones", UNSET)
        milestones: list[Milestone] | Unset = UNSET
        if _milestones is not UNSET:
            milestones = LazyList(_milestones or [], Milestone, Milestone.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_events_response = cls(
            events=events,
            milestones=milestones,
            cursor=cursor,
        )

        get_events_response.additional_properties = d
        return get_events_response

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
