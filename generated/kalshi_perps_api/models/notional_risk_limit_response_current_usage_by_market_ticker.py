from __future__ import annotations

from .. import types as _t


class NotionalRiskLimitResponseCurrentUsageByMarketTicker(_t.ResponseModel):
    """Per-market components of total_current_usage, as fixed-point US dollar strings. Entries exist only for markets
    where the account holds positions or resting orders; like the total, values come from the exchange's read model
    and may slightly trail the engine.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A NotionalRiskLimitResponseCurrentUsageByMarketTicker from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
