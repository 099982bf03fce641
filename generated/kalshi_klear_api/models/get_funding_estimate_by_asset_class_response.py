from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_funding_estimate_by_asset_class_response_estimates import (
        GetFundingEstimateByAssetClassResponseEstimates,
    )


class GetFundingEstimateByAssetClassResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        estimates (GetFundingEstimateByAssetClassResponseEstimates): Keyed by asset class. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ("estimates",)

    estimates: GetFundingEstimateByAssetClassResponseEstimates
    """Keyed by asset class. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "estimates": _t.ModelField(
            "estimates",
            f"{__package__}.get_funding_estimate_by_asset_class_response_estimates",
            "GetFundingEstimateByAssetClassResponseEstimates",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("estimates")) is dict:
            self.estimates = _BUILD["estimates"](v)
        else:
            self._slow_field("estimates")

    def __init__(
        self,
        *,
        estimates: GetFundingEstimateByAssetClassResponseEstimates | None | Unset = UNSET,
    ) -> None:
        """A GetFundingEstimateByAssetClassResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("estimates", estimates)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "estimates": _t.builder(GetFundingEstimateByAssetClassResponse, "estimates"),
}
