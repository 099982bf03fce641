from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_lifecycle_payload_msg_collateral_return_type import EventLifecyclePayloadMsgCollateralReturnType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="EventLifecyclePayloadMsg")


@_attrs_define
class EventLifecyclePayloadMsg:
    """
    Attributes:
        event_ticker (str | Unset): Unique identifier for the event being created
        exchange_index (int | Unset): Identifier for the exchange shard the event's markets live on
        title (str | Unset): Title of event
        subtitle (str | Unset): Subtitle of event
        collateral_return_type (EventLifecyclePayloadMsgCollateralReturnType | Unset): Collateral return type, MECNET or
            DIRECNET of the event. Empty if there is no collateral return scheme for the event
        series_ticker (str | Unset): Series ticker for the event
        strike_date (int | Unset): Optional - Unix timestamp to indicate the strike date of the event if there is one
        strike_period (str | Unset): Optional - String to indicate the strike period of the event if there is one
    """

    event_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType | Unset = UNSET
    series_ticker: str | Unset = UNSET
    strike_date: int | Unset = UNSET
    strike_period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        exchange_index = self.exchange_index

        title = self.title

        subtitle = self.subtitle

        collateral_return_type: str | Unset = UNSET
        if not isinstance(self.collateral_return_type, Unset):
            collateral_return_type = self.collateral_return_type.value

        series_ticker = self.series_ticker

        strike_date = self.strike_date

        strike_period = self.strike_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if collateral_return_type is not UNSET:
            field_dict["collateral_return_type"] = collateral_return_type
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        title = d.pop("title", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        _collateral_return_type = d.pop("collateral_return_type", UNSET)
        collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType | Unset
        if isinstance(_collateral_return_type, Unset):
            collateral_return_type = UNSET
        else:
            collateral_return_type = EventLifecyclePayloadMsgCollateralReturnType(_collateral_return_type)

        series_ticker = d.pop("series_ticker", UNSET)

        strike_date = d.pop("strike_date", UNSET)

        strike_period = d.pop("strike_period", UNSET)

        event_lifecycle_payload_msg = cls(
            event_ticker=event_ticker,
            exchange_index=exchange_index,
            title=title,
            subtitle=subtitle,
            collateral_return_type=collateral_return_type,
            series_ticker=series_ticker,
            strike_date=strike_date,
            strike_period=strike_period,
        )

        event_lifecycle_payload_msg.additional_properties = d
        return event_lifecycle_payload_msg

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
