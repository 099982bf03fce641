from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginMarketSchedule")


@_attrs_define
class MarginMarketSchedule:
    """Current market trading schedule. Null for markets that trade 24/7.

    Attributes:
        is_open (bool | Unset): Whether the market is currently open for trading.
        next_close_ts (int | None | Unset): Unix timestamp in seconds for the next scheduled close. Null while closed.
        next_open_ts (int | None | Unset): Unix timestamp in seconds for the next scheduled open. Null while open.
    """

    is_open: bool | Unset = UNSET
    next_close_ts: int | None | Unset = UNSET
    next_open_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_open = self.is_open

        next_close_ts: int | None | Unset
        if isinstance(self.next_close_ts, Unset):
            next_close_ts = UNSET
        else:
            next_close_ts = self.next_close_ts

        next_open_ts: int | None | Unset
        if isinstance(self.next_open_ts, Unset):
            next_open_ts = UNSET
        else:
            next_open_ts = self.next_open_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_open is not UNSET:
            field_dict["is_open"] = is_open
        if next_close_ts is not UNSET:
            field_dict["next_close_ts"] = next_close_ts
        if next_open_ts is not UNSET:
            field_dict["next_open_ts"] = next_open_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_open = d.pop("is_open", UNSET)

        def _parse_next_close_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_close_ts = _parse_next_close_ts(d.pop("next_close_ts", UNSET))

        def _parse_next_open_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_open_ts = _parse_next_open_ts(d.pop("next_open_ts", UNSET))

        margin_market_schedule = cls(
            is_open=is_open,
            next_close_ts=next_close_ts,
            next_open_ts=next_open_ts,
        )

        margin_market_schedule.additional_properties = d
        return margin_market_schedule

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
