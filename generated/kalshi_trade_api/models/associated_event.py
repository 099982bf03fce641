from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="AssociatedEvent")


@_attrs_define
class AssociatedEvent:
    """
    Attributes:
        ticker (str | Unset): The event ticker.
        is_yes_only (bool | Unset): Whether only the 'yes' side can be used for this event.
        size_max (int | None | Unset): Maximum number of markets from this event (inclusive). Null means no limit.
        size_min (int | None | Unset): Minimum number of markets from this event (inclusive). Null means no limit.
        active_quoters (list[str] | Unset): List of active quoters for this event.
    """

    ticker: str | Unset = UNSET
    is_yes_only: bool | Unset = UNSET
    size_max: int | None | Unset = UNSET
    size_min: int | None | Unset = UNSET
    active_quoters: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        is_yes_only = self.is_yes_only

        size_max: int | None | Unset
        if isinstance(self.size_max, Unset):
            size_max = UNSET
        else:
            size_max = self.size_max

        size_min: int | None | Unset
        if isinstance(self.size_min, Unset):
            size_min = UNSET
        else:
            size_min = self.size_min

        active_quoters: list[str] | Unset = UNSET
        if not isinstance(self.active_quoters, Unset):
            active_quoters = self.active_quoters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if is_yes_only is not UNSET:
            field_dict["is_yes_only"] = is_yes_only
        if size_max is not UNSET:
            field_dict["size_max"] = size_max
        if size_min is not UNSET:
            field_dict["size_min"] = size_min
        if active_quoters is not UNSET:
            field_dict["active_quoters"] = active_quoters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        is_yes_only = d.pop("is_yes_only", UNSET)

        def _parse_size_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_max = _parse_size_max(d.pop("size_max", UNSET))

        def _parse_size_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_min = _parse_size_min(d.pop("size_min", UNSET))

        _active_quoters = d.pop("active_quoters", UNSET)
        active_quoters = cast(list[str], [] if _active_quoters is None else _active_quoters)

        associated_event = cls(
            ticker=ticker,
            is_yes_only=is_yes_only,
            size_max=size_max,
            size_min=size_min,
            active_quoters=active_quoters,
        )

        associated_event.additional_properties = d
        return associated_event

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
