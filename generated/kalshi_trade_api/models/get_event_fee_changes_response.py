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
    from ..models.event_fee_change import EventFeeChange


T = TypeVar("T", bound="GetEventFeeChangesResponse")


@_attrs_define
class GetEventFeeChangesResponse:
    """
    Attributes:
        event_fee_changes (list[EventFeeChange] | Unset):
        cursor (str | Unset): Pagination cursor for the next page. Empty if there are no more results.
    """

    event_fee_changes: list[EventFeeChange] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_fee_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_fee_changes, Unset):
            event_fee_changes = []
            for event_fee_changes_item_data in self.event_fee_changes:
                event_fee_changes_item = event_fee_changes_item_data.to_dict()
                event_fee_changes.append(event_fee_changes_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_fee_changes is not UNSET:
            field_dict["event_fee_changes"] = event_fee_changes
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_fee_change import EventFeeChange  # noqa: PLC0415

        d = dict(src_dict)
        _event_fee_changes = d.pop("event_fee_changes", UNSET)
        event_fee_changes: list[EventFeeChange] | Unset = UNSET
        if _event_fee_changes is not UNSET:
            event_fee_changes = LazyList(_event_fee_changes or [], EventFeeChange, EventFeeChange.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_event_fee_changes_response = cls(
            event_fee_changes=event_fee_changes,
            cursor=cursor,
        )

        get_event_fee_changes_response.additional_properties = d
        return get_event_fee_changes_response

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
