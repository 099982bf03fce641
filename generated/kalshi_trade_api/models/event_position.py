from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "event_ticker",
        "total_cost_dollars",
        "total_cost_shares_fp",
        "event_exposure_dollars",
        "realized_pnl_dollars",
        "fees_paid_dollars",
    )

    event_ticker: str
    """Unique identifier for events. Required (reading raises MissingFieldError if absent)."""

    total_cost_dollars: Decimal
    """Total spent on this event in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    total_cost_shares_fp: Decimal
    """String representation of the total number of shares traded on this event (including both YES and NO
    contracts) Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    event_exposure_dollars: Decimal
    """Cost of the aggregate event position in dollars. Example: 0.5600. Required (reading raises MissingFieldError
    if absent)."""

    realized_pnl_dollars: Decimal
    """Locked in profit and loss, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    fees_paid_dollars: Decimal
    """Fees paid on fill orders, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker", required=True),
        "total_cost_dollars": _t.DecimalField("total_cost_dollars", required=True),
        "total_cost_shares_fp": _t.DecimalField("total_cost_shares_fp", required=True),
        "event_exposure_dollars": _t.DecimalField("event_exposure_dollars", required=True),
        "realized_pnl_dollars": _t.DecimalField("realized_pnl_dollars", required=True),
        "fees_paid_dollars": _t.DecimalField("fees_paid_dollars", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if (x := _dc(v := g("total_cost_dollars"))) is not None:  # only text already parsed is in the cache
            self.total_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.total_cost_dollars = _nd(v)
        else:
            self._slow_field("total_cost_dollars")
        if (x := _dc(v := g("total_cost_shares_fp"))) is not None:  # only text already parsed is in the cache
            self.total_cost_shares_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.total_cost_shares_fp = _nd(v)
        else:
            self._slow_field("total_cost_shares_fp")
        if (x := _dc(v := g("event_exposure_dollars"))) is not None:  # only text already parsed is in the cache
            self.event_exposure_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.event_exposure_dollars = _nd(v)
        else:
            self._slow_field("event_exposure_dollars")
        if (x := _dc(v := g("realized_pnl_dollars"))) is not None:  # only text already parsed is in the cache
            self.realized_pnl_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.realized_pnl_dollars = _nd(v)
        else:
            self._slow_field("realized_pnl_dollars")
        if (x := _dc(v := g("fees_paid_dollars"))) is not None:  # only text already parsed is in the cache
            self.fees_paid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fees_paid_dollars = _nd(v)
        else:
            self._slow_field("fees_paid_dollars")

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
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("total_cost_dollars", total_cost_dollars)
        self._set("total_cost_shares_fp", total_cost_shares_fp)
        self._set("event_exposure_dollars", event_exposure_dollars)
        self._set("realized_pnl_dollars", realized_pnl_dollars)
        self._set("fees_paid_dollars", fees_paid_dollars)
