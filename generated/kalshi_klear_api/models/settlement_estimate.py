from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement_estimate_positions import SettlementEstimatePositions


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("variation_margin_centicents")) is int:
            d["variation_margin_centicents"] = v
        else:
            self._slow_field("variation_margin_centicents")
        if type(v := g("total_fees_centicents")) is int:
            d["total_fees_centicents"] = v
        else:
            self._slow_field("total_fees_centicents")
        if type(v := g("maintenance_margin_delta_centicents")) is int:
            d["maintenance_margin_delta_centicents"] = v
        else:
            self._slow_field("maintenance_margin_delta_centicents")
        if type(v := g("maintenance_margin_required_centicents")) is int:
            d["maintenance_margin_required_centicents"] = v
        else:
            self._slow_field("maintenance_margin_required_centicents")
        if type(v := g("total_amount_centicents")) is int:
            d["total_amount_centicents"] = v
        else:
            self._slow_field("total_amount_centicents")
        if type(v := g("positions")) is dict:
            d["positions"] = _BUILD["positions"](v)
        elif v is None:
            d["positions"] = None
        else:
            self._slow_field("positions")

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
        self._done = None
        self._set("variation_margin_centicents", variation_margin_centicents)
        self._set("total_fees_centicents", total_fees_centicents)
        self._set("maintenance_margin_delta_centicents", maintenance_margin_delta_centicents)
        self._set("maintenance_margin_required_centicents", maintenance_margin_required_centicents)
        self._set("total_amount_centicents", total_amount_centicents)
        self._set("positions", positions)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "positions": SettlementEstimate.__dict__["positions"].build,
}
