from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_estimate_positions import FundingEstimatePositions


class FundingEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        funding_amount_centicents (int): Required (reading raises MissingFieldError if absent).
        positions (FundingEstimatePositions): Keyed by market ticker; only present on subtrader and group
            breakdowns. Optional (None if absent).
    """

    __slots__ = (
        "funding_amount_centicents",
        "positions",
    )

    funding_amount_centicents: int
    """Required (reading raises MissingFieldError if absent)."""

    positions: FundingEstimatePositions | None
    """Keyed by market ticker; only present on subtrader and group breakdowns. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "funding_amount_centicents": _t.IntField("funding_amount_centicents", required=True),
        "positions": _t.ModelField(
            "positions", f"{__package__}.funding_estimate_positions", "FundingEstimatePositions"
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("funding_amount_centicents")) is int:
            self.funding_amount_centicents = v
        else:
            self._slow_field("funding_amount_centicents")
        if type(v := g("positions")) is dict:
            self.positions = _BUILD["positions"](v)
        elif v is None:
            self.positions = None
        else:
            self._slow_field("positions")

    def __init__(
        self,
        *,
        funding_amount_centicents: int | None | Unset = UNSET,
        positions: FundingEstimatePositions | None | Unset = UNSET,
    ) -> None:
        """A FundingEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("funding_amount_centicents", funding_amount_centicents)
        self._set("positions", positions)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "positions": _t.builder(FundingEstimate, "positions"),
}
