from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_quote_accepted_payload_msg_accepted_side import BatchQuoteAcceptedPayloadMsgAcceptedSide
from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.batch_quote_accepted_payload_msg_quotes_item import BatchQuoteAcceptedPayloadMsgQuotesItem


T = TypeVar("T", bound="BatchQuoteAcceptedPayloadMsg")


@_attrs_define
class BatchQuoteAcceptedPayloadMsg:
    """
    Attributes:
        batch_quote_id (str | Unset): Identifier of your batch quote. Confirm the children you won with it.
        rfq_batch_id (str | Unset): Identifier of the RFQ batch
        quote_creator_id (str | Unset): Your public communications ID as the batch quote creator
        rfq_creator_id (str | Unset): Public communications ID of the RFQ batch creator, obscured as in quote_accepted
        accepted_side (BatchQuoteAcceptedPayloadMsgAcceptedSide | Unset): Which side the RFQ batch creator accepted on
            every child (yes/no)
        accepted_ts (datetime.datetime | Unset): Timestamp when the RFQ batch was accepted
        quotes (list[BatchQuoteAcceptedPayloadMsgQuotesItem] | Unset): Only the children you won, each with your
            accepted quote. Other children went to other makers.
        subaccount (int | Unset): Optional - Present only when your batch quote used a subaccount.
            Contains your own subaccount number; the counterparty's subaccount is never shared.
    """

    batch_quote_id: str | Unset = UNSET
    rfq_batch_id: str | Unset = UNSET
    quote_creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    accepted_side: BatchQuoteAcceptedPayloadMsgAcceptedSide | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    quotes: list[BatchQuoteAcceptedPayloadMsgQuotesItem] | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_quote_id = self.batch_quote_id

        rfq_batch_id = self.rfq_batch_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = self.accepted_side.value

        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()

        quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = []
            for quotes_item_data in self.quotes:
                quotes_item = quotes_item_data.to_dict()
                quotes.append(quotes_item)

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_quote_id is not UNSET:
            field_dict["batch_quote_id"] = batch_quote_id
        if rfq_batch_id is not UNSET:
            field_dict["rfq_batch_id"] = rfq_batch_id
        if quote_creator_id is not UNSET:
            field_dict["quote_creator_id"] = quote_creator_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_quote_accepted_payload_msg_quotes_item import BatchQuoteAcceptedPayloadMsgQuotesItem  # noqa: PLC0415

        d = dict(src_dict)
        batch_quote_id = d.pop("batch_quote_id", UNSET)

        rfq_batch_id = d.pop("rfq_batch_id", UNSET)

        quote_creator_id = d.pop("quote_creator_id", UNSET)

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)

        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: BatchQuoteAcceptedPayloadMsgAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = BatchQuoteAcceptedPayloadMsgAcceptedSide(_accepted_side)

        _accepted_ts = d.pop("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

        _quotes = d.pop("quotes", UNSET)
        quotes: list[BatchQuoteAcceptedPayloadMsgQuotesItem] | Unset = UNSET
        if _quotes is not UNSET:
            quotes = LazyList(
                _quotes or [], BatchQuoteAcceptedPayloadMsgQuotesItem, BatchQuoteAcceptedPayloadMsgQuotesItem.from_dict
            )

        subaccount = d.pop("subaccount", UNSET)

        batch_quote_accepted_payload_msg = cls(
            batch_quote_id=batch_quote_id,
            rfq_batch_id=rfq_batch_id,
            quote_creator_id=quote_creator_id,
            rfq_creator_id=rfq_creator_id,
            accepted_side=accepted_side,
            accepted_ts=accepted_ts,
            quotes=quotes,
            subaccount=subaccount,
        )

        batch_quote_accepted_payload_msg.additional_properties = d
        return batch_quote_accepted_payload_msg

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
