from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_batch_quote_accepted_side import RFQBatchQuoteAcceptedSide
from ..models.rfq_batch_quote_status import RFQBatchQuoteStatus
from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.quote import Quote


T = TypeVar("T", bound="RFQBatchQuote")


@_attrs_define
class RFQBatchQuote:
    """One maker's quote on an RFQ batch. Once the batch is accepted, quotes lists only the children this maker won.

    Attributes:
        id (str | Unset): UUID of the batch quote. Preserve the exact returned string.
        rfq_batch_id (str | Unset): UUID of the RFQ batch this batch quote prices
        creator_id (str | Unset): Public communications ID of the batch quote creator
        rfq_creator_id (str | Unset): Public communications ID of the RFQ batch creator, obscured like
            Quote.rfq_creator_id
        status (RFQBatchQuoteStatus | Unset): Status of a batch quote. A partially_executed batch quote executed some
            children and failed others, which happens only in the rare case that filling one child of the batch cancelled a
            maker order another child needed.
        created_ts (datetime.datetime | Unset): Timestamp when the batch quote was created
        updated_ts (datetime.datetime | Unset): Timestamp when the batch quote was last updated
        accepted_side (RFQBatchQuoteAcceptedSide | Unset): The side that was accepted on this maker's children (yes or
            no)
        accepted_ts (datetime.datetime | Unset): Timestamp when the batch quote was accepted
        confirmed_ts (datetime.datetime | Unset): Timestamp when the batch quote was confirmed
        quotes (list[Quote] | Unset): One quote per child RFQ, or once accepted one per child this maker won; match them
            to children by rfq_id. Each accepted child quote executes as its own trade.
        rest_remainder (bool | Unset): Whether to rest the remainder of each child quote after execution (visible to the
            batch quote creator)
        post_only (bool | Unset): Whether the batch quote creator's orders are post-only (visible to the batch quote
            creator)
        creator_user_id (str | Unset): User ID of the batch quote creator (private field)
        creator_subaccount (int | Unset): Subaccount number of the batch quote creator (visible to the batch quote
            creator)
        rfq_creator_user_id (str | Unset): User ID of the RFQ batch creator (private field)
        rfq_creator_subaccount (int | Unset): Subaccount number of the RFQ batch creator (visible to the RFQ batch
            creator)
    """

    id: str | Unset = UNSET
    rfq_batch_id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    status: RFQBatchQuoteStatus | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    accepted_side: RFQBatchQuoteAcceptedSide | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    quotes: list[Quote] | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    post_only: bool | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    rfq_creator_user_id: str | Unset = UNSET
    rfq_creator_subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rfq_batch_id = self.rfq_batch_id

        creator_id = self.creator_id

        rfq_creator_id = self.rfq_creator_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = self.accepted_side.value

        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()

        confirmed_ts: str | Unset = UNSET
        if not isinstance(self.confirmed_ts, Unset):
            confirmed_ts = self.confirmed_ts.isoformat()

        quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = []
            for quotes_item_data in self.quotes:
                quotes_item = quotes_item_data.to_dict()
                quotes.append(quotes_item)

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        creator_user_id = self.creator_user_id

        creator_subaccount = self.creator_subaccount

        rfq_creator_user_id = self.rfq_creator_user_id

        rfq_creator_subaccount = self.rfq_creator_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rfq_batch_id is not UNSET:
            field_dict["rfq_batch_id"] = rfq_batch_id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        if confirmed_ts is not UNSET:
            field_dict["confirmed_ts"] = confirmed_ts
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if rfq_creator_user_id is not UNSET:
            field_dict["rfq_creator_user_id"] = rfq_creator_user_id
        if rfq_creator_subaccount is not UNSET:
            field_dict["rfq_creator_subaccount"] = rfq_creator_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote import Quote  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        rfq_batch_id = d.pop("rfq_batch_id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)

        _status = d.pop("status", UNSET)
        status: RFQBatchQuoteStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RFQBatchQuoteStatus(_status)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: RFQBatchQuoteAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = RFQBatchQuoteAcceptedSide(_accepted_side)

        _accepted_ts = d.pop("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

        _confirmed_ts = d.pop("confirmed_ts", UNSET)
        confirmed_ts: datetime.datetime | Unset
        if isinstance(_confirmed_ts, Unset):
            confirmed_ts = UNSET
        else:
            confirmed_ts = datetime.datetime.fromisoformat(_confirmed_ts)

        _quotes = d.pop("quotes", UNSET)
        quotes: list[Quote] | Unset = UNSET
        if _quotes is not UNSET:
            quotes = LazyList(_quotes or [], Quote, Quote.from_dict)

        rest_remainder = d.pop("rest_remainder", UNSET)

        post_only = d.pop("post_only", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        creator_subaccount = d.pop("creator_subaccount", UNSET)

        rfq_creator_user_id = d.pop("rfq_creator_user_id", UNSET)

        rfq_creator_subaccount = d.pop("rfq_creator_subaccount", UNSET)

        rfq_batch_quote = cls(
            id=id,
            rfq_batch_id=rfq_batch_id,
            creator_id=creator_id,
            rfq_creator_id=rfq_creator_id,
            status=status,
            created_ts=created_ts,
            updated_ts=updated_ts,
            accepted_side=accepted_side,
            accepted_ts=accepted_ts,
            confirmed_ts=confirmed_ts,
            quotes=quotes,
            rest_remainder=rest_remainder,
            post_only=post_only,
            creator_user_id=creator_user_id,
            creator_subaccount=creator_subaccount,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subaccount=rfq_creator_subaccount,
        )

        rfq_batch_quote.additional_properties = d
        return rfq_batch_quote

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
