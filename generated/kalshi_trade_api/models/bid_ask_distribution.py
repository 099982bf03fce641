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

T = TypeVar("T", bound="BidAskDistribution")


@_attrs_define
class BidAskDistribution:
    """
    Attributes:
        open_dollars (Decimal | Unset): Offer price on the market at the start of the candlestick period (in dollars).
            Example: 0.5600.
        low_dollars (Decimal | Unset): Lowest offer price on the market during the candlestick period (in dollars).
            Example: 0.5600.
        high_dollars (Decimal | Unset): Highest offer price on the market during the candlestick period (in dollars).
            Example: 0.5600.
        close_dollars (Decimal | Unset): Offer price on the market at the end of the candlestick period (in dollars).
            Example: 0.5600.
    """

    open_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    low_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    high_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    close_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_dollars = decimal_to_json(self.open_dollars)

        low_dollars = decimal_to_json(self.low_dollars)

        high_dollars = decimal_to_json(self.high_dollars)

        close_dollars = decimal_to_json(self.close_dollars)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        open_dollars = d.pop("open_dollars", UNSET)

        low_dollars = d.pop("low_dollars", UNSET)

        high_dollars = d.pop("high_dollars", UNSET)

        close_dollars = d.pop("close_dollars", UNSET)

        bid_ask_distribution = cls(
            open_dollars=open_dollars,
            low_dollars=low_dollars,
            high_dollars=high_dollars,
            close_dollars=close_dollars,
        )

        bid_ask_distribution.additional_properties = d
        return bid_ask_distribution

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
