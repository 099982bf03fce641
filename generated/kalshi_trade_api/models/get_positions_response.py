from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


class GetPositionsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        cursor (str): The Cursor represents a pointer to the next page of records in the pagination. Use the
            value returned here in the cursor query parameter for this end-point to get the next page containing
            limit records. An empty value of this field indicates there is no next page. Optional (None if absent).
        market_positions (list[MarketPosition]): List of market positions. Empty when absent or null.
        event_positions (list[EventPosition]): List of event positions. Empty when absent or null.
    """

    __slots__ = (
        "cursor",
        "market_positions",
        "event_positions",
    )

    cursor: str | None
    """The Cursor represents a pointer to the next page of records in the pagination. Use the value returned here
    in the cursor query parameter for this end-point to get the next page containing limit records. An empty
    value of this field indicates there is no next page. Optional (None if absent)."""

    market_positions: list[MarketPosition]
    """List of market positions. Empty when absent or null."""

    event_positions: list[EventPosition]
    """List of event positions. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "cursor": _t.StrField("cursor"),
        "market_positions": _t.ModelListField(
            "market_positions", f"{__package__}.market_position", "MarketPosition", required=True, empty=True
        ),
        "event_positions": _t.ModelListField(
            "event_positions", f"{__package__}.event_position", "EventPosition", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")
        if type(v := g("market_positions")) is list:
            self.market_positions = _BUILD["market_positions"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("market_positions")
        if type(v := g("event_positions")) is list:
            self.event_positions = _BUILD["event_positions"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("event_positions")

    def __init__(
        self,
        *,
        cursor: str | None | Unset = UNSET,
        market_positions: list[MarketPosition] | None | Unset = UNSET,
        event_positions: list[EventPosition] | None | Unset = UNSET,
    ) -> None:
        """A GetPositionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("cursor", cursor)
        self._set("market_positions", market_positions)
        self._set("event_positions", event_positions)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "market_positions": _t.builder(GetPositionsResponse, "market_positions"),
    "event_positions": _t.builder(GetPositionsResponse, "event_positions"),
}
