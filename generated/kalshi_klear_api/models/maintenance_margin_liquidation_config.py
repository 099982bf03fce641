from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


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

    __slots__ = (
        "market_ticker",
        "market_impact_volatility",
        "market_impact_coefficient",
        "market_impact_exponent",
        "market_impact_forecasted_volume",
        "spread_rate",
    )

    market_ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_volatility: float
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_coefficient: float
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_exponent: float
    """Required (reading raises MissingFieldError if absent)."""

    market_impact_forecasted_volume: float
    """Required (reading raises MissingFieldError if absent)."""

    spread_rate: float
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "market_impact_volatility": _t.FloatField("market_impact_volatility", required=True),
        "market_impact_coefficient": _t.FloatField("market_impact_coefficient", required=True),
        "market_impact_exponent": _t.FloatField("market_impact_exponent", required=True),
        "market_impact_forecasted_volume": _t.FloatField("market_impact_forecasted_volume", required=True),
        "spread_rate": _t.FloatField("spread_rate", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("market_impact_volatility")) is float:
            self.market_impact_volatility = v
        elif type(v) is int:
            self.market_impact_volatility = float(v)
        else:
            self._slow_field("market_impact_volatility")
        if type(v := g("market_impact_coefficient")) is float:
            self.market_impact_coefficient = v
        elif type(v) is int:
            self.market_impact_coefficient = float(v)
        else:
            self._slow_field("market_impact_coefficient")
        if type(v := g("market_impact_exponent")) is float:
            self.market_impact_exponent = v
        elif type(v) is int:
            self.market_impact_exponent = float(v)
        else:
            self._slow_field("market_impact_exponent")
        if type(v := g("market_impact_forecasted_volume")) is float:
            self.market_impact_forecasted_volume = v
        elif type(v) is int:
            self.market_impact_forecasted_volume = float(v)
        else:
            self._slow_field("market_impact_forecasted_volume")
        if type(v := g("spread_rate")) is float:
            self.spread_rate = v
        elif type(v) is int:
            self.spread_rate = float(v)
        else:
            self._slow_field("spread_rate")

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
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("market_impact_volatility", market_impact_volatility)
        self._set("market_impact_coefficient", market_impact_coefficient)
        self._set("market_impact_exponent", market_impact_exponent)
        self._set("market_impact_forecasted_volume", market_impact_forecasted_volume)
        self._set("spread_rate", spread_rate)
