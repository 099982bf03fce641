from __future__ import annotations

from .. import types as _t


class GetMarginFeeTiersResponseMakerFeeRates(_t.ResponseModel):
    """A map of margin market ticker to the maker-side fee rate as a decimal fraction of notional (e.g. 0.0005 = 0.05%
    = 5 bps). Multiply notional by this value to compute the fee.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A GetMarginFeeTiersResponseMakerFeeRates from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
