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


class MarketLifecycleV2PayloadMsgPriceRangesItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        start (Decimal): Starting price for this band, in dollars. Required (reading raises MissingFieldError if
            absent).
        end (Decimal): Ending price for this band, in dollars. Required (reading raises MissingFieldError if
            absent).
        step (Decimal): Tick size (minimum price increment) within this band, in dollars. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ()

    start: Decimal = _field(_t.DecimalField("start", required=True))
    """Starting price for this band, in dollars. Required (reading raises MissingFieldError if absent)."""

    end: Decimal = _field(_t.DecimalField("end", required=True))
    """Ending price for this band, in dollars. Required (reading raises MissingFieldError if absent)."""

    step: Decimal = _field(_t.DecimalField("step", required=True))
    """Tick size (minimum price increment) within this band, in dollars. Required (reading raises MissingFieldError
    if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("start", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["start"] = x
            else:
                slow("start")
        elif v is not _M and v != "":
            slow("start")
        v = g("end", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["end"] = x
            else:
                slow("end")
        elif v is not _M and v != "":
            slow("end")
        v = g("step", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["step"] = x
            else:
                slow("step")
        elif v is not _M and v != "":
            slow("step")

    def __init__(
        self,
        *,
        start: Decimal | None | Unset = UNSET,
        end: Decimal | None | Unset = UNSET,
        step: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarketLifecycleV2PayloadMsgPriceRangesItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("start", start)
        self._set("end", end)
        self._set("step", step)
