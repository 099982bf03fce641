from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.resting_margin_reservation import RestingMarginReservation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_balance_allocation import TargetBalanceAllocation


_RestingMarginReservation_get = RestingMarginReservation._value2member_map_.get


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    allocations: list[TargetBalanceAllocation] = _field(
        _t.ModelListField(
            "allocations",
            f"{__package__}.target_balance_allocation",
            "TargetBalanceAllocation",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

    resting_margin_reservation: RestingMarginReservation = _field(
        _t.EnumField("resting_margin_reservation", RestingMarginReservation, required=True)
    )
    """Collateral an automatic rebalance leaves behind for resting orders. `none` reserves no
    collateral for resting orders. `max` reserves the
    largest single market-side commitment. `sum` reserves the summed margin of every resting order. Required
    (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("allocations")) is list:
            d["allocations"] = _BUILD["allocations"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("allocations")
        if (m := _RestingMarginReservation_get(v := g("resting_margin_reservation"))) is not None:
            d["resting_margin_reservation"] = m
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "allocations": GetTargetBalanceAllocationResponse.__dict__["allocations"].build,
}
