from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            d["event_ticker"] = v
        elif v is None:
            d["event_ticker"] = None
        else:
            self._slow_field("event_ticker")
        if type(v := g("market_ticker")) is str:
            d["market_ticker"] = v
        elif v is None:
            d["market_ticker"] = None
        else:
            self._slow_field("market_ticker")
        if type(v := g("side")) is str:
            d["side"] = v
        elif v is None:
            d["side"] = None
        else:
            self._slow_field("side")
        if (x := _dc(v := g("yes_settlement_value_dollars"))) is not None:  # only text already parsed is in the cache
            d["yes_settlement_value_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["yes_settlement_value_dollars"] = _nd(v)
        elif v is None or v == "":
            d["yes_settlement_value_dollars"] = None
        else:
            self._slow_field("yes_settlement_value_dollars")

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
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("market_ticker", market_ticker)
        self._set("side", side)
        self._set("yes_settlement_value_dollars", yes_settlement_value_dollars)
