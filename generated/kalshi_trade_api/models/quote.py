from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """
    Attributes:
        id (str | Unset): UUID of the quote. Preserve the exact returned string.
        rfq_id (str | Unset): UUID of the RFQ this quote is responding to.
        creator_id (str | Unset): Public communications ID of the quote creator
        rfq_creator_id (str | Unset): Public communications ID of the RFQ creator (pseudonymous). When
            obscure_creator_id is enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator sees
            their normal ID. After this quote executes successfully, its counterparty sees the normal public communications
            ID.
        market_ticker (str | Unset): The ticker of the market this quote is for
        contracts_fp (Decimal | Unset): String representation of the number of contracts in the quote Example: 10.00.
        yes_bid_dollars (Decimal | Unset): Bid price for YES contracts, in dollars Example: 0.5600.
        no_bid_dollars (Decimal | Unset): Bid price for NO contracts, in dollars Example: 0.5600.
        created_ts (datetime.datetime | Unset): Timestamp when the quote was created
        updated_ts (datetime.datetime | Unset): Timestamp when the quote was last updated
        status (QuoteStatus | Unset): Current status of the quote
        accepted_side (QuoteAcceptedSide | Unset): The side that was accepted (yes or no)
        accepted_ts (datetime.datetime | Unset): Timestamp when the quote was accepted
        confirmed_ts (datetime.datetime | Unset): Timestamp when the quote was confirmed
        executed_ts (datetime.datetime | Unset): Timestamp when the quote was executed
        cancelled_ts (datetime.datetime | Unset): Timestamp when the quote was cancelled
        rest_remainder (bool | Unset): Whether to rest the remainder of the quote after execution
        post_only (bool | Unset): Whether the quote creator's order is post-only (visible when the caller is the quote
            creator)
        cancellation_reason (str | Unset): Reason for quote cancellation if cancelled
        creator_user_id (str | Unset): User ID of the quote creator (private field)
        rfq_creator_user_id (str | Unset): User ID of the RFQ creator (private field)
        rfq_target_cost_dollars (Decimal | Unset): Total value requested in the RFQ in dollars Example: 0.5600.
        target_cost_excludes_fees (bool | Unset): True when the RFQ's target cost is principal-only and the contracts-
            offered sizes were computed without reserving taker fees (fees are charged on top of the target cost).
        rfq_creator_order_id (str | Unset): Order ID for the RFQ creator (private field)
        creator_order_id (str | Unset): Order ID for the quote creator (private field)
        creator_subaccount (int | Unset): Subaccount number of the quote creator (visible when the caller is the quote
            creator)
        rfq_creator_subaccount (int | Unset): Subaccount number of the RFQ creator (visible when the caller is the RFQ
            creator)
        yes_contracts_fp (Decimal | Unset): Number of YES contracts offered in the quote (fixed-point) Example: 10.00.
        no_contracts_fp (Decimal | Unset): Number of NO contracts offered in the quote (fixed-point) Example: 10.00.
    """

    id: str | Unset = UNSET
    rfq_id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    contracts_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    created_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    status: QuoteStatus | Unset = UNSET
    accepted_side: QuoteAcceptedSide | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    rfq_creator_user_id: str | Unset = UNSET
    rfq_target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    target_cost_excludes_fees: bool | Unset = UNSET
    rfq_creator_order_id: str | Unset = UNSET
    creator_order_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    rfq_creator_subaccount: int | Unset = UNSET
    yes_contracts_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_contracts_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rfq_id = self.rfq_id

        creator_id = self.creator_id

        rfq_creator_id = self.rfq_creator_id

        market_ticker = self.market_ticker

        contracts_fp = decimal_to_json(self.contracts_fp)

        yes_bid_dollars = decimal_to_json(self.yes_bid_dollars)

        no_bid_dollars = decimal_to_json(self.no_bid_dollars)

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = self.accepted_side.value

        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()

        confirmed_ts: str | Unset = UNSET
        if not isinstance(self.confirmed_ts, Unset):
            confirmed_ts = self.confirmed_ts.isoformat()

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        cancellation_reason = self.cancellation_reason

        creator_user_id = self.creator_user_id

        rfq_creator_user_id = self.rfq_creator_user_id

        rfq_target_cost_dollars = decimal_to_json(self.rfq_target_cost_dollars)

        target_cost_excludes_fees = self.target_cost_excludes_fees

        rfq_creator_order_id = self.rfq_creator_order_id

        creator_order_id = self.creator_order_id

        creator_subaccount = self.creator_subaccount

        rfq_creator_subaccount = self.rfq_creator_subaccount

        yes_contracts_fp = decimal_to_json(self.yes_contracts_fp)

        no_contracts_fp = decimal_to_json(self.no_contracts_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rfq_id is not UNSET:
            field_dict["rfq_id"] = rfq_id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if status is not UNSET:
            field_dict["status"] = status
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        if confirmed_ts is not UNSET:
            field_dict["confirmed_ts"] = confirmed_ts
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if rfq_creator_user_id is not UNSET:
            field_dict["rfq_creator_user_id"] = rfq_creator_user_id
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if rfq_creator_order_id is not UNSET:
            field_dict["rfq_creator_order_id"] = rfq_creator_order_id
        if creator_order_id is not UNSET:
            field_dict["creator_order_id"] = creator_order_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if rfq_creator_subaccount is not UNSET:
            field_dict["rfq_creator_subaccount"] = rfq_creator_subaccount
        if yes_contracts_fp is not UNSET:
            field_dict["yes_contracts_fp"] = yes_contracts_fp
        if no_contracts_fp is not UNSET:
            field_dict["no_contracts_fp"] = no_contracts_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        rfq_id = d.pop("rfq_id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        contracts_fp = d.pop("contracts_fp", UNSET)

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)

        no_bid_dollars = d.pop("no_bid_dollars", UNSET)

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

        _status = d.pop("status", UNSET)
        status: QuoteStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QuoteStatus(_status)

        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: QuoteAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = QuoteAcceptedSide(_accepted_side)

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

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

        rest_remainder = d.pop("rest_remainder", UNSET)

        post_only = d.pop("post_only", UNSET)

        cancellation_reason = d.pop("cancellation_reason", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        rfq_creator_user_id = d.pop("rfq_creator_user_id", UNSET)

        rfq_target_cost_dollars = d.pop("rfq_target_cost_dollars", UNSET)

        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)

        rfq_creator_order_id = d.pop("rfq_creator_order_id", UNSET)

        creator_order_id = d.pop("creator_order_id", UNSET)

        creator_subaccount = d.pop("creator_subaccount", UNSET)

        rfq_creator_subaccount = d.pop("rfq_creator_subaccount", UNSET)

        yes_contracts_fp = d.pop("yes_contracts_fp", UNSET)

        no_contracts_fp = d.pop("no_contracts_fp", UNSET)

        quote = cls(
            id=id,
            rfq_id=rfq_id,
            creator_id=creator_id,
            rfq_creator_id=rfq_creator_id,
            market_ticker=market_ticker,
            contracts_fp=contracts_fp,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            created_ts=created_ts,
            updated_ts=updated_ts,
            status=status,
            accepted_side=accepted_side,
            accepted_ts=accepted_ts,
            confirmed_ts=confirmed_ts,
            executed_ts=executed_ts,
            cancelled_ts=cancelled_ts,
            rest_remainder=rest_remainder,
            post_only=post_only,
            cancellation_reason=cancellation_reason,
            creator_user_id=creator_user_id,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            rfq_creator_order_id=rfq_creator_order_id,
            creator_order_id=creator_order_id,
            creator_subaccount=creator_subaccount,
            rfq_creator_subaccount=rfq_creator_subaccount,
            yes_contracts_fp=yes_contracts_fp,
            no_contracts_fp=no_contracts_fp,
        )

        quote.additional_properties = d
        return quote

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
