from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_margin_risk_parameters_response_initial_margin_multiplier import (
        GetMarginRiskParametersResponseInitialMarginMultiplier,
    )


class GetMarginRiskParametersResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        liquidation_margin_ratio_threshold (float): Margin ratio at which a position is liquidated. Required
            (reading raises MissingFieldError if absent).
        queue_entry_margin_ratio_threshold (float): Margin ratio at which a position enters the liquidation
            queue. Required (reading raises MissingFieldError if absent).
        initial_margin_multiplier (GetMarginRiskParametersResponseInitialMarginMultiplier): Map of market ticker
            to initial margin multiplier. The initial margin requirement is the maintenance margin multiplied by
            this value. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "liquidation_margin_ratio_threshold",
        "queue_entry_margin_ratio_threshold",
        "initial_margin_multiplier",
    )

    liquidation_margin_ratio_threshold: float
    """Margin ratio at which a position is liquidated. Required (reading raises MissingFieldError if absent)."""

    queue_entry_margin_ratio_threshold: float
    """Margin ratio at which a position enters the liquidation queue. Required (reading raises MissingFieldError if
    absent)."""

    initial_margin_multiplier: GetMarginRiskParametersResponseInitialMarginMultiplier
    """Map of market ticker to initial margin multiplier. The initial margin requirement is the maintenance margin
    multiplied by this value. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "liquidation_margin_ratio_threshold": _t.FloatField("liquidation_margin_ratio_threshold", required=True),
        "queue_entry_margin_ratio_threshold": _t.FloatField("queue_entry_margin_ratio_threshold", required=True),
        "initial_margin_multiplier": _t.ModelField(
            "initial_margin_multiplier",
            f"{__package__}.get_margin_risk_parameters_response_initial_margin_multiplier",
            "GetMarginRiskParametersResponseInitialMarginMultiplier",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("liquidation_margin_ratio_threshold")) is float:
            self.liquidation_margin_ratio_threshold = v
        elif type(v) is int:
            self.liquidation_margin_ratio_threshold = float(v)
        else:
            self._slow_field("liquidation_margin_ratio_threshold")
        if type(v := g("queue_entry_margin_ratio_threshold")) is float:
            self.queue_entry_margin_ratio_threshold = v
        elif type(v) is int:
            self.queue_entry_margin_ratio_threshold = float(v)
        else:
            self._slow_field("queue_entry_margin_ratio_threshold")
        if type(v := g("initial_margin_multiplier")) is dict:
            self.initial_margin_multiplier = _BUILD["initial_margin_multiplier"](v)
        else:
            self._slow_field("initial_margin_multiplier")

    def __init__(
        self,
        *,
        liquidation_margin_ratio_threshold: float | None | Unset = UNSET,
        queue_entry_margin_ratio_threshold: float | None | Unset = UNSET,
        initial_margin_multiplier: GetMarginRiskParametersResponseInitialMarginMultiplier | None | Unset = UNSET,
    ) -> None:
        """A GetMarginRiskParametersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("liquidation_margin_ratio_threshold", liquidation_margin_ratio_threshold)
        self._set("queue_entry_margin_ratio_threshold", queue_entry_margin_ratio_threshold)
        self._set("initial_margin_multiplier", initial_margin_multiplier)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "initial_margin_multiplier": _t.builder(GetMarginRiskParametersResponse, "initial_margin_multiplier"),
}
