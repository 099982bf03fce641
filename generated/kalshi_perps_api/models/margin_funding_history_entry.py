from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="MarginFundingHistoryEntry")


@_attrs_define
class MarginFundingHistoryEntry:
    """
    Attributes:
        market_ticker (str | Unset): Ticker of the margin market
        funding_time (datetime.datetime | Unset): Timestamp when the funding payment was applied
        funding_rate (float | Unset): Funding rate for this period
        mark_price (Decimal | Unset): Mark price at the time of funding Example: 0.5600.
        funding_amount (Decimal | Unset): Dollar amount of the funding payment (positive = received, negative = paid)
            Example: 0.5600.
        quantity (Decimal | Unset): Position size at time of funding as a fixed-point count string Example: 10.00.
        subaccount_number (int | None | Unset): Subaccount number (0 for primary)
    """

    market_ticker: str | Unset = UNSET
    funding_time: datetime.datetime | Unset = UNSET
    funding_rate: float | Unset = UNSET
    mark_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    funding_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    quantity: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    subaccount_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        funding_time: str | Unset = UNSET
        if not isinstance(self.funding_time, Unset):
            funding_time = self.funding_time.isoformat()

        funding_rate = self.funding_rate

        mark_price = decimal_to_json(self.mark_price)

        funding_amount = decimal_to_json(self.funding_amount)

        quantity = decimal_to_json(self.quantity)

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

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
        if funding_amount is not UNSET:
            field_dict["funding_amount"] = funding_amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number

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

        funding_amount = d.pop("funding_amount", UNSET)

        quantity = d.pop("quantity", UNSET)

        def _parse_subaccount_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number", UNSET))

        margin_funding_history_entry = cls(
            market_ticker=market_ticker,
            funding_time=funding_time,
            funding_rate=funding_rate,
            mark_price=mark_price,
            funding_amount=funding_amount,
            quantity=quantity,
            subaccount_number=subaccount_number,
        )

        margin_funding_history_entry.additional_properties = d
        return margin_funding_history_entry

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
