from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.rfq_status import RFQStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_RFQStatus_get = _t.member_lookup(RFQStatus)


class RFQ(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): UUID of the RFQ. Preserve the exact returned string. Required (reading raises
            MissingFieldError if absent).
        creator_id (str): Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is
            enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator
            sees their normal ID. After successful quote execution, subsequent RFQ responses show the normal public
            communications ID to all viewers. Required (reading raises MissingFieldError if absent).
        market_ticker (str): The ticker of the market this RFQ is for. Required (reading raises
            MissingFieldError if absent).
        contracts_fp (Decimal): String representation of the number of contracts requested in the RFQ. Example:
            10.00. Required (reading raises MissingFieldError if absent).
        target_cost_dollars (Decimal): Total value of the RFQ in dollars. Example: 0.5600. Optional (None if
            absent).
        target_cost_excludes_fees (bool): True when the target cost is principal-only and quote sizes are
            computed without reserving taker fees (fees are charged on top). Optional (None if absent).
        status (RFQStatus): Current status of the RFQ (open, closed) Required (reading raises MissingFieldError
            if absent).
        created_ts (datetime.datetime): Timestamp when the RFQ was created. Required (reading raises
            MissingFieldError if absent).
        mve_collection_ticker (str): Ticker of the MVE collection this market belongs to. Optional (None if
            absent).
        mve_selected_legs (list[MveSelectedLeg]): Selected legs for the MVE collection. Empty when absent or
            null.
        rest_remainder (bool): Whether to rest the remainder of the RFQ after execution. Optional (None if
            absent).
        cancellation_reason (str): Reason for RFQ cancellation if cancelled. Optional (None if absent).
        creator_user_id (str): User ID of the RFQ creator (private field) Optional (None if absent).
        creator_subaccount (int): Subaccount number of the RFQ creator (visible when the caller is the RFQ
            creator) Optional (None if absent).
        cancelled_ts (datetime.datetime): Timestamp when the RFQ was cancelled. Optional (None if absent).
        updated_ts (datetime.datetime): Timestamp when the RFQ was last updated. Optional (None if absent).
    """

    __slots__ = (
        "id",
        "creator_id",
        "market_ticker",
        "contracts_fp",
        "target_cost_dollars",
        "target_cost_excludes_fees",
        "status",
        "created_ts",
        "mve_collection_ticker",
        "mve_selected_legs",
        "rest_remainder",
        "cancellation_reason",
        "creator_user_id",
        "creator_subaccount",
        "cancelled_ts",
        "updated_ts",
    )

    id: str
    """UUID of the RFQ. Preserve the exact returned string. Required (reading raises MissingFieldError if absent)."""

    creator_id: str
    """Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is enabled, other users
    receive the shared placeholder "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256
    of empty input). The creator sees their normal ID. After successful quote execution, subsequent RFQ
    responses show the normal public communications ID to all viewers. Required (reading raises
    MissingFieldError if absent)."""

    market_ticker: str
    """The ticker of the market this RFQ is for. Required (reading raises MissingFieldError if absent)."""

    contracts_fp: Decimal
    """String representation of the number of contracts requested in the RFQ. Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    target_cost_dollars: Decimal | None
    """Total value of the RFQ in dollars. Example: 0.5600. Optional (None if absent)."""

    target_cost_excludes_fees: bool | None
    """True when the target cost is principal-only and quote sizes are computed without reserving taker fees (fees
    are charged on top). Optional (None if absent)."""

    status: RFQStatus
    """Current status of the RFQ (open, closed) Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime
    """Timestamp when the RFQ was created. Required (reading raises MissingFieldError if absent)."""

    mve_collection_ticker: str | None
    """Ticker of the MVE collection this market belongs to. Optional (None if absent)."""

    mve_selected_legs: list[MveSelectedLeg]
    """Selected legs for the MVE collection. Empty when absent or null."""

    rest_remainder: bool | None
    """Whether to rest the remainder of the RFQ after execution. Optional (None if absent)."""

    cancellation_reason: str | None
    """Reason for RFQ cancellation if cancelled. Optional (None if absent)."""

    creator_user_id: str | None
    """User ID of the RFQ creator (private field) Optional (None if absent)."""

    creator_subaccount: int | None
    """Subaccount number of the RFQ creator (visible when the caller is the RFQ creator) Optional (None if absent)."""

    cancelled_ts: datetime.datetime | None
    """Timestamp when the RFQ was cancelled. Optional (None if absent)."""

    updated_ts: datetime.datetime | None
    """Timestamp when the RFQ was last updated. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "creator_id": _t.StrField("creator_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "contracts_fp": _t.DecimalField("contracts_fp", required=True),
        "target_cost_dollars": _t.DecimalField("target_cost_dollars"),
        "target_cost_excludes_fees": _t.BoolField("target_cost_excludes_fees"),
        "status": _t.EnumField("status", RFQStatus, required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "mve_collection_ticker": _t.StrField("mve_collection_ticker"),
        "mve_selected_legs": _t.ModelListField(
            "mve_selected_legs", f"{__package__}.mve_selected_leg", "MveSelectedLeg", empty=True
        ),
        "rest_remainder": _t.BoolField("rest_remainder"),
        "cancellation_reason": _t.StrField("cancellation_reason"),
        "creator_user_id": _t.StrField("creator_user_id"),
        "creator_subaccount": _t.IntField("creator_subaccount"),
        "cancelled_ts": _t.DateTimeField("cancelled_ts"),
        "updated_ts": _t.DateTimeField("updated_ts"),
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
            k_creator_id,
            k_market_ticker,
            k_contracts_fp,
            k_target_cost_dollars,
            k_target_cost_excludes_fees,
            k_status,
            k_created_ts,
            k_mve_collection_ticker,
            k_mve_selected_legs,
            k_rest_remainder,
            k_cancellation_reason,
            k_creator_user_id,
            k_creator_subaccount,
            k_cancelled_ts,
            k_updated_ts,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_creator_id)) is str:
            self.creator_id = v
        else:
            self._slow_field("creator_id")
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
        if (x := _dc(v := g(k_target_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.target_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.target_cost_dollars = _nd(v)
        elif v is None or v == "":
            self.target_cost_dollars = None
        else:
            self._slow_field("target_cost_dollars")
        if type(v := g(k_target_cost_excludes_fees)) is bool:
            self.target_cost_excludes_fees = v
        elif v is None:
            self.target_cost_excludes_fees = None
        else:
            self._slow_field("target_cost_excludes_fees")
        if (m := _RFQStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if type(v := g(k_mve_collection_ticker)) is str:
            self.mve_collection_ticker = v
        elif v is None:
            self.mve_collection_ticker = None
        else:
            self._slow_field("mve_collection_ticker")
        if type(v := g(k_mve_selected_legs)) is list:
            self.mve_selected_legs = _BUILD["mve_selected_legs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("mve_selected_legs")
        if type(v := g(k_rest_remainder)) is bool:
            self.rest_remainder = v
        elif v is None:
            self.rest_remainder = None
        else:
            self._slow_field("rest_remainder")
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
        if type(v := g(k_creator_subaccount)) is int:
            self.creator_subaccount = v
        elif v is None:
            self.creator_subaccount = None
        else:
            self._slow_field("creator_subaccount")
        if (t := _tc(v := g(k_cancelled_ts))) is not None:
            self.cancelled_ts = t
        elif isinstance(v, str):
            self.cancelled_ts = _nt(v)
        elif v is None:
            self.cancelled_ts = None
        else:
            self._slow_field("cancelled_ts")
        if (t := _tc(v := g(k_updated_ts))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        elif v is None:
            self.updated_ts = None
        else:
            self._slow_field("updated_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        creator_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        contracts_fp: Decimal | None | Unset = UNSET,
        target_cost_dollars: Decimal | None | Unset = UNSET,
        target_cost_excludes_fees: bool | None | Unset = UNSET,
        status: RFQStatus | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        mve_collection_ticker: str | None | Unset = UNSET,
        mve_selected_legs: list[MveSelectedLeg] | None | Unset = UNSET,
        rest_remainder: bool | None | Unset = UNSET,
        cancellation_reason: str | None | Unset = UNSET,
        creator_user_id: str | None | Unset = UNSET,
        creator_subaccount: int | None | Unset = UNSET,
        cancelled_ts: datetime.datetime | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A RFQ from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("creator_id", creator_id)
        self._set("market_ticker", market_ticker)
        self._set("contracts_fp", contracts_fp)
        self._set("target_cost_dollars", target_cost_dollars)
        self._set("target_cost_excludes_fees", target_cost_excludes_fees)
        self._set("status", status)
        self._set("created_ts", created_ts)
        self._set("mve_collection_ticker", mve_collection_ticker)
        self._set("mve_selected_legs", mve_selected_legs)
        self._set("rest_remainder", rest_remainder)
        self._set("cancellation_reason", cancellation_reason)
        self._set("creator_user_id", creator_user_id)
        self._set("creator_subaccount", creator_subaccount)
        self._set("cancelled_ts", cancelled_ts)
        self._set("updated_ts", updated_ts)


_KEYS = _t.JsonKeys(*(field.key for field in RFQ._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "mve_selected_legs": _t.builder(RFQ, "mve_selected_legs"),
}
