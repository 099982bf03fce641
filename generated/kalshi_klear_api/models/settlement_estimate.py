from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement_estimate_positions import SettlementEstimatePositions


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

    __slots__ = (
        "variation_margin_centicents",
        "total_fees_centicents",
        "maintenance_margin_delta_centicents",
        "maintenance_margin_required_centicents",
        "total_amount_centicents",
        "positions",
    )

    variation_margin_centicents: int
    """Variation margin. Required (reading raises MissingFieldError if absent)."""

    total_fees_centicents: int
    """Total fees. Required (reading raises MissingFieldError if absent)."""

    maintenance_margin_delta_centicents: int
    """Change in maintenance margin requirement. Required (reading raises MissingFieldError if absent)."""

    maintenance_margin_required_centicents: int
    """Maintenance margin requirement. Required (reading raises MissingFieldError if absent)."""

    total_amount_centicents: int
    """Estimated total settlement amount. Required (reading raises MissingFieldError if absent)."""

    positions: SettlementEstimatePositions | None
    """Map of market ticker to that market's settlement estimate. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "variation_margin_centicents": _t.IntField("variation_margin_centicents", required=True),
        "total_fees_centicents": _t.IntField("total_fees_centicents", required=True),
        "maintenance_margin_delta_centicents": _t.IntField("maintenance_margin_delta_centicents", required=True),
        "maintenance_margin_required_centicents": _t.IntField("maintenance_margin_required_centicents", required=True),
        "total_amount_centicents": _t.IntField("total_amount_centicents", required=True),
        "positions": _t.ModelField(
            "positions", f"{__package__}.settlement_estimate_positions", "SettlementEstimatePositions"
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("variation_margin_centicents")) is int:
            self.variation_margin_centicents = v
        else:
            self._slow_field("variation_margin_centicents")
        if type(v := g("total_fees_centicents")) is int:
            self.total_fees_centicents = v
        else:
            self._slow_field("total_fees_centicents")
        if type(v := g("maintenance_margin_delta_centicents")) is int:
            self.maintenance_margin_delta_centicents = v
        else:
            self._slow_field("maintenance_margin_delta_centicents")
        if type(v := g("maintenance_margin_required_centicents")) is int:
            self.maintenance_margin_required_centicents = v
        else:
            self._slow_field("maintenance_margin_required_centicents")
        if type(v := g("total_amount_centicents")) is int:
            self.total_amount_centicents = v
        else:
            self._slow_field("total_amount_centicents")
        if type(v := g("positions")) is dict:
            self.positions = _BUILD["positions"](v)
        elif v is None:
            self.positions = None
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


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "positions": _t.builder(SettlementEstimate, "positions"),
}
