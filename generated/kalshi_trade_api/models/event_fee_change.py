from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="EventFeeChange")


@_attrs_define
class EventFeeChange:
    """
    Attributes:
        id (str | Unset): Unique identifier for this fee change
        event_ticker (str | Unset): Event ticker this fee change applies to
        series_ticker (str | Unset): Series ticker for the event
        fee_type_override (FeeType | None | Unset): New fee type override for the event. When null, the event clears any
            prior override and falls back to the parent series' fee structure. Example: quadratic.
        fee_multiplier_override (float | None | Unset): New fee multiplier override for the event. When null, the event
            clears any prior override and falls back to the parent series' fee multiplier.
        scheduled_ts (datetime.datetime | Unset): Timestamp when this fee change is scheduled to take effect
    """

    id: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    fee_type_override: FeeType | None | Unset = UNSET
    fee_multiplier_override: float | None | Unset = UNSET
    scheduled_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_ticker = self.event_ticker

        series_ticker = self.series_ticker

        fee_type_override: None | str | Unset
        if isinstance(self.fee_type_override, Unset):
            fee_type_override = UNSET
        elif isinstance(self.fee_type_override, FeeType):
            fee_type_override = self.fee_type_override.value
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None | Unset
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        scheduled_ts: str | Unset = UNSET
        if not isinstance(self.scheduled_ts, Unset):
            scheduled_ts = self.scheduled_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override
        if scheduled_ts is not UNSET:
            field_dict["scheduled_ts"] = scheduled_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        event_ticker = d.pop("event_ticker", UNSET)

        series_ticker = d.pop("series_ticker", UNSET)

        def _parse_fee_type_override(data: object) -> FeeType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_override_type_1 = FeeType(data)

                return fee_type_override_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeeType | None | Unset, data)

        fee_type_override = _parse_fee_type_override(d.pop("fee_type_override", UNSET))

        def _parse_fee_multiplier_override(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fee_multiplier_override = _parse_fee_multiplier_override(d.pop("fee_multiplier_override", UNSET))

        _scheduled_ts = d.pop("scheduled_ts", UNSET)
        scheduled_ts: datetime.datetime | Unset
        if isinstance(_scheduled_ts, Unset):
            scheduled_ts = UNSET
        else:
            scheduled_ts = datetime.datetime.fromisoformat(_scheduled_ts)

        event_fee_change = cls(
            id=id,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            fee_type_override=fee_type_override,
            fee_multiplier_override=fee_multiplier_override,
            scheduled_ts=scheduled_ts,
        )

        event_fee_change.additional_properties = d
        return event_fee_change

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
