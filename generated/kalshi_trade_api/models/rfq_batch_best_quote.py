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

T = TypeVar("T", bound="RFQBatchBestQuote")


@_attrs_define
class RFQBatchBestQuote:
    """
    Attributes:
        rfq_id (str | Unset): UUID of the child RFQ
        market_ticker (str | Unset): The child's combo market
        yes_bid_dollars (Decimal | Unset): Best YES bid across makers, in dollars; absent when no maker bids YES
            Example: 0.5600.
        no_bid_dollars (Decimal | Unset): Best NO bid across makers, in dollars; absent when no maker bids NO Example:
            0.5600.
        yes_contracts_offered_fp (Decimal | Unset): Contracts the best YES bid offers Example: 10.00.
        no_contracts_offered_fp (Decimal | Unset): Contracts the best NO bid offers Example: 10.00.
    """

    rfq_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    yes_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_contracts_offered_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_contracts_offered_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        market_ticker = self.market_ticker

        yes_bid_dollars = decimal_to_json(self.yes_bid_dollars)

        no_bid_dollars = decimal_to_json(self.no_bid_dollars)

        yes_contracts_offered_fp = decimal_to_json(self.yes_contracts_offered_fp)

        no_contracts_offered_fp = decimal_to_json(self.no_contracts_offered_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfq_id is not UNSET:
            field_dict["rfq_id"] = rfq_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if yes_contracts_offered_fp is not UNSET:
            field_dict["yes_contracts_offered_fp"] = yes_contracts_offered_fp
        if no_contracts_offered_fp is not UNSET:
            field_dict["no_contracts_offered_fp"] = no_contracts_offered_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfq_id = d.pop("rfq_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)

        no_bid_dollars = d.pop("no_bid_dollars", UNSET)

        yes_contracts_offered_fp = d.pop("yes_contracts_offered_fp", UNSET)

        no_contracts_offered_fp = d.pop("no_contracts_offered_fp", UNSET)

        rfq_batch_best_quote = cls(
            rfq_id=rfq_id,
            market_ticker=market_ticker,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            yes_contracts_offered_fp=yes_contracts_offered_fp,
            no_contracts_offered_fp=no_contracts_offered_fp,
        )

        rfq_batch_best_quote.additional_properties = d
        return rfq_batch_best_quote

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
