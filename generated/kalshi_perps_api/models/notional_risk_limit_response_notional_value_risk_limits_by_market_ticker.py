from __future__ import annotations

from .. import types as _t


class NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker(_t.ResponseModel):
    """Map of market_ticker to notional value risk limit as a fixed-point dollar string with 4 decimal places (e.g.,
    "5000.0000"). If present, the market-level risk limit overrides the default notional value risk limit.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
