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

T = TypeVar("T", bound="PriceDistribution")


@_attrs_define
class PriceDistribution:
    """
    Attributes:
        open_dollars (Decimal | None | Unset): First traded YES contract price on the market during the candlestick
            period (in dollars). May be null if there was no trade during the period. Example: 0.5600.
        low_dollars (Decimal | None | Unset): Lowest traded YES contract price on the market during the candlestick
            period (in dollars). May be null if there was no trade during the period. Example: 0.5600.
        high_dollars (Decimal | None | Unset): Highest traded YES contract price on the market during the candlestick
            period (in dollars). May be null if there was no trade during the period. Example: 0.5600.
        close_dollars (Decimal | None | Unset): Last traded YES contract price on the market during the candlestick
            period (in dollars). May be null if there was no trade during the period. Example: 0.5600.
        mean_dollars (Decimal | None | Unset): Mean traded YES contract price on the market during the candlestick
            period (in dollars). May be null if there was no trade during the period. Example: 0.5600.
        previous_dollars (Decimal | None | Unset): Last traded YES contract price on the market before the candlestick
            period (in dollars). May be null if there were no trades before the period. Example: 0.5600.
        min_dollars (Decimal | None | Unset): Minimum close price of any market during the candlestick period (in
            dollars). Example: 0.5600.
        max_dollars (Decimal | None | Unset): Maximum close price of any market during the candlestick period (in
            dollars). Example: 0.5600.
    """

    open_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    low_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    high_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    close_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    mean_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    previous_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    min_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    max_dollars: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_dollars = decimal_to_json(self.open_dollars)

        low_dollars = decimal_to_json(self.low_dollars)

        high_dollars = decimal_to_json(self.high_dollars)

        close_dollars = decimal_to_json(self.close_dollars)

        mean_dollars = decimal_to_json(self.mean_dollars)

        previous_dollars = decimal_to_json(self.previous_dollars)

        min_dollars = decimal_to_json(self.min_dollars)

        max_dollars = decimal_to_json(self.max_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_dollars is not UNSET:
            field_dict["open_dollars"] = open_dollars
        if low_dollars is not UNSET:
            field_dict["low_dollars"] = low_dollars
        if high_dollars is not UNSET:
            field_dict["high_dollars"] = high_dollars
        if close_dollars is not UNSET:
            field_dict["close_dollars"] = close_dollars
        if mean_dollars is not UNSET:
            field_dict["mean_dollars"] = mean_dollars
        if previous_dollars is not UNSET:
            field_dict["previous_dollars"] = previous_dollars
        if min_dollars is not UNSET:
            field_dict["min_dollars"] = min_dollars
        if max_dollars is not UNSET:
            field_dict["max_dollars"] = max_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_open_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_dollars = _parse_open_dollars(d.pop("open_dollars", UNSET))

        def _parse_low_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        low_dollars = _parse_low_dollars(d.pop("low_dollars", UNSET))

        def _parse_high_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        high_dollars = _parse_high_dollars(d.pop("high_dollars", UNSET))

        def _parse_close_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close_dollars = _parse_close_dollars(d.pop("close_dollars", UNSET))

        def _parse_mean_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mean_dollars = _parse_mean_dollars(d.pop("mean_dollars", UNSET))

        def _parse_previous_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_dollars = _parse_previous_dollars(d.pop("previous_dollars", UNSET))

        def _parse_min_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_dollars = _parse_min_dollars(d.pop("min_dollars", UNSET))

        def _parse_max_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_dollars = _parse_max_dollars(d.pop("max_dollars", UNSET))

        price_distribution = cls(
            open_dollars=open_dollars,
            low_dollars=low_dollars,
            high_dollars=high_dollars,
            close_dollars=close_dollars,
            mean_dollars=mean_dollars,
            previous_dollars=previous_dollars,
            min_dollars=min_dollars,
            max_dollars=max_dollars,
        )

        price_distribution.additional_properties = d
        return price_distribution

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
