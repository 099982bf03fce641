from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_QuoteStatus_get = _t.member_lookup(QuoteStatus)
_QuoteAcceptedSide_get = _t.member_lookup(QuoteAcceptedSide)


class Quote(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): UUID of the quote. Preserve the exact returned string. Required (reading raises
            MissingFieldError if absent).
        rfq_id (str): UUID of the RFQ this quote is responding to. Required (reading raises MissingFieldError if
            absent).
        creator_id (str): Public communications ID of the quote creator. Required (reading raises
            MissingFieldError if absent).
        rfq_creator_id (str): Public communications ID of the RFQ creator (pseudonymous). When
            obscure_creator_id is enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator
            sees their normal ID. After this quote executes successfully, its counterparty sees the normal public
            communications ID. Required (reading raises MissingFieldError if absent).
        market_ticker (str): The ticker of the market this quote is for. Required (reading raises
            MissingFieldError if absent).
        contracts_fp (Decimal): String representation of the number of contracts in the quote. Example: 10.00.
            Required (reading raises MissingFieldError if absent).
        yes_bid_dollars (Decimal): Bid price for YES contracts, in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
        no_bid_dollars (Decimal): Bid price for NO contracts, in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
        created_ts (datetime.datetime): Timestamp when the quote was created. Required (reading raises
            MissingFieldError if absent).
        updated_ts (datetime.datetime): Timestamp when the quote was last updated. Required (reading raises
            MissingFieldError if absent).
        status (QuoteStatus): Current status of the quote. Required (reading raises MissingFieldError if
            absent).
        accepted_side (QuoteAcceptedSide): The side that was accepted (yes or no) Optional (None if absent).
        accepted_ts (datetime.datetime): Timestamp when the quote was accepted. Optional (None if absent).
        confirmed_ts (datetime.datetime): Timestamp when the quote was confirmed. Optional (None if absent).
        executed_ts (datetime.datetime): Timestamp when the quote was executed. Optional (None if absent).
        cancelled_ts (datetime.datetime): Timestamp when the quote was cancelled. Optional (None if absent).
        rest_remainder (bool): Whether to rest the remainder of the quote after execution. Optional (None if
            absent).
        post_only (bool): Whether the quote creator's order is post-only (visible when the caller is the quote
            creator) Optional (None if absent).
        cancellation_reason (str): Reason for quote cancellation if cancelled. Optional (None if absent).
        creator_user_id (str): User ID of the quote creator (private field) Optional (None if absent).
        rfq_creator_user_id (str): User ID of the RFQ creator (private field) Optional (None if absent).
        rfq_target_cost_dollars (Decimal): Total value requested in the RFQ in dollars. Example: 0.5600.
            Optional (None if absent).
        target_cost_excludes_fees (bool): True when the RFQ's target cost is principal-only and the contracts-
            offered sizes were computed without reserving taker fees (fees are charged on top of the target cost).
            Optional (None if absent).
        rfq_creator_order_id (str): Order ID for the RFQ creator (private field) Optional (None if absent).
        creator_order_id (str): Order ID for the quote creator (private field) Optional (None if absent).
        creator_subaccount (int): Subaccount number of the quote creator (visible when the caller is the quote
            creator) Optional (None if absent).
        rfq_creator_subaccount (int): Subaccount number of the RFQ creator (visible when the caller is the RFQ
            creator) Optional (None if absent).
        yes_contracts_fp (Decimal): Number of YES contracts offered in the quote (fixed-point) Example: 10.00.
            Optional (None if absent).
        no_contracts_fp (Decimal): Number of NO contracts offered in the quote (fixed-point) Example: 10.00.
            Optional (None if absent).
    """

    __slots__ = (
        "id",
        "rfq_id",
        "creator_id",
        "rfq_creator_id",
        "market_ticker",
        "contracts_fp",
        "yes_bid_dollars",
        "no_bid_dollars",
        "created_ts",
        "updated_ts",
        "status",
        "accepted_side",
        "accepted_ts",
        "confirmed_ts",
        "executed_ts",
        "cancelled_ts",
        "rest_remainder",
        "post_only",
        "cancellation_reason",
        "creator_user_id",
        "rfq_creator_user_id",
        "rfq_target_cost_dollars",
        "target_cost_excludes_fees",
        "rfq_creator_order_id",
        "creator_order_id",
        "creator_subaccount",
        "rfq_creator_subaccount",
        "yes_contracts_fp",
        "no_contracts_fp",
    )

    id: str
    """UUID of the quote. Preserve the exact returned string. Required (reading raises MissingFieldError if
    absent)."""

    rfq_id: str
    """UUID of the RFQ this quote is responding to. Required (reading raises MissingFieldError if absent)."""

    creator_id: str
    """Public communications ID of the quote creator. Required (reading raises MissingFieldError if absent)."""

    rfq_creator_id: str
    """Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is enabled, other users
    receive the shared placeholder "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256
    of empty input). The creator sees their normal ID. After this quote executes successfully, its counterparty
    sees the normal public communications ID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """The ticker of the market this quote is for. Required (reading raises MissingFieldError if absent)."""

    contracts_fp: Decimal
    """String representation of the number of contracts in the quote. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    yes_bid_dollars: Decimal
    """Bid price for YES contracts, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    no_bid_dollars: Decimal
    """Bid price for NO contracts, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    created_ts: datetime.datetime
    """Timestamp when the quote was created. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime
    """Timestamp when the quote was last updated. Required (reading raises MissingFieldError if absent)."""

    status: QuoteStatus
    """Current status of the quote. Required (reading raises MissingFieldError if absent)."""

    accepted_side: QuoteAcceptedSide | None
    """The side that was accepted (yes or no) Optional (None if absent)."""

    accepted_ts: datetime.datetime | None
    """Timestamp when the quote was accepted. Optional (None if absent)."""

    confirmed_ts: datetime.datetime | None
    """Timestamp when the quote was confirmed. Optional (None if absent)."""

    executed_ts: datetime.datetime | None
    """Timestamp when the quote was executed. Optional (None if absent)."""

    cancelled_ts: datetime.datetime | None
    """Timestamp when the quote was cancelled. Optional (None if absent)."""

    rest_remainder: bool | None
    """Whether to rest the remainder of the quote after execution. Optional (None if absent)."""

    post_only: bool | None
    """Whether the quote creator's order is post-only (visible when the caller is the quote creator) Optional (None
    if absent)."""

    cancellation_reason: str | None
    """Reason for quote cancellation if cancelled. Optional (None if absent)."""

    creator_user_id: str | None
    """User ID of the quote creator (private field) Optional (None if absent)."""

    rfq_creator_user_id: str | None
    """User ID of the RFQ creator (private field) Optional (None if absent)."""

    rfq_target_cost_dollars: Decimal | None
    """Total value requested in the RFQ in dollars. Example: 0.5600. Optional (None if absent)."""

    target_cost_excludes_fees: bool | None
    """True when the RFQ's target cost is principal-only and the contracts-offered sizes were computed without
    reserving taker fees (fees are charged on top of the target cost). Optional (None if absent)."""

    rfq_creator_order_id: str | None
    """Order ID for the RFQ creator (private field) Optional (None if absent)."""

    creator_order_id: str | None
    """Order ID for the quote creator (private field) Optional (None if absent)."""

    creator_subaccount: int | None
    """Subaccount number of the quote creator (visible when the caller is the quote creator) Optional (None if
    absent)."""

    rfq_creator_subaccount: int | None
    """Subaccount number of the RFQ creator (visible when the caller is the RFQ creator) Optional (None if absent)."""

    yes_contracts_fp: Decimal | None
    """Number of YES contracts offered in the quote (fixed-point) Example: 10.00. Optional (None if absent)."""

    no_contracts_fp: Decimal | None
    """Number of NO contracts offered in the quote (fixed-point) Example: 10.00. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "rfq_id": _t.StrField("rfq_id", required=True),
        "creator_id": _t.StrField("creator_id", required=True),
        "rfq_creator_id": _t.StrField("rfq_creator_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "contracts_fp": _t.DecimalField("contracts_fp", required=True),
        "yes_bid_dollars": _t.DecimalField("yes_bid_dollars", required=True),
        "no_bid_dollars": _t.DecimalField("no_bid_dollars", required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "updated_ts": _t.DateTimeField("updated_ts", required=True),
        "status": _t.EnumField("status", QuoteStatus, required=True),
        "accepted_side": _t.EnumField("accepted_side", QuoteAcceptedSide),
        "accepted_ts": _t.DateTimeField("accepted_ts"),
        "confirmed_ts": _t.DateTimeField("confirmed_ts"),
        "executed_ts": _t.DateTimeField("executed_ts"),
        "cancelled_ts": _t.DateTimeField("cancelled_ts"),
        "rest_remainder": _t.BoolField("rest_remainder"),
        "post_only": _t.BoolField("post_only"),
        "cancellation_reason": _t.StrField("cancellation_reason"),
        "creator_user_id": _t.StrField("creator_user_id"),
        "rfq_creator_user_id": _t.StrField("rfq_creator_user_id"),
        "rfq_target_cost_dollars": _t.DecimalField("rfq_target_cost_dollars"),
        "target_cost_excludes_fees": _t.BoolField("target_cost_excludes_fees"),
        "rfq_creator_order_id": _t.StrField("rfq_creator_order_id"),
        "creator_order_id": _t.StrField("creator_order_id"),
        "creator_subaccount": _t.IntField("creator_subaccount"),
        "rfq_creator_subaccount": _t.IntField("rfq_creator_subaccount"),
        "yes_contracts_fp": _t.DecimalField("yes_contracts_fp"),
        "no_contracts_fp": _t.DecimalField("no_contracts_fp"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_id,
            k_rfq_id,
            k_creator_id,
            k_rfq_creator_id,
            k_market_ticker,
            k_contracts_fp,
            k_yes_bid_dollars,
            k_no_bid_dollars,
            k_created_ts,
            k_updated_ts,
            k_status,
            k_accepted_side,
            k_accepted_ts,
            k_confirmed_ts,
            k_executed_ts,
            k_cancelled_ts,
            k_rest_remainder,
            k_post_only,
            k_cancellation_reason,
            k_creator_user_id,
            k_rfq_creator_user_id,
            k_rfq_target_cost_dollars,
            k_target_cost_excludes_fees,
            k_rfq_creator_order_id,
            k_creator_order_id,
            k_creator_subaccount,
            k_rfq_creator_subaccount,
            k_yes_contracts_fp,
            k_no_contracts_fp,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_rfq_id)) is str:
            self.rfq_id = v
        else:
            self._slow_field("rfq_id")
        if type(v := g(k_creator_id)) is str:
            self.creator_id = v
        else:
            self._slow_field("creator_id")
        if type(v := g(k_rfq_creator_id)) is str:
            self.rfq_creator_id = v
        else:
            self._slow_field("rfq_creator_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g(k_contracts_fp))) is not None:  # only text already parsed is in the cache
            self.contracts_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.contracts_fp = _nd(v)
        else:
            self._slow_field("contracts_fp")
        if (x := _dc(v := g(k_yes_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_bid_dollars = _nd(v)
        else:
            self._slow_field("yes_bid_dollars")
        if (x := _dc(v := g(k_no_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.no_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_bid_dollars = _nd(v)
        else:
            self._slow_field("no_bid_dollars")
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if (t := _tc(v := g(k_updated_ts))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        else:
            self._slow_field("updated_ts")
        if (m := _QuoteStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (m := _QuoteAcceptedSide_get(v := g(k_accepted_side))) is not None:
            self.accepted_side = m
        elif v is None:
            self.accepted_side = None
        else:
            self._slow_field("accepted_side")
        if (t := _tc(v := g(k_accepted_ts))) is not None:
            self.accepted_ts = t
        elif isinstance(v, str):
            self.accepted_ts = _nt(v)
        elif v is None:
            self.accepted_ts = None
        else:
            self._slow_field("accepted_ts")
        if (t := _tc(v := g(k_confirmed_ts))) is not None:
            self.confirmed_ts = t
        elif isinstance(v, str):
            self.confirmed_ts = _nt(v)
        elif v is None:
            self.confirmed_ts = None
        else:
            self._slow_field("confirmed_ts")
        if (t := _tc(v := g(k_executed_ts))) is not None:
            self.executed_ts = t
        elif isinstance(v, str):
            self.executed_ts = _nt(v)
        elif v is None:
            self.executed_ts = None
        else:
            self._slow_field("executed_ts")
        if (t := _tc(v := g(k_cancelled_ts))) is not None:
            self.cancelled_ts = t
        elif isinstance(v, str):
            self.cancelled_ts = _nt(v)
        elif v is None:
            self.cancelled_ts = None
        else:
            self._slow_field("cancelled_ts")
        if type(v := g(k_rest_remainder)) is bool:
            self.rest_remainder = v
        elif v is None:
            self.rest_remainder = None
        else:
            self._slow_field("rest_remainder")
        if type(v := g(k_post_only)) is bool:
            self.post_only = v
        elif v is None:
            self.post_only = None
        else:
            self._slow_field("post_only")
        if type(v := g(k_cancellation_reason)) is str:
            self.cancellation_reason = v
        elif v is None:
            self.cancellation_reason = None
        else:
            self._slow_field("cancellation_reason")
        if type(v := g(k_creator_user_id)) is str:
            self.creator_user_id = v
        elif v is None:
            self.creator_user_id = None
        else:
            self._slow_field("creator_user_id")
        if type(v := g(k_rfq_creator_user_id)) is str:
            self.rfq_creator_user_id = v
        elif v is None:
            self.rfq_creator_user_id = None
        else:
            self._slow_field("rfq_creator_user_id")
        if (x := _dc(v := g(k_rfq_target_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.rfq_target_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.rfq_target_cost_dollars = _nd(v)
        elif v is None or v == "":
            self.rfq_target_cost_dollars = None
        else:
            self._slow_field("rfq_target_cost_dollars")
        if type(v := g(k_target_cost_excludes_fees)) is bool:
            self.target_cost_excludes_fees = v
        elif v is None:
            self.target_cost_excludes_fees = None
        else:
            self._slow_field("target_cost_excludes_fees")
        if type(v := g(k_rfq_creator_order_id)) is str:
            self.rfq_creator_order_id = v
        elif v is None:
            self.rfq_creator_order_id = None
        else:
            self._slow_field("rfq_creator_order_id")
        if type(v := g(k_creator_order_id)) is str:
            self.creator_order_id = v
        elif v is None:
            self.creator_order_id = None
        else:
            self._slow_field("creator_order_id")
        if type(v := g(k_creator_subaccount)) is int:
            self.creator_subaccount = v
        elif v is None:
            self.creator_subaccount = None
        else:
            self._slow_field("creator_subaccount")
        if type(v := g(k_rfq_creator_subaccount)) is int:
            self.rfq_creator_subaccount = v
        elif v is None:
            self.rfq_creator_subaccount = None
        else:
            self._slow_field("rfq_creator_subaccount")
        if (x := _dc(v := g(k_yes_contracts_fp))) is not None:  # only text already parsed is in the cache
            self.yes_contracts_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_contracts_fp = _nd(v)
        elif v is None or v == "":
            self.yes_contracts_fp = None
        else:
            self._slow_field("yes_contracts_fp")
        if (x := _dc(v := g(k_no_contracts_fp))) is not None:  # only text already parsed is in the cache
            self.no_contracts_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_contracts_fp = _nd(v)
        elif v is None or v == "":
            self.no_contracts_fp = None
        else:
            self._slow_field("no_contracts_fp")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        rfq_id: str | None | Unset = UNSET,
        creator_id: str | None | Unset = UNSET,
        rfq_creator_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        contracts_fp: Decimal | None | Unset = UNSET,
        yes_bid_dollars: Decimal | None | Unset = UNSET,
        no_bid_dollars: Decimal | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
        status: QuoteStatus | None | Unset = UNSET,
        accepted_side: QuoteAcceptedSide | None | Unset = UNSET,
        accepted_ts: datetime.datetime | None | Unset = UNSET,
        confirmed_ts: datetime.datetime | None | Unset = UNSET,
        executed_ts: datetime.datetime | None | Unset = UNSET,
        cancelled_ts: datetime.datetime | None | Unset = UNSET,
        rest_remainder: bool | None | Unset = UNSET,
        post_only: bool | None | Unset = UNSET,
        cancellation_reason: str | None | Unset = UNSET,
        creator_user_id: str | None | Unset = UNSET,
        rfq_creator_user_id: str | None | Unset = UNSET,
        rfq_target_cost_dollars: Decimal | None | Unset = UNSET,
        target_cost_excludes_fees: bool | None | Unset = UNSET,
        rfq_creator_order_id: str | None | Unset = UNSET,
        creator_order_id: str | None | Unset = UNSET,
        creator_subaccount: int | None | Unset = UNSET,
        rfq_creator_subaccount: int | None | Unset = UNSET,
        yes_contracts_fp: Decimal | None | Unset = UNSET,
        no_contracts_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A Quote from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("rfq_id", rfq_id)
        self._set("creator_id", creator_id)
        self._set("rfq_creator_id", rfq_creator_id)
        self._set("market_ticker", market_ticker)
        self._set("contracts_fp", contracts_fp)
        self._set("yes_bid_dollars", yes_bid_dollars)
        self._set("no_bid_dollars", no_bid_dollars)
        self._set("created_ts", created_ts)
        self._set("updated_ts", updated_ts)
        self._set("status", status)
        self._set("accepted_side", accepted_side)
        self._set("accepted_ts", accepted_ts)
        self._set("confirmed_ts", confirmed_ts)
        self._set("executed_ts", executed_ts)
        self._set("cancelled_ts", cancelled_ts)
        self._set("rest_remainder", rest_remainder)
        self._set("post_only", post_only)
        self._set("cancellation_reason", cancellation_reason)
        self._set("creator_user_id", creator_user_id)
        self._set("rfq_creator_user_id", rfq_creator_user_id)
        self._set("rfq_target_cost_dollars", rfq_target_cost_dollars)
        self._set("target_cost_excludes_fees", target_cost_excludes_fees)
        self._set("rfq_creator_order_id", rfq_creator_order_id)
        self._set("creator_order_id", creator_order_id)
        self._set("creator_subaccount", creator_subaccount)
        self._set("rfq_creator_subaccount", rfq_creator_subaccount)
        self._set("yes_contracts_fp", yes_contracts_fp)
        self._set("no_contracts_fp", no_contracts_fp)


_KEYS = _t.JsonKeys(*(field.key for field in Quote._declared.values()))  # in _load_fast's order
