from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement_estimate_positions import SettlementEstimatePositions


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class SettlementEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        variation_margin_centicents (int): Variation margin. Required (reading raises MissingFieldError if
            absent).
        total_fees_centicents (int): Total fees. Required (reading raises MissingFieldError if absent).
        maintenance_margin_delta_centicents (int): Change in maintenance margin requirement. Required (reading
            raises MissingFieldError if absent).
        maintenance_margin_required_centicents (int): Maintenance margin requirement. Required (reading raises
            MissingFieldError if absent).
        total_amount_centicents (int): Estimated total settlement amount. Required (reading raises
            MissingFieldError if absent).
        positions (SettlementEstimatePositions): Map of market ticker to that market's settlement estimate.
            Optional (None if absent).
    """

    __slots__ = ()

    variation_margin_centicents: int = _field(_t.IntField("variation_margin_centicents", required=True))
    """Variation margin. Required (reading raises MissingFieldError if absent)."""

    total_fees_centicents: int = _field(_t.IntField("total_fees_centicents", required=True))
    """Total fees. Required (reading raises MissingFieldError if absent)."""

    maintenance_margin_delta_centicents: int = _field(_t.IntField("maintenance_margin_delta_centicents", required=True))
    """Change in maintenance margin requirement. Required (reading raises MissingFieldError if absent)."""

    maintenance_margin_required_centicents: int = _field(
        _t.IntField("maintenance_margin_required_centicents", required=True)
    )
    """Maintenance margin requirement. Required (reading raises MissingFieldError if absent)."""

    total_amount_centicents: int = _field(_t.IntField("total_amount_centicents", required=True))
    """Estimated total settlement amount. Required (reading raises MissingFieldError if absent)."""

    positions: SettlementEstimatePositions | None = _field(
        _t.ModelField("positions", f"{__package__}.settlement_estimate_positions", "SettlementEstimatePositions")
    )
    """Map of market ticker to that market's settlement estimate. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("variation_margin_centicents", _M)
        if type(v) is int:
            d["variation_margin_centicents"] = v
        elif v is not _M:
            slow("variation_margin_centicents")
        v = g("total_fees_centicents", _M)
        if type(v) is int:
            d["total_fees_centicents"] = v
        elif v is not _M:
            slow("total_fees_centicents")
        v = g("maintenance_margin_delta_centicents", _M)
        if type(v) is int:
            d["maintenance_margin_delta_centicents"] = v
        elif v is not _M:
            slow("maintenance_margin_delta_centicents")
        v = g("maintenance_margin_required_centicents", _M)
        if type(v) is int:
            d["maintenance_margin_required_centicents"] = v
        elif v is not _M:
            slow("maintenance_margin_required_centicents")
        v = g("total_amount_centicents", _M)
        if type(v) is int:
            d["total_amount_centicents"] = v
        elif v is not _M:
            slow("total_amount_centicents")
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
        variation_margin_centicents: int | None | Unset = UNSET,
        total_fees_centicents: int | None | Unset = UNSET,
        maintenance_margin_delta_centicents: int | None | Unset = UNSET,
        maintenance_margin_required_centicents: int | None | Unset = UNSET,
        total_amount_centicents: int | None | Unset = UNSET,
        positions: SettlementEstimatePositions | None | Unset = UNSET,
    ) -> None:
        """A SettlementEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("variation_margin_centicents", variation_margin_centicents)
        self._set("total_fees_centicents", total_fees_centicents)
        self._set("maintenance_margin_delta_centicents", maintenance_margin_delta_centicents)
        self._set("maintenance_margin_required_centicents", maintenance_margin_required_centicents)
        self._set("total_amount_centicents", total_amount_centicents)
        self._set("positions", positions)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "positions": SettlementEstimate.__dict__["positions"].convert,
}
