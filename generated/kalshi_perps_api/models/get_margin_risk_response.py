from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_risk_position import MarginRiskPosition


_dc = _t.cached_decimal
_nd = _t.new_decimal


class GetMarginRiskResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        account_leverage (float): Account-level leverage (total_position_notional / total_maintenance_margin).
            Null when total maintenance margin is zero. Optional (None if absent).
        total_position_notional (Decimal): Sum of absolute position notional values across all positions in
            fixed-point dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        total_maintenance_margin (Decimal): Sum of maintenance margin requirements across all positions in
            fixed-point dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        positions (list[MarginRiskPosition]): Per-position risk breakdown grouped by subaccount and market.
            Empty when absent or null.
    """

    __slots__ = (
        "account_leverage",
        "total_position_notional",
        "total_maintenance_margin",
        "positions",
    )

    account_leverage: float | None
    """Account-level leverage (total_position_notional / total_maintenance_margin). Null when total maintenance
    margin is zero. Optional (None if absent)."""

    total_position_notional: Decimal
    """Sum of absolute position notional values across all positions in fixed-point dollars. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    total_maintenance_margin: Decimal
    """Sum of maintenance margin requirements across all positions in fixed-point dollars. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    positions: list[MarginRiskPosition]
    """Per-position risk breakdown grouped by subaccount and market. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "account_leverage": _t.FloatField("account_leverage", nullable=True),
        "total_position_notional": _t.DecimalField("total_position_notional", required=True),
        "total_maintenance_margin": _t.DecimalField("total_maintenance_margin", required=True),
        "positions": _t.ModelListField(
            "positions", f"{__package__}.margin_risk_position", "MarginRiskPosition", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("account_leverage")) is float:
            self.account_leverage = v
        elif type(v) is int:
            self.account_leverage = float(v)
        elif v is None:
            self.account_leverage = None
        else:
            self._slow_field("account_leverage")
        if (x := _dc(v := g("total_position_notional"))) is not None:  # only text already parsed is in the cache
            self.total_position_notional = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.total_position_notional = _nd(v)
        else:
            self._slow_field("total_position_notional")
        if (x := _dc(v := g("total_maintenance_margin"))) is not None:  # only text already parsed is in the cache
            self.total_maintenance_margin = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.total_maintenance_margin = _nd(v)
        else:
            self._slow_field("total_maintenance_margin")
        if type(v := g("positions")) is list:
            self.positions = _BUILD["positions"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("positions")

    def __init__(
        self,
        *,
        account_leverage: float | None | Unset = UNSET,
        total_position_notional: Decimal | None | Unset = UNSET,
        total_maintenance_margin: Decimal | None | Unset = UNSET,
        positions: list[MarginRiskPosition] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginRiskResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("account_leverage", account_leverage)
        self._set("total_position_notional", total_position_notional)
        self._set("total_maintenance_margin", total_maintenance_margin)
        self._set("positions", positions)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "positions": _t.builder(GetMarginRiskResponse, "positions"),
}
