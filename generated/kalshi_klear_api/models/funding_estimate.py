from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_estimate_positions import FundingEstimatePositions


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class FundingEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        funding_amount_centicents (int): Required (reading raises MissingFieldError if absent).
        positions (FundingEstimatePositions): Keyed by market ticker; only present on subtrader and group
            breakdowns. Optional (None if absent).
    """

    __slots__ = ()

    funding_amount_centicents: int = _field(_t.IntField("funding_amount_centicents", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    positions: FundingEstimatePositions | None = _field(
        _t.ModelField("positions", f"{__package__}.funding_estimate_positions", "FundingEstimatePositions")
    )
    """Keyed by market ticker; only present on subtrader and group breakdowns. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("funding_amount_centicents", _M)
        if type(v) is int:
            d["funding_amount_centicents"] = v
        elif v is not _M:
            slow("funding_amount_centicents")
        v = g("positions", _M)
        if type(v) is dict:
            d["positions"] = _convert["positions"](v)
        elif v is None:
            d["positions"] = None
        elif v is not _M:
            slow("positions")

    def __init__(
        self,
        *,
        funding_amount_centicents: int | None | Unset = UNSET,
        positions: FundingEstimatePositions | None | Unset = UNSET,
    ) -> None:
        """A FundingEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("funding_amount_centicents", funding_amount_centicents)
        self._set("positions", positions)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "positions": FundingEstimate.__dict__["positions"].convert,
}
