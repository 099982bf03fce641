from __future__ import annotations

from .. import types as _t


class GetSettlementPricesResponseSettlementPrices(_t.ResponseModel):
    """Map of market ticker to that market's settlement (mark) price at the requested settlement time, in centicents.
    Empty when no settlement ran for that asset class and settlement time.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A GetSettlementPricesResponseSettlementPrices from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
