from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_large_trader_positions_response_positions_item import GetLargeTraderPositionsResponsePositionsItem


class GetLargeTraderPositionsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_id (str): Optional (None if absent).
        report_date (datetime.date): ET settlement day the positions are reported for. Optional (None if
            absent).
        positions (list[GetLargeTraderPositionsResponsePositionsItem]): Empty when absent or null.
    """

    __slots__ = (
        "user_id",
        "report_date",
        "positions",
    )

    user_id: str | None
    """Optional (None if absent)."""

    report_date: datetime.date | None
    """ET settlement day the positions are reported for. Optional (None if absent)."""

    positions: list[GetLargeTraderPositionsResponsePositionsItem]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "user_id": _t.StrField("user_id"),
        "report_date": _t.DateField("report_date"),
        "positions": _t.ModelListField(
            "positions",
            f"{__package__}.get_large_trader_positions_response_positions_item",
            "GetLargeTraderPositionsResponsePositionsItem",
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("user_id")) is str:
            self.user_id = v
        elif v is None:
            self.user_id = None
        else:
            self._slow_field("user_id")
        self._slow_field("report_date")
        if type(v := g("positions")) is list:
            self.positions = _BUILD["positions"](v)
        elif v is not None:  # absent or null: the field reads it as empty
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


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "positions": _t.builder(GetLargeTraderPositionsResponse, "positions"),
}
