from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetPortfolioRestingOrderTotalValueResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        total_resting_order_value (int): Total value of resting orders in cents. Required (reading raises
            MissingFieldError if absent).
        resting_order_value_breakdown (list[IndexedBalance]): Total value of resting orders broken down by
            exchange index, with each balance expressed as a fixed-point dollar string. Empty when absent or null.
    """

    __slots__ = ()

    total_resting_order_value: int = _field(_t.IntField("total_resting_order_value", required=True))
    """Total value of resting orders in cents. Required (reading raises MissingFieldError if absent)."""

    resting_order_value_breakdown: list[IndexedBalance] = _field(
        _t.ModelListField(
            "resting_order_value_breakdown",
            f"{__package__}.indexed_balance",
            "IndexedBalance",
            required=True,
            empty=True,
        )
    )
    """Total value of resting orders broken down by exchange index, with each balance expressed as a fixed-point
    dollar string. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("total_resting_order_value", _M)
        if type(v) is int:
            d["total_resting_order_value"] = v
        elif v is not _M:
            slow("total_resting_order_value")
        v = g("resting_order_value_breakdown", _M)
        if type(v) is list:
            d["resting_order_value_breakdown"] = _convert["resting_order_value_breakdown"](v)
        elif v is not _M:
            slow("resting_order_value_breakdown")

    def __init__(
        self,
        *,
        total_resting_order_value: int | None | Unset = UNSET,
        resting_order_value_breakdown: list[IndexedBalance] | None | Unset = UNSET,
    ) -> None:
        """A GetPortfolioRestingOrderTotalValueResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("total_resting_order_value", total_resting_order_value)
        self._set("resting_order_value_breakdown", resting_order_value_breakdown)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "resting_order_value_breakdown": GetPortfolioRestingOrderTotalValueResponse.__dict__[
        "resting_order_value_breakdown"
    ].convert,
}
