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


class EventPosition(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Unique identifier for events. Required (reading raises MissingFieldError if absent).
        total_cost_dollars (Decimal): Total spent on this event in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
        total_cost_shares_fp (Decimal): String representation of the total number of shares traded on this event
            (including both YES and NO contracts) Example: 10.00. Required (reading raises MissingFieldError if
            absent).
        event_exposure_dollars (Decimal): Cost of the aggregate event position in dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        realized_pnl_dollars (Decimal): Locked in profit and loss, in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        fees_paid_dollars (Decimal): Fees paid on fill orders, in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ()

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Unique identifier for events. Required (reading raises MissingFieldError if absent)."""

    total_cost_dollars: Decimal = _field(_t.DecimalField("total_cost_dollars", required=True))
    """Total spent on this event in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    total_cost_shares_fp: Decimal = _field(_t.DecimalField("total_cost_shares_fp", required=True))
    """String representation of the total number of shares traded on this event (including both YES and NO
    contracts) Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    event_exposure_dollars: Decimal = _field(_t.DecimalField("event_exposure_dollars", required=True))
    """Cost of the aggregate event position in dollars. Example: 0.5600. Required (reading raises MissingFieldError
    if absent)."""

    realized_pnl_dollars: Decimal = _field(_t.DecimalField("realized_pnl_dollars", required=True))
    """Locked in profit and loss, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    fees_paid_dollars: Decimal = _field(_t.DecimalField("fees_paid_dollars", required=True))
    """Fees paid on fill orders, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is not _M:
            slow("event_ticker")
        v = g("total_cost_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["total_cost_dollars"] = x
            else:
                slow("total_cost_dollars")
        elif v is not _M and v != "":
            slow("total_cost_dollars")
        v = g("total_cost_shares_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["total_cost_shares_fp"] = x
            else:
                slow("total_cost_shares_fp")
        elif v is not _M and v != "":
            slow("total_cost_shares_fp")
        v = g("event_exposure_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["event_exposure_dollars"] = x
            else:
                slow("event_exposure_dollars")
        elif v is not _M and v != "":
            slow("event_exposure_dollars")
        v = g("realized_pnl_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["realized_pnl_dollars"] = x
            else:
                slow("realized_pnl_dollars")
        elif v is not _M and v != "":
            slow("realized_pnl_dollars")
        v = g("fees_paid_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["fees_paid_dollars"] = x
            else:
                slow("fees_paid_dollars")
        elif v is not _M and v != "":
            slow("fees_paid_dollars")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        total_cost_dollars: Decimal | None | Unset = UNSET,
        total_cost_shares_fp: Decimal | None | Unset = UNSET,
        event_exposure_dollars: Decimal | None | Unset = UNSET,
        realized_pnl_dollars: Decimal | None | Unset = UNSET,
        fees_paid_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A EventPosition from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("event_ticker", event_ticker)
        self._set("total_cost_dollars", total_cost_dollars)
        self._set("total_cost_shares_fp", total_cost_shares_fp)
        self._set("event_exposure_dollars", event_exposure_dollars)
        self._set("realized_pnl_dollars", realized_pnl_dollars)
        self._set("fees_paid_dollars", fees_paid_dollars)
