from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_large_trader_positions_response_positions_item import GetLargeTraderPositionsResponsePositionsItem


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("user_id")) is str:
            d["user_id"] = v
        elif v is None:
            d["user_id"] = None
        else:
            self._slow_field("user_id")
        self._slow_field("report_date")
        if type(v := g("positions")) is list:
            d["positions"] = _BUILD["positions"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("positions")

    def __init__(
        self,
        *,
        user_id: str | None | Unset = UNSET,
        report_date: datetime.date | None | Unset = UNSET,
        positions: list[GetLargeTraderPositionsResponsePositionsItem] | None | Unset = UNSET,
    ) -> None:
        """A GetLargeTraderPositionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("user_id", user_id)
        self._set("report_date", report_date)
        self._set("positions", positions)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "positions": GetLargeTraderPositionsResponse.__dict__["positions"].build,
}
