from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_risk_position import MarginRiskPosition


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    account_leverage: float | None = _field(_t.FloatField("account_leverage", nullable=True))
    """Account-level leverage (total_position_notional / total_maintenance_margin). Null when total maintenance
    margin is zero. Optional (None if absent)."""

    total_position_notional: Decimal = _field(_t.DecimalField("total_position_notional", required=True))
    """Sum of absolute position notional values across all positions in fixed-point dollars. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    total_maintenance_margin: Decimal = _field(_t.DecimalField("total_maintenance_margin", required=True))
    """Sum of maintenance margin requirements across all positions in fixed-point dollars. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    positions: list[MarginRiskPosition] = _field(
        _t.ModelListField(
            "positions", f"{__package__}.margin_risk_position", "MarginRiskPosition", required=True, empty=True
        )
    )
    """Per-position risk breakdown grouped by subaccount and market. Empty when absent or null."""

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
        self._set("account_leverage", account_leverage)
        self._set("total_position_notional", total_position_notional)
        self._set("total_maintenance_margin", total_maintenance_margin)
        self._set("positions", positions)
