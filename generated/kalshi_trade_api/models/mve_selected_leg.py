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


class MveSelectedLeg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Unique identifier for the selected event. Optional (None if absent).
        market_ticker (str): Unique identifier for the selected market. Optional (None if absent).
        side (str): The side of the selected market. Optional (None if absent).
        yes_settlement_value_dollars (Decimal): The settlement value of the YES/LONG side of the contract in
            dollars. Only filled after determination. Example: 0.5600. Optional (None if absent).
    """

    __slots__ = ()

    event_ticker: str | None = _field(_t.StrField("event_ticker"))
    """Unique identifier for the selected event. Optional (None if absent)."""

    market_ticker: str | None = _field(_t.StrField("market_ticker"))
    """Unique identifier for the selected market. Optional (None if absent)."""

    side: str | None = _field(_t.StrField("side"))
    """The side of the selected market. Optional (None if absent)."""

    yes_settlement_value_dollars: Decimal | None = _field(
        _t.DecimalField("yes_settlement_value_dollars", nullable=True)
    )
    """The settlement value of the YES/LONG side of the contract in dollars. Only filled after determination.
    Example: 0.5600. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is None:
            d["event_ticker"] = None
        elif v is not _M:
            slow("event_ticker")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is None:
            d["market_ticker"] = None
        elif v is not _M:
            slow("market_ticker")
        v = g("side", _M)
        if type(v) is str:
            d["side"] = v
        elif v is None:
            d["side"] = None
        elif v is not _M:
            slow("side")
        v = g("yes_settlement_value_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_settlement_value_dollars"] = x
            else:
                slow("yes_settlement_value_dollars")
        elif v is None:
            d["yes_settlement_value_dollars"] = None
        elif v is not _M and v != "":
            slow("yes_settlement_value_dollars")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        side: str | None | Unset = UNSET,
        yes_settlement_value_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MveSelectedLeg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("event_ticker", event_ticker)
        self._set("market_ticker", market_ticker)
        self._set("side", side)
        self._set("yes_settlement_value_dollars", yes_settlement_value_dollars)
