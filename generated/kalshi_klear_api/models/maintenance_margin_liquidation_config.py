from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MaintenanceMarginLiquidationConfig(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Required (reading raises MissingFieldError if absent).
        market_impact_volatility (float): Required (reading raises MissingFieldError if absent).
        market_impact_coefficient (float): Required (reading raises MissingFieldError if absent).
        market_impact_exponent (float): Required (reading raises MissingFieldError if absent).
        market_impact_forecasted_volume (float): Required (reading raises MissingFieldError if absent).
        spread_rate (float): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_volatility: float = _field(_t.FloatField("market_impact_volatility", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_coefficient: float = _field(_t.FloatField("market_impact_coefficient", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_exponent: float = _field(_t.FloatField("market_impact_exponent", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_forecasted_volume: float = _field(_t.FloatField("market_impact_forecasted_volume", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    spread_rate: float = _field(_t.FloatField("spread_rate", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        market_impact_volatility: float | None | Unset = UNSET,
        market_impact_coefficient: float | None | Unset = UNSET,
        market_impact_exponent: float | None | Unset = UNSET,
        market_impact_forecasted_volume: float | None | Unset = UNSET,
        spread_rate: float | None | Unset = UNSET,
    ) -> None:
        """A MaintenanceMarginLiquidationConfig from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_ticker", market_ticker)
        self._set("market_impact_volatility", market_impact_volatility)
        self._set("market_impact_coefficient", market_impact_coefficient)
        self._set("market_impact_exponent", market_impact_exponent)
        self._set("market_impact_forecasted_volume", market_impact_forecasted_volume)
        self._set("spread_rate", spread_rate)
