from __future__ import annotations

from .. import types as _t


class MarginMarketLeverageEstimates(_t.ResponseModel):
    """Leverage estimates (1 / margin_rate) keyed by notional position size in dollars ("1000", "10000", "100000",
    "1000000"). Leverage decreases at larger notionals as the liquidation margin rate grows with size. Null when
    margin config or price data is unavailable.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A MarginMarketLeverageEstimates from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
