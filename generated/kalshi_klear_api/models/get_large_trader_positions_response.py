from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_large_trader_positions_response_positions_item import GetLargeTraderPositionsResponsePositionsItem


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetLargeTraderPositionsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_id (str): Optional (None if absent).
        report_date (datetime.date): ET settlement day the positions are reported for. Optional (None if
            absent).
        positions (list[GetLargeTraderPositionsResponsePositionsItem]): Empty when absent or null.
    """

    __slots__ = ()

    user_id: str | None = _field(_t.StrField("user_id"))
    """Optional (None if absent)."""

    report_date: datetime.date | None = _field(_t.DateField("report_date"))
    """ET settlement day the positions are reported for. Optional (None if absent)."""

    positions: list[GetLargeTraderPositionsResponsePositionsItem] = _field(
        _t.ModelListField(
            "positions",
            f"{__package__}.get_large_trader_positions_response_positions_item",
            "GetLargeTraderPositionsResponsePositionsItem",
            empty=True,
        )
    )
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("user_id", _M)
        if type(v) is str:
            d["user_id"] = v
        elif v is None:
            d["user_id"] = None
        elif v is not _M:
            slow("user_id")
        v = g("report_date", _M)
        if v is not _M:
            slow("report_date")
        v = g("positions", _M)
        if type(v) is list:
            d["positions"] = _convert["positions"](v)
        elif v is not _M:
            slow("positions")

    def __init__(
        self,
        *,
        user_id: str | None | Unset = UNSET,
        report_date: datetime.date | None | Unset = UNSET,
        positions: list[GetLargeTraderPositionsResponsePositionsItem] | None | Unset = UNSET,
    ) -> None:
        """A GetLargeTraderPositionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("user_id", user_id)
        self._set("report_date", report_date)
        self._set("positions", positions)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "positions": GetLargeTraderPositionsResponse.__dict__["positions"].convert,
}
