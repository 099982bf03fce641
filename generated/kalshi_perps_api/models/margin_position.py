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


class MarginPosition(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subaccount (int): The subaccount number that holds this position (0 for primary, 1-63 for subaccounts)
            Required (reading raises MissingFieldError if absent).
        market_ticker (str): Market ticker symbol. Required (reading raises MissingFieldError if absent).
        position (Decimal): Position size as a fixed-point count string (positive = long, negative = short)
            Example: 10.00. Required (reading raises MissingFieldError if absent).
        entry_price (Decimal): Weighted average entry price of the open position. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        unrealized_pnl (Decimal): Mark-to-market unrealized PnL for the open position. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        margin_used (Decimal): Maintenance-margin-based capital usage for the open position. Null when the
            position shares its asset class with other portfolio-margin positions in the subaccount, since margin is
            then computed jointly for the group and cannot be attributed to a single market. Example: 0.5600.
            Optional (None if absent).
        fees (Decimal): Total fees accumulated over the lifetime of the current open position, resets when
            position is fully closed. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        roe (float): Return on equity as a percentage (unrealized_pnl / margin_used * 100). Null when
            margin_used is zero or not attributable to this market. Optional (None if absent).
        is_portfolio (bool): True when this position is hedged within a portfolio, so margin_used and roe cannot
            be attributed to it individually and are not reported. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = ()

    subaccount: int = _field(_t.IntField("subaccount", required=True))
    """The subaccount number that holds this position (0 for primary, 1-63 for subaccounts) Required (reading
    raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Market ticker symbol. Required (reading raises MissingFieldError if absent)."""

    position: Decimal = _field(_t.DecimalField("position", required=True))
    """Position size as a fixed-point count string (positive = long, negative = short) Example: 10.00. Required
    (reading raises MissingFieldError if absent)."""

    entry_price: Decimal = _field(_t.DecimalField("entry_price", required=True))
    """Weighted average entry price of the open position. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    unrealized_pnl: Decimal = _field(_t.DecimalField("unrealized_pnl", required=True))
    """Mark-to-market unrealized PnL for the open position. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    margin_used: Decimal | None = _field(_t.DecimalField("margin_used", nullable=True))
    """Maintenance-margin-based capital usage for the open position. Null when the position shares its asset class
    with other portfolio-margin positions in the subaccount, since margin is then computed jointly for the group
    and cannot be attributed to a single market. Example: 0.5600. Optional (None if absent)."""

    fees: Decimal = _field(_t.DecimalField("fees", required=True))
    """Total fees accumulated over the lifetime of the current open position, resets when position is fully closed.
    Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    roe: float | None = _field(_t.FloatField("roe", nullable=True))
    """Return on equity as a percentage (unrealized_pnl / margin_used * 100). Null when margin_used is zero or not
    attributable to this market. Optional (None if absent)."""

    is_portfolio: bool = _field(_t.BoolField("is_portfolio", required=True))
    """True when this position is hedged within a portfolio, so margin_used and roe cannot be attributed to it
    individually and are not reported. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("subaccount")) is int:
            d["subaccount"] = v
        else:
            self._slow_field("subaccount")
        if type(v := g("market_ticker")) is str:
            d["market_ticker"] = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g("position"))) is not None:  # only text already parsed is in the cache
            d["position"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["position"] = _nd(v)
        else:
            self._slow_field("position")
        if (x := _dc(v := g("entry_price"))) is not None:  # only text already parsed is in the cache
            d["entry_price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["entry_price"] = _nd(v)
        else:
            self._slow_field("entry_price")
        if (x := _dc(v := g("unrealized_pnl"))) is not None:  # only text already parsed is in the cache
            d["unrealized_pnl"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["unrealized_pnl"] = _nd(v)
        else:
            self._slow_field("unrealized_pnl")
        if (x := _dc(v := g("margin_used"))) is not None:  # only text already parsed is in the cache
            d["margin_used"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["margin_used"] = _nd(v)
        elif v is None or v == "":
            d["margin_used"] = None
        else:
            self._slow_field("margin_used")
        if (x := _dc(v := g("fees"))) is not None:  # only text already parsed is in the cache
            d["fees"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["fees"] = _nd(v)
        else:
            self._slow_field("fees")
        if type(v := g("roe")) is float:
            d["roe"] = v
        elif type(v) is int:
            d["roe"] = float(v)
        elif v is None:
            d["roe"] = None
        else:
            self._slow_field("roe")
        if type(v := g("is_portfolio")) is bool:
            d["is_portfolio"] = v
        else:
            self._slow_field("is_portfolio")

    def __init__(
        self,
        *,
        subaccount: int | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        position: Decimal | None | Unset = UNSET,
        entry_price: Decimal | None | Unset = UNSET,
        unrealized_pnl: Decimal | None | Unset = UNSET,
        margin_used: Decimal | None | Unset = UNSET,
        fees: Decimal | None | Unset = UNSET,
        roe: float | None | Unset = UNSET,
        is_portfolio: bool | None | Unset = UNSET,
    ) -> None:
        """A MarginPosition from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subaccount", subaccount)
        self._set("market_ticker", market_ticker)
        self._set("position", position)
        self._set("entry_price", entry_price)
        self._set("unrealized_pnl", unrealized_pnl)
        self._set("margin_used", margin_used)
        self._set("fees", fees)
        self._set("roe", roe)
        self._set("is_portfolio", is_portfolio)
