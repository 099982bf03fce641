from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class GetFCMEventContractDailyCapResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subtrader_id (str): Required (reading raises MissingFieldError if absent).
        limit (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
            "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
            that market's price level structure. Example: 0.5600. Required (reading raises MissingFieldError if
            absent).
        executed_utilization (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal
            places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are
            constrained by that market's price level structure. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        resting_order_utilization (Decimal): Fixed-point US dollar string. Most request fields accept 2-4
            decimal places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given
            market are constrained by that market's price level structure. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        pending_order_utilization (Decimal): Fixed-point US dollar string. Most request fields accept 2-4
            decimal places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given
            market are constrained by that market's price level structure. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        cap_date (str): The New York calendar date the executed utilization applies to. Executed utilization
            resets at midnight New York time; resting and pending reservations persist while their orders remain
            open. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "subtrader_id",
        "limit",
        "executed_utilization",
        "resting_order_utilization",
        "pending_order_utilization",
        "cap_date",
    )

    subtrader_id: str
    """Required (reading raises MissingFieldError if absent)."""

    limit: Decimal
    """Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600");
    responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price
    level structure. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    executed_utilization: Decimal
    """Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600");
    responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price
    level structure. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    resting_order_utilization: Decimal
    """Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600");
    responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price
    level structure. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    pending_order_utilization: Decimal
    """Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600");
    responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price
    level structure. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    cap_date: str
    """The New York calendar date the executed utilization applies to. Executed utilization resets at midnight New
    York time; resting and pending reservations persist while their orders remain open. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "limit": _t.DecimalField("limit", required=True),
        "executed_utilization": _t.DecimalField("executed_utilization", required=True),
        "resting_order_utilization": _t.DecimalField("resting_order_utilization", required=True),
        "pending_order_utilization": _t.DecimalField("pending_order_utilization", required=True),
        "cap_date": _t.StrField("cap_date", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subtrader_id")) is str:
            self.subtrader_id = v
        else:
            self._slow_field("subtrader_id")
        if (x := _dc(v := g("limit"))) is not None:  # only text already parsed is in the cache
            self.limit = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.limit = _nd(v)
        else:
            self._slow_field("limit")
        if (x := _dc(v := g("executed_utilization"))) is not None:  # only text already parsed is in the cache
            self.executed_utilization = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.executed_utilization = _nd(v)
        else:
            self._slow_field("executed_utilization")
        if (x := _dc(v := g("resting_order_utilization"))) is not None:  # only text already parsed is in the cache
            self.resting_order_utilization = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.resting_order_utilization = _nd(v)
        else:
            self._slow_field("resting_order_utilization")
        if (x := _dc(v := g("pending_order_utilization"))) is not None:  # only text already parsed is in the cache
            self.pending_order_utilization = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.pending_order_utilization = _nd(v)
        else:
            self._slow_field("pending_order_utilization")
        if type(v := g("cap_date")) is str:
            self.cap_date = v
        else:
            self._slow_field("cap_date")

    def __init__(
        self,
        *,
        subtrader_id: str | None | Unset = UNSET,
        limit: Decimal | None | Unset = UNSET,
        executed_utilization: Decimal | None | Unset = UNSET,
        resting_order_utilization: Decimal | None | Unset = UNSET,
        pending_order_utilization: Decimal | None | Unset = UNSET,
        cap_date: str | None | Unset = UNSET,
    ) -> None:
        """A GetFCMEventContractDailyCapResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subtrader_id", subtrader_id)
        self._set("limit", limit)
        self._set("executed_utilization", executed_utilization)
        self._set("resting_order_utilization", resting_order_utilization)
        self._set("pending_order_utilization", pending_order_utilization)
        self._set("cap_date", cap_date)
