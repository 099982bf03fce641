from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_none_or_unset,
)

T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define
class PriceDistributionHistorical:
    """
    Attributes:
        open_ (Decimal | None | Unset): Price of the first trade during the candlestick period (in dollars). Null if no
            trades occurred. Example: 0.5600.
        low (Decimal | None | Unset): Lowest trade price during the candlestick period (in dollars). Null if no trades
            occurred. Example: 0.5600.
        high (Decimal | None | Unset): Highest trade price during the candlestick period (in dollars). Null if no trades
            occurred. Example: 0.5600.
        close (Decimal | None | Unset): Price of the last trade during the candlestick period (in dollars). Null if no
            trades occurred. Example: 0.5600.
        mean (Decimal | None | Unset): Volume-weighted average price during the candlestick period (in dollars). Null if
            no trades occurred. Example: 0.5600.
        previous (Decimal | None | Unset): Close price from the previous candlestick period (in dollars). Null if this
            is the first candlestick or no prior trade exists. Example: 0.5600.
    """

    open_: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    low: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    high: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    close: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    mean: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    previous: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = decimal_to_json(self.open_)

        low = decimal_to_json(self.low)

        high = decimal_to_json(self.high)

        close = decimal_to_json(self.close)

        mean = decimal_to_json(self.mean)

        previous = decimal_to_json(self.previous)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if low is not UNSET:
            field_dict["low"] = low
        if high is not UNSET:
            field_dict["high"] = high
        if close is not UNSET:
            field_dict["close"] = close
        if mean is not UNSET:
            field_dict["mean"] = mean
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_open_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_ = _parse_open_(d.pop("open", UNSET))

        def _parse_low(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        low = _parse_low(d.pop("low", UNSET))

        def _parse_high(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        high = _parse_high(d.pop("high", UNSET))

        def _parse_close(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close = _parse_close(d.pop("close", UNSET))

        def _parse_mean(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mean = _parse_mean(d.pop("mean", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        price_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
            mean=mean,
            previous=previous,
        )

        price_distribution_historical.additional_properties = d
        return price_distribution_historical

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
