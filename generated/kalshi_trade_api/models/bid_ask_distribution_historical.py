from __future__ import annotations

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

T = TypeVar("T", bound="BidAskDistributionHistorical")


@_attrs_define
class BidAskDistributionHistorical:
    """
    Attributes:
        open_ (Decimal | Unset): Offer price on the market at the start of the candlestick period (in dollars). Example:
            0.5600.
        low (Decimal | Unset): Lowest offer price on the market during the candlestick period (in dollars). Example:
            0.5600.
        high (Decimal | Unset): Highest offer price on the market during the candlestick period (in dollars). Example:
            0.5600.
        close (Decimal | Unset): Offer price on the market at the end of the candlestick period (in dollars). Example:
            0.5600.
    """

    open_: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    low: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    high: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    close: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = decimal_to_json(self.open_)

        low = decimal_to_json(self.low)

        high = decimal_to_json(self.high)

        close = decimal_to_json(self.close)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)

        low = d.pop("low", UNSET)

        high = d.pop("high", UNSET)

        close = d.pop("close", UNSET)

        bid_ask_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
        )

        bid_ask_distribution_historical.additional_properties = d
        return bid_ask_distribution_historical

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
