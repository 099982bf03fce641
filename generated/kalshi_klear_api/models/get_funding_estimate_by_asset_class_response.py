from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_funding_estimate_by_asset_class_response_estimates import (
        GetFundingEstimateByAssetClassResponseEstimates,
    )


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetFundingEstimateByAssetClassResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        estimates (GetFundingEstimateByAssetClassResponseEstimates): Keyed by asset class. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ()

    estimates: GetFundingEstimateByAssetClassResponseEstimates = _field(
        _t.ModelField(
            "estimates",
            f"{__package__}.get_funding_estimate_by_asset_class_response_estimates",
            "GetFundingEstimateByAssetClassResponseEstimates",
            required=True,
        )
    )
    """Keyed by asset class. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("estimates", _M)
        if type(v) is dict:
            d["estimates"] = _convert["estimates"](v)
        elif v is not _M:
            slow("estimates")

    def __init__(
        self,
        *,
        estimates: GetFundingEstimateByAssetClassResponseEstimates | None | Unset = UNSET,
    ) -> None:
        """A GetFundingEstimateByAssetClassResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("estimates", estimates)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "estimates": GetFundingEstimateByAssetClassResponse.__dict__["estimates"].convert,
}
