from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class RfqBatchBestQuotesPayloadMsgRfqsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq_id (str): Identifier of the child RFQ. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if
            absent).
        event_ticker (str): Event ticker (optional) Optional (None if absent).
        yes_bid_dollars (Decimal): Best yes bid across makers, in dollars. Omitted when no maker bids yes on
            this child. Optional (None if absent).
        no_bid_dollars (Decimal): Best no bid across makers, in dollars. Omitted when no maker bids no on this
            child. Optional (None if absent).
        contracts_fp (Decimal): Fixed-point contracts requested by the child RFQ (2 decimals). Omitted when the
            child is sized by target cost. Optional (None if absent).
        yes_contracts_offered_fp (Decimal): Fixed-point contracts the best yes bid offers (2 decimals). Omitted
            when no maker bids yes on this child. Optional (None if absent).
        no_contracts_offered_fp (Decimal): Fixed-point contracts the best no bid offers (2 decimals). Omitted
            when no maker bids no on this child. Optional (None if absent).
        rfq_target_cost_dollars (Decimal): Target cost from the child RFQ in dollars (optional) Optional (None
            if absent).
    """

    __slots__ = ()

    rfq_id: str = _field(_t.StrField("rfq_id", required=True))
    """Identifier of the child RFQ. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str | None = _field(_t.StrField("event_ticker"))
    """Event ticker (optional) Optional (None if absent)."""

    yes_bid_dollars: Decimal | None = _field(_t.DecimalField("yes_bid_dollars"))
    """Best yes bid across makers, in dollars. Omitted when no maker bids yes on this child. Optional (None if
    absent)."""

    no_bid_dollars: Decimal | None = _field(_t.DecimalField("no_bid_dollars"))
    """Best no bid across makers, in dollars. Omitted when no maker bids no on this child. Optional (None if
    absent)."""

    contracts_fp: Decimal | None = _field(_t.DecimalField("contracts_fp"))
    """Fixed-point contracts requested by the child RFQ (2 decimals). Omitted when the child is sized by target
    cost. Optional (None if absent)."""

    yes_contracts_offered_fp: Decimal | None = _field(_t.DecimalField("yes_contracts_offered_fp"))
    """Fixed-point contracts the best yes bid offers (2 decimals). Omitted when no maker bids yes on this child.
    Optional (None if absent)."""

    no_contracts_offered_fp: Decimal | None = _field(_t.DecimalField("no_contracts_offered_fp"))
    """Fixed-point contracts the best no bid offers (2 decimals). Omitted when no maker bids no on this child.
    Optional (None if absent)."""

    rfq_target_cost_dollars: Decimal | None = _field(_t.DecimalField("rfq_target_cost_dollars"))
    """Target cost from the child RFQ in dollars (optional) Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("rfq_id", _M)
        if type(v) is str:
            d["rfq_id"] = v
        elif v is not _M:
            slow("rfq_id")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is None:
            d["event_ticker"] = None
        elif v is not _M:
            slow("event_ticker")
        v = g("yes_bid_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_bid_dollars"] = x
            else:
                slow("yes_bid_dollars")
        elif v is None:
            d["yes_bid_dollars"] = None
        elif v is not _M and v != "":
            slow("yes_bid_dollars")
        v = g("no_bid_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["no_bid_dollars"] = x
            else:
                slow("no_bid_dollars")
        elif v is None:
            d["no_bid_dollars"] = None
        elif v is not _M and v != "":
            slow("no_bid_dollars")
        v = g("contracts_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["contracts_fp"] = x
            else:
                slow("contracts_fp")
        elif v is None:
            d["contracts_fp"] = None
        elif v is not _M and v != "":
            slow("contracts_fp")
        v = g("yes_contracts_offered_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_contracts_offered_fp"] = x
            else:
                slow("yes_contracts_offered_fp")
        elif v is None:
            d["yes_contracts_offered_fp"] = None
        elif v is not _M and v != "":
            slow("yes_contracts_offered_fp")
        v = g("no_contracts_offered_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["no_contracts_offered_fp"] = x
            else:
                slow("no_contracts_offered_fp")
        elif v is None:
            d["no_contracts_offered_fp"] = None
        elif v is not _M and v != "":
            slow("no_contracts_offered_fp")
        v = g("rfq_target_cost_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["rfq_target_cost_dollars"] = x
            else:
                slow("rfq_target_cost_dollars")
        elif v is None:
            d["rfq_target_cost_dollars"] = None
        elif v is not _M and v != "":
            slow("rfq_target_cost_dollars")

    def __init__(
        self,
        *,
        rfq_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        yes_bid_dollars: Decimal | None | Unset = UNSET,
        no_bid_dollars: Decimal | None | Unset = UNSET,
        contracts_fp: Decimal | None | Unset = UNSET,
        yes_contracts_offered_fp: Decimal | None | Unset = UNSET,
        no_contracts_offered_fp: Decimal | None | Unset = UNSET,
        rfq_target_cost_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A RfqBatchBestQuotesPayloadMsgRfqsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("rfq_id", rfq_id)
        self._set("market_ticker", market_ticker)
        self._set("event_ticker", event_ticker)
        self._set("yes_bid_dollars", yes_bid_dollars)
        self._set("no_bid_dollars", no_bid_dollars)
        self._set("contracts_fp", contracts_fp)
        self._set("yes_contracts_offered_fp", yes_contracts_offered_fp)
        self._set("no_contracts_offered_fp", no_contracts_offered_fp)
        self._set("rfq_target_cost_dollars", rfq_target_cost_dollars)
