from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="QuoteExecutedPayloadMsg")


@_attrs_define
class QuoteExecutedPayloadMsg:
    """
    Attributes:
        quote_id (str | Unset): Unique identifier for the quote that was executed
        rfq_id (str | Unset): Identifier of the RFQ this quote was for
        quote_creator_id (str | Unset): Anonymized identifier for the quote creator
        rfq_creator_id (str | Unset): Anonymized identifier for the RFQ creator
        order_id (str | Unset): Your order ID resulting from the quote execution. Use this to match with fill messages
        client_order_id (str | Unset): Your client order ID for the executed order. Use this to correlate with fill
            messages
        market_ticker (str | Unset): Market ticker for the executed quote
        executed_ts (datetime.datetime | Unset): Timestamp when the quote was executed and orders were placed
        subaccount (int | Unset): Optional - Present only when your side of this quote used a subaccount.
            Contains your own subaccount number; the counterparty's subaccount is never shared.
        rfq_batch_id (str | Unset): Identifier of the RFQ batch, when the quote was accepted as part of a batch quote.
            Omitted otherwise.
    """

    quote_id: str | Unset = UNSET
    rfq_id: str | Unset = UNSET
    quote_creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    subaccount: int | Unset = UNSET
    rfq_batch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        rfq_id = self.rfq_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        order_id = self.order_id

        client_order_id = self.client_order_id

        market_ticker = self.market_ticker

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        subaccount = self.subaccount

        rfq_batch_id = self.rfq_batch_id

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
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if rfq_batch_id is not UNSET:
            field_dict["rfq_batch_id"] = rfq_batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_id = d.pop("quote_id", UNSET)

        rfq_id = d.pop("rfq_id", UNSET)

        quote_creator_id = d.pop("quote_creator_id", UNSET)

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)

        order_id = d.pop("order_id", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        subaccount = d.pop("subaccount", UNSET)

        rfq_batch_id = d.pop("rfq_batch_id", UNSET)

        quote_executed_payload_msg = cls(
            quote_id=quote_id,
            rfq_id=rfq_id,
            quote_creator_id=quote_creator_id,
            rfq_creator_id=rfq_creator_id,
            order_id=order_id,
            client_order_id=client_order_id,
            market_ticker=market_ticker,
            executed_ts=executed_ts,
            subaccount=subaccount,
            rfq_batch_id=rfq_batch_id,
        )

        quote_executed_payload_msg.additional_properties = d
        return quote_executed_payload_msg

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
