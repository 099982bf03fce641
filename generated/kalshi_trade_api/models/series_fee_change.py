from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define
class SeriesFeeChange:
    """
    Attributes:
        id (str | Unset): Unique identifier for this fee change
        series_ticker (str | Unset): Series ticker this fee change applies to
        fee_type (FeeType | Unset): Fee type for a series or scheduled fee override.
        fee_multiplier (float | Unset): New fee multiplier for the series
        scheduled_ts (datetime.datetime | Unset): Timestamp when this fee change is scheduled to take effect
    """

    id: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    fee_type: FeeType | Unset = UNSET
    fee_multiplier: float | Unset = UNSET
    scheduled_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        series_ticker = self.series_ticker

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = self.fee_type.value

        fee_multiplier = self.fee_multiplier

        scheduled_ts: str | Unset = UNSET
        if not isinstance(self.scheduled_ts, Unset):
            scheduled_ts = self.scheduled_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if fee_multiplier is not UNSET:
            field_dict["fee_multiplier"] = fee_multiplier
        if scheduled_ts is not UNSET:
            field_dict["scheduled_ts"] = scheduled_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        series_ticker = d.pop("series_ticker", UNSET)

        _fee_type = d.pop("fee_type", UNSET)
        fee_type: FeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = FeeType(_fee_type)

        fee_multiplier = d.pop("fee_multiplier", UNSET)

        _scheduled_ts = d.pop("scheduled_ts", UNSET)
        scheduled_ts: datetime.datetime | Unset
        if isinstance(_scheduled_ts, Unset):
            scheduled_ts = UNSET
        else:
            scheduled_ts = datetime.datetime.fromisoformat(_scheduled_ts)

        series_fee_change = cls(
            id=id,
            series_ticker=series_ticker,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            scheduled_ts=scheduled_ts,
        )

        series_fee_change.additional_properties = d
        return series_fee_change

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
