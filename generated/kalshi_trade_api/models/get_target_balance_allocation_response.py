from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.resting_margin_reservation import RestingMarginReservation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_balance_allocation import TargetBalanceAllocation


_RestingMarginReservation_get = _t.member_lookup(RestingMarginReservation)


class GetTargetBalanceAllocationResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        allocations (list[TargetBalanceAllocation]): Empty when absent or null.
        resting_margin_reservation (RestingMarginReservation): Collateral an automatic rebalance leaves behind
            for resting orders. `none` reserves no
            collateral for resting orders. `max` reserves the
            largest single market-side commitment. `sum` reserves the summed margin of every resting order. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "allocations",
        "resting_margin_reservation",
    )

    allocations: list[TargetBalanceAllocation]
    """Empty when absent or null."""

    resting_margin_reservation: RestingMarginReservation
    """Collateral an automatic rebalance leaves behind for resting orders. `none` reserves no
    collateral for resting orders. `max` reserves the
    largest single market-side commitment. `sum` reserves the summed margin of every resting order. Required
    (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "allocations": _t.ModelListField(
            "allocations",
            f"{__package__}.target_balance_allocation",
            "TargetBalanceAllocation",
            required=True,
            empty=True,
        ),
        "resting_margin_reservation": _t.EnumField(
            "resting_margin_reservation", RestingMarginReservation, required=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("allocations")) is list:
            self.allocations = _BUILD["allocations"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("allocations")
        if (m := _RestingMarginReservation_get(v := g("resting_margin_reservation"))) is not None:
            self.resting_margin_reservation = m
        else:
            self._slow_field("resting_margin_reservation")

    def __init__(
        self,
        *,
        allocations: list[TargetBalanceAllocation] | None | Unset = UNSET,
        resting_margin_reservation: RestingMarginReservation | None | Unset = UNSET,
    ) -> None:
        """A GetTargetBalanceAllocationResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("allocations", allocations)
        self._set("resting_margin_reservation", resting_margin_reservation)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "allocations": _t.builder(GetTargetBalanceAllocationResponse, "allocations"),
}
