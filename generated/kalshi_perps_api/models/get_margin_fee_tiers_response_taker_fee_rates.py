from __future__ import annotations

from .. import types as _t


class GetMarginFeeTiersResponseTakerFeeRates(_t.ResponseModel):
    """A map of margin market ticker to the taker-side fee rate as a decimal fraction of notional (e.g. 0.0012 = 0.12%
    = 12 bps). Multiply notional by this value to compute the fee.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A GetMarginFeeTiersResponseTakerFeeRates from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
