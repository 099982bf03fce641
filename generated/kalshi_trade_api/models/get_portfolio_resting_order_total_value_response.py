from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


class GetPortfolioRestingOrderTotalValueResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        total_resting_order_value (int): Total value of resting orders in cents. Required (reading raises
            MissingFieldError if absent).
        resting_order_value_breakdown (list[IndexedBalance]): Total value of resting orders broken down by
            exchange index, with each balance expressed as a fixed-point dollar string. Empty when absent or null.
    """

    __slots__ = (
        "total_resting_order_value",
        "resting_order_value_breakdown",
    )

    total_resting_order_value: int
    """Total value of resting orders in cents. Required (reading raises MissingFieldError if absent)."""

    resting_order_value_breakdown: list[IndexedBalance]
    """Total value of resting orders broken down by exchange index, with each balance expressed as a fixed-point
    dollar string. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "total_resting_order_value": _t.IntField("total_resting_order_value", required=True),
        "resting_order_value_breakdown": _t.ModelListField(
            "resting_order_value_breakdown",
            f"{__package__}.indexed_balance",
            "IndexedBalance",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("total_resting_order_value")) is int:
            self.total_resting_order_value = v
        else:
            self._slow_field("total_resting_order_value")
        if type(v := g("resting_order_value_breakdown")) is list:
            self.resting_order_value_breakdown = _BUILD["resting_order_value_breakdown"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("resting_order_value_breakdown")

    def __init__(
        self,
        *,
        total_resting_order_value: int | None | Unset = UNSET,
        resting_order_value_breakdown: list[IndexedBalance] | None | Unset = UNSET,
    ) -> None:
        """A GetPortfolioRestingOrderTotalValueResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("total_resting_order_value", total_resting_order_value)
        self._set("resting_order_value_breakdown", resting_order_value_breakdown)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "resting_order_value_breakdown": _t.builder(
        GetPortfolioRestingOrderTotalValueResponse, "resting_order_value_breakdown"
    ),
}
