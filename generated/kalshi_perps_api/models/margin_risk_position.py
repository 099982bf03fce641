from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class MarginRiskPosition(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subaccount (int): The subaccount number (0 for primary, 1-63 for subaccounts) Required (reading raises
            MissingFieldError if absent).
        market_ticker (str): Market ticker symbol. Required (reading raises MissingFieldError if absent).
        position (Decimal): Signed position quantity as a fixed-point count string. Example: 10.00. Required
            (reading raises MissingFieldError if absent).
        mark_price (Decimal): Current mark price for the market in fixed-point dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        position_notional (Decimal): Absolute notional value of the position (|qty| * mark_price) in fixed-point
            dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        maintenance_margin_required (Decimal): Maintenance margin requirement for this position in fixed-point
            dollars. Null if margin config is missing. Example: 0.5600. Optional (None if absent).
        position_leverage (float): Position leverage ratio (position_notional / maintenance_margin_required).
            Null when maintenance margin is zero or config is missing. Optional (None if absent).
        estimated_liquidation_price (Decimal): Estimated portfolio-aware liquidation price for this position
            within the subaccount. Null when no valid liquidation price exists. Example: 0.5600. Optional (None if
            absent).
        is_portfolio (bool): True when this position is hedged within a portfolio, so
            maintenance_margin_required, position_leverage, and estimated_liquidation_price cannot be attributed to
            it individually and are not reported. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "subaccount",
        "market_ticker",
        "position",
        "mark_price",
        "position_notional",
        "maintenance_margin_required",
        "position_leverage",
        "estimated_liquidation_price",
        "is_portfolio",
    )

    subaccount: int
    """The subaccount number (0 for primary, 1-63 for subaccounts) Required (reading raises MissingFieldError if
    absent)."""

    market_ticker: str
    """Market ticker symbol. Required (reading raises MissingFieldError if absent)."""

    position: Decimal
    """Signed position quantity as a fixed-point count string. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    mark_price: Decimal
    """Current mark price for the market in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    position_notional: Decimal
    """Absolute notional value of the position (|qty| * mark_price) in fixed-point dollars. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    maintenance_margin_required: Decimal | None
    """Maintenance margin requirement for this position in fixed-point dollars. Null if margin config is missing.
    Example: 0.5600. Optional (None if absent)."""

    position_leverage: float | None
    """Position leverage ratio (position_notional / maintenance_margin_required). Null when maintenance margin is
    zero or config is missing. Optional (None if absent)."""

    estimated_liquidation_price: Decimal | None
    """Estimated portfolio-aware liquidation price for this position within the subaccount. Null when no valid
    liquidation price exists. Example: 0.5600. Optional (None if absent)."""

    is_portfolio: bool
    """True when this position is hedged within a portfolio, so maintenance_margin_required, position_leverage, and
    estimated_liquidation_price cannot be attributed to it individually and are not reported. Required (reading
    raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount": _t.IntField("subaccount", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "position": _t.DecimalField("position", required=True),
        "mark_price": _t.DecimalField("mark_price", required=True),
        "position_notional": _t.DecimalField("position_notional", required=True),
        "maintenance_margin_required": _t.DecimalField("maintenance_margin_required", nullable=True),
        "position_leverage": _t.FloatField("position_leverage", nullable=True),
        "estimated_liquidation_price": _t.DecimalField("estimated_liquidation_price", nullable=True),
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
            k_mark_price,
            k_position_notional,
            k_maintenance_margin_required,
            k_position_leverage,
            k_estimated_liquidation_price,
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
        if (x := _dc(v := g(k_mark_price))) is not None:  # only text already parsed is in the cache
            self.mark_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.mark_price = _nd(v)
        else:
            self._slow_field("mark_price")
        if (x := _dc(v := g(k_position_notional))) is not None:  # only text already parsed is in the cache
            self.position_notional = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_notional = _nd(v)
        else:
            self._slow_field("position_notional")
        if (x := _dc(v := g(k_maintenance_margin_required))) is not None:  # only text already parsed is in the cache
            self.maintenance_margin_required = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maintenance_margin_required = _nd(v)
        elif v is None or v == "":
            self.maintenance_margin_required = None
        else:
            self._slow_field("maintenance_margin_required")
        if type(v := g(k_position_leverage)) is float:
            self.position_leverage = v
        elif type(v) is int:
            self.position_leverage = float(v)
        elif v is None:
            self.position_leverage = None
        else:
            self._slow_field("position_leverage")
        if (x := _dc(v := g(k_estimated_liquidation_price))) is not None:  # only text already parsed is in the cache
            self.estimated_liquidation_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.estimated_liquidation_price = _nd(v)
        elif v is None or v == "":
            self.estimated_liquidation_price = None
        else:
            self._slow_field("estimated_liquidation_price")
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
        mark_price: Decimal | None | Unset = UNSET,
        position_notional: Decimal | None | Unset = UNSET,
        maintenance_margin_required: Decimal | None | Unset = UNSET,
        position_leverage: float | None | Unset = UNSET,
        estimated_liquidation_price: Decimal | None | Unset = UNSET,
        is_portfolio: bool | None | Unset = UNSET,
    ) -> None:
        """A MarginRiskPosition from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subaccount", subaccount)
        self._set("market_ticker", market_ticker)
        self._set("position", position)
        self._set("mark_price", mark_price)
        self._set("position_notional", position_notional)
        self._set("maintenance_margin_required", maintenance_margin_required)
        self._set("position_leverage", position_leverage)
        self._set("estimated_liquidation_price", estimated_liquidation_price)
        self._set("is_portfolio", is_portfolio)


_KEYS = _t.JsonKeys(*(field.key for field in MarginRiskPosition._declared.values()))  # in _load_fast's order
