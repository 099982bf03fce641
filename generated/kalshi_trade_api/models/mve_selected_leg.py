from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class MveSelectedLeg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Unique identifier for the selected event. Optional (None if absent).
        market_ticker (str): Unique identifier for the selected market. Optional (None if absent).
        side (str): The side of the selected market. Optional (None if absent).
        yes_settlement_value_dollars (Decimal): The settlement value of the YES/LONG side of the contract in
            dollars. Only filled after determination. Example: 0.5600. Optional (None if absent).
    """

    __slots__ = (
        "event_ticker",
        "market_ticker",
        "side",
        "yes_settlement_value_dollars",
    )

    event_ticker: str | None
    """Unique identifier for the selected event. Optional (None if absent)."""

    market_ticker: str | None
    """Unique identifier for the selected market. Optional (None if absent)."""

    side: str | None
    """The side of the selected market. Optional (None if absent)."""

    yes_settlement_value_dollars: Decimal | None
    """The settlement value of the YES/LONG side of the contract in dollars. Only filled after determination.
    Example: 0.5600. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker"),
        "market_ticker": _t.StrField("market_ticker"),
        "side": _t.StrField("side"),
        "yes_settlement_value_dollars": _t.DecimalField("yes_settlement_value_dollars", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        elif v is None:
            self.event_ticker = None
        else:
            self._slow_field("event_ticker")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        elif v is None:
            self.market_ticker = None
        else:
            self._slow_field("market_ticker")
        if type(v := g("side")) is str:
            self.side = v
        elif v is None:
            self.side = None
        else:
            self._slow_field("side")
        if (x := _dc(v := g("yes_settlement_value_dollars"))) is not None:  # only text already parsed is in the cache
            self.yes_settlement_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_settlement_value_dollars = _nd(v)
        elif v is None or v == "":
            self.yes_settlement_value_dollars = None
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
