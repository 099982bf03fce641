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

T = TypeVar("T", bound="QuoteCreatedPayloadMsg")


@_attrs_define
class QuoteCreatedPayloadMsg:
    """
    Attributes:
        quote_id (str | Unset): Unique identifier for the quote
        rfq_id (str | Unset): Identifier of the RFQ this quote is for
        quote_creator_id (str | Unset): Public communications ID of the quote creator (anonymized)
        rfq_creator_id (str | Unset): Public communications ID of the RFQ creator (pseudonymous). When
            obscure_creator_id is enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator sees
            their normal ID.
        market_ticker (str | Unset): Market ticker for the quote
        event_ticker (str | Unset): Event ticker (optional)
        yes_bid_dollars (Decimal | Unset): Yes side bid price in dollars
        no_bid_dollars (Decimal | Unset): No side bid price in dollars
        yes_contracts_offered_fp (Decimal | Unset): Fixed-point yes contracts offered (2 decimals) (optional)
        no_contracts_offered_fp (Decimal | Unset): Fixed-point no contracts offered (2 decimals) (optional)
        rfq_target_cost_dollars (Decimal | Unset): Target cost from the RFQ in dollars (optional)
        created_ts (datetime.datetime | Unset): Timestamp when the quote was created
        subaccount (int | Unset): Optional - Present only when your side of this quote used a subaccount.
            Contains your own subaccount number; the counterparty's subaccount is never shared.
    """

    quote_id: str | Unset = UNSET
    rfq_id: str | Unset = UNSET
    quote_creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    yes_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_contracts_offered_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_contracts_offered_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    rfq_target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    created_ts: datetime.datetime | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        rfq_id = self.rfq_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        yes_bid_dollars = decimal_to_json(self.yes_bid_dollars)

        no_bid_dollars = decimal_to_json(self.no_bid_dollars)

        yes_contracts_offered_fp = decimal_to_json(self.yes_contracts_offered_fp)

        no_contracts_offered_fp = decimal_to_json(self.no_contracts_offered_fp)

        rfq_target_cost_dollars = decimal_to_json(self.rfq_target_cost_dollars)

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote_id is not UNSET:
            field_dict["quote_id"] = quote_id
        if rfq_id is not UNSET:
            field_dict["rfq_id"] = rfq_id
        if quote_creator_id is not UNSET:
            field_dict["quote_creator_id"] = quote_creator_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if yes_contracts_offered_fp is not UNSET:
            field_dict["yes_contracts_offered_fp"] = yes_contracts_offered_fp
        if no_contracts_offered_fp is not UNSET:
            field_dict["no_contracts_offered_fp"] = no_contracts_offered_fp
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_id = d.pop("quote_id", UNSET)

        rfq_id = d.pop("rfq_id", UNSET)

        quote_creator_id = d.pop("quote_creator_id", UNSET)

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        event_ticker = d.pop("event_ticker", UNSET)

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)

        no_bid_dollars = d.pop("no_bid_dollars", UNSET)

        yes_contracts_offered_fp = d.pop("yes_contracts_offered_fp", UNSET)

        no_contracts_offered_fp = d.pop("no_contracts_offered_fp", UNSET)

        rfq_target_cost_dollars = d.pop("rfq_target_cost_dollars", UNSET)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        subaccount = d.pop("subaccount", UNSET)

        quote_created_payload_msg = cls(
            quote_id=quote_id,
            rfq_id=rfq_id,
            quote_creator_id=quote_creator_id,
            rfq_creator_id=rfq_creator_id,
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            yes_contracts_offered_fp=yes_contracts_offered_fp,
            no_contracts_offered_fp=no_contracts_offered_fp,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
            created_ts=created_ts,
            subaccount=subaccount,
        )

        quote_created_payload_msg.additional_properties = d
        return quote_created_payload_msg

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
