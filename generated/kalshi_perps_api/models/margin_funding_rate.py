from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="MarginFundingRate")


@_attrs_define
class MarginFundingRate:
    """
    Attributes:
        market_ticker (str | Unset): Ticker of the margin market
        funding_time (datetime.datetime | Unset): Timestamp when the funding rate was applied
        funding_rate (float | Unset): Funding rate for this period
        mark_price (Decimal | Unset): Mark price at the time of funding Example: 0.5600.
    """

    market_ticker: str | Unset = UNSET
    funding_time: datetime.datetime | Unset = UNSET
    funding_rate: float | Unset = UNSET
    mark_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        funding_time: str | Unset = UNSET
        if not isinstance(self.funding_time, Unset):
            funding_time = self.funding_time.isoformat()

        funding_rate = self.funding_rate

        mark_price = decimal_to_json(self.mark_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if funding_time is not UNSET:
            field_dict["funding_time"] = funding_time
        if funding_rate is not UNSET:
            field_dict["funding_rate"] = funding_rate
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        _funding_time = d.pop("funding_time", UNSET)
        funding_time: datetime.datetime | Unset
        if isinstance(_funding_time, Unset):
            funding_time = UNSET
        else:
            funding_time = datetime.datetime.fromisoformat(_funding_time)

        funding_rate = d.pop("funding_rate", UNSET)

        mark_price = d.pop("mark_price", UNSET)

        margin_funding_rate = cls(
            market_ticker=market_ticker,
            funding_time=funding_time,
            funding_rate=funding_rate,
            mark_price=mark_price,
        )

        margin_funding_rate.additional_properties = d
        return margin_funding_rate

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
