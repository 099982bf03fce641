from __future__ import annotations

from .. import types as _t


class MarginMarketShortLeverageEstimates(_t.ResponseModel):
    """Leverage estimates for a short position, keyed by the same notional position sizes as long_leverage_estimates.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A MarginMarketShortLeverageEstimates from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
