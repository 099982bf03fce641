from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t

if TYPE_CHECKING:
    pass


class GetSettlementEstimateByAssetClassResponseEstimates(_t.ResponseModel):
    """Map of asset class to the estimated next settlement for that asset class.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A GetSettlementEstimateByAssetClassResponseEstimates from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
