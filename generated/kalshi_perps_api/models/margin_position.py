from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "subaccount",
        "market_ticker",
        "position",
        "entry_price",
        "unrealized_pnl",
        "margin_used",
        "fees",
        "roe",
        "is_portfolio",
    )

    subaccount: int
    """The subaccount number that holds this position (0 for primary, 1-63 for subaccounts) Required (reading
    raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker symbol. Required (reading raises MissingFieldError if absent)."""

    position: Decimal
    """Position size as a fixed-point count string (positive = long, negative = short) Example: 10.00. Required
    (reading raises MissingFieldError if absent)."""

    entry_price: Decimal
    """Weighted average entry price of the open position. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    unrealized_pnl: Decimal
    """Mark-to-market unrealized PnL for the open position. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    margin_used: Decimal | None
    """Maintenance-margin-based capital usage for the open position. Null when the position shares its asset class
    with other portfolio-margin positions in the subaccount, since margin is then computed jointly for the group
    and cannot be attributed to a single market. Example: 0.5600. Optional (None if absent)."""

    fees: Decimal
    """Total fees accumulated over the lifetime of the current open position, resets when position is fully closed.
    Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    roe: float | None
    """Return on equity as a percentage (unrealized_pnl / margin_used * 100). Null when margin_used is zero or not
    attributable to this market. Optional (None if absent)."""

    is_portfolio: bool
    """True when this position is hedged within a portfolio, so margin_used and roe cannot be attributed to it
    individually and are not reported. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount": _t.IntField("subaccount", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "position": _t.DecimalField("position", required=True),
        "entry_price": _t.DecimalField("entry_price", required=True),
        "unrealized_pnl": _t.DecimalField("unrealized_pnl", required=True),
        "margin_used": _t.DecimalField("margin_used", nullable=True),
        "fees": _t.DecimalField("fees", required=True),
        "roe": _t.FloatField("roe", nullable=True),
        "is_portfolio": _t.BoolField("is_portfolio", required=True),
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
            k_subaccount,
            k_market_ticker,
            k_position,
            k_entry_price,
            k_unrealized_pnl,
            k_margin_used,
            k_fees,
            k_roe,
            k_is_portfolio,
        ) = _KEYS.keys
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        else:
            self._slow_field("subaccount")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g(k_position))) is not None:  # only text already parsed is in the cache
            self.position = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position = _nd(v)
        else:
            self._slow_field("position")
        if (x := _dc(v := g(k_entry_price))) is not None:  # only text already parsed is in the cache
            self.entry_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.entry_price = _nd(v)
        else:
            self._slow_field("entry_price")
        if (x := _dc(v := g(k_unrealized_pnl))) is not None:  # only text already parsed is in the cache
            self.unrealized_pnl = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.unrealized_pnl = _nd(v)
        else:
            self._slow_field("unrealized_pnl")
        if (x := _dc(v := g(k_margin_used))) is not None:  # only text already parsed is in the cache
            self.margin_used = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.margin_used = _nd(v)
        elif v is None or v == "":
            self.margin_used = None
        else:
            self._slow_field("margin_used")
        if (x := _dc(v := g(k_fees))) is not None:  # only text already parsed is in the cache
            self.fees = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fees = _nd(v)
        else:
            self._slow_field("fees")
        if type(v := g(k_roe)) is float:
            self.roe = v
        elif type(v) is int:
            self.roe = float(v)
        elif v is None:
            self.roe = None
        else:
            self._slow_field("roe")
        if type(v := g(k_is_portfolio)) is bool:
            self.is_portfolio = v
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


_KEYS = _t.JsonKeys(*(field.key for field in MarginPosition._declared.values()))  # in _load_fast's order
