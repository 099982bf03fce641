from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.resting_margin_reservation import RestingMarginReservation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_balance_allocation import TargetBalanceAllocation


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("allocations", _M)
        if type(v) is list:
            d["allocations"] = _convert["allocations"](v)
        elif v is not _M:
            slow("allocations")
        v = g("resting_margin_reservation", _M)
        m = RestingMarginReservation._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["resting_margin_reservation"] = m
        elif v is not _M:
            slow("resting_margin_reservation")

    def __init__(
        self,
        *,
        allocations: list[TargetBalanceAllocation] | None | Unset = UNSET,
        resting_margin_reservation: RestingMarginReservation | None | Unset = UNSET,
    ) -> None:
        """A GetTargetBalanceAllocationResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("allocations", allocations)
        self._set("resting_margin_reservation", resting_margin_reservation)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "allocations": GetTargetBalanceAllocationResponse.__dict__["allocations"].convert,
}
