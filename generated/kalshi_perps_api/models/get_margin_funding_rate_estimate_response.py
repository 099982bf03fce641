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

T = TypeVar("T", bound="GetMarginFundingRateEstimateResponse")


@_attrs_define
class GetMarginFundingRateEstimateResponse:
    """
    Attributes:
        market_ticker (str | Unset): Ticker of the margin market
        computed_time (datetime.datetime | Unset): Timestamp when this estimate was computed
        funding_rate (float | Unset): Estimated funding rate for the in-progress period
        mark_price (Decimal | Unset): Mark price at the time the estimate was computed Example: 0.5600.
        next_funding_time (datetime.datetime | Unset): Timestamp of the next scheduled funding event
        premium_index (str | Unset): Premium index of the final bar evaluated by this funding estimate, as a signed
            decimal fraction before time weighting. Captured with the estimate from the same calculation inputs. Omitted
            when that bar has no available premium.
        premium_index_ts (datetime.datetime | Unset): Timestamp of the last second of the final bar evaluated by the
            funding estimate. Can precede computed_time when input feeds are delayed.
    """

    market_ticker: str | Unset = UNSET
    computed_time: datetime.datetime | Unset = UNSET
    funding_rate: float | Unset = UNSET
    mark_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    next_funding_time: datetime.datetime | Unset = UNSET
    premium_index: str | Unset = UNSET
    premium_index_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        computed_time: str | Unset = UNSET
        if not isinstance(self.computed_time, Unset):
            computed_time = self.computed_time.isoformat()

        funding_rate = self.funding_rate

        mark_price = decimal_to_json(self.mark_price)

        next_funding_time: str | Unset = UNSET
        if not isinstance(self.next_funding_time, Unset):
            next_funding_time = self.next_funding_time.isoformat()

        premium_index = self.premium_index

        premium_index_ts: str | Unset = UNSET
        if not isinstance(self.premium_index_ts, Unset):
            premium_index_ts = self.premium_index_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if computed_time is not UNSET:
            field_dict["computed_time"] = computed_time
        if funding_rate is not UNSET:
            field_dict["funding_rate"] = funding_rate
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if next_funding_time is not UNSET:
            field_dict["next_funding_time"] = next_funding_time
        if premium_index is not UNSET:
            field_dict["premium_index"] = premium_index
        if premium_index_ts is not UNSET:
            field_dict["premium_index_ts"] = premium_index_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        _computed_time = d.pop("computed_time", UNSET)
        computed_time: datetime.datetime | Unset
        if isinstance(_computed_time, Unset):
            computed_time = UNSET
        else:
            computed_time = datetime.datetime.fromisoformat(_computed_time)

        funding_rate = d.pop("funding_rate", UNSET)

        mark_price = d.pop("mark_price", UNSET)

        _next_funding_time = d.pop("next_funding_time", UNSET)
        next_funding_time: datetime.datetime | Unset
        if isinstance(_next_funding_time, Unset):
            next_funding_time = UNSET
        else:
            next_funding_time = datetime.datetime.fromisoformat(_next_funding_time)

        premium_index = d.pop("premium_index", UNSET)

        _premium_index_ts = d.pop("premium_index_ts", UNSET)
        premium_index_ts: datetime.datetime | Unset
        if isinstance(_premium_index_ts, Unset):
            premium_index_ts = UNSET
        else:
            premium_index_ts = datetime.datetime.fromisoformat(_premium_index_ts)

        get_margin_funding_rate_estimate_response = cls(
            market_ticker=market_ticker,
            computed_time=computed_time,
            funding_rate=funding_rate,
            mark_price=mark_price,
            next_funding_time=next_funding_time,
            premium_index=premium_index,
            premium_index_ts=premium_index_ts,
        )

        get_margin_funding_rate_estimate_response.additional_properties = d
        return get_margin_funding_rate_estimate_response

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
