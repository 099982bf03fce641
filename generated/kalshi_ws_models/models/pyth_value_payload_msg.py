from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="PythValuePayloadMsg")


@_attrs_define
class PythValuePayloadMsg:
    """
    Attributes:
        underlying_ticker (str | Unset): Qualified Pyth underlying ticker
        value_usd (str | Unset): Value formatted to 8 decimal places in the underlying's quoted units. For Treasury
            yields (InterestRate.US2Y, InterestRate.US5Y, InterestRate.US10Y, InterestRate.US30Y), this is percent:
            "4.25000000" means 4.25%. The field name is retained for compatibility.
        source_ts_ms (int | Unset): Pyth source timestamp (unix ms)
        received_at (int | Unset): When Kalshi received the Pyth update (unix ms)
    """

    underlying_ticker: str | Unset = UNSET
    value_usd: str | Unset = UNSET
    source_ts_ms: int | Unset = UNSET
    received_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying_ticker = self.underlying_ticker

        value_usd = self.value_usd

        source_ts_ms = self.source_ts_ms

        received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if underlying_ticker is not UNSET:
            field_dict["underlying_ticker"] = underlying_ticker
        if value_usd is not UNSET:
            field_dict["value_usd"] = value_usd
        if source_ts_ms is not UNSET:
            field_dict["source_ts_ms"] = source_ts_ms
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        underlying_ticker = d.pop("underlying_ticker", UNSET)

        value_usd = d.pop("value_usd", UNSET)

        source_ts_ms = d.pop("source_ts_ms", UNSET)

        received_at = d.pop("received_at", UNSET)

        pyth_value_payload_msg = cls(
            underlying_ticker=underlying_ticker,
            value_usd=value_usd,
            source_ts_ms=source_ts_ms,
            received_at=received_at,
        )

        pyth_value_payload_msg.additional_properties = d
        return pyth_value_payload_msg

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
