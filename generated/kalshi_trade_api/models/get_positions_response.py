from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetPositionsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        cursor (str): The Cursor represents a pointer to the next page of records in the pagination. Use the
            value returned here in the cursor query parameter for this end-point to get the next page containing
            limit records. An empty value of this field indicates there is no next page. Optional (None if absent).
        market_positions (list[MarketPosition]): List of market positions. Empty when absent or null.
        event_positions (list[EventPosition]): List of event positions. Empty when absent or null.
    """

    __slots__ = ()

    cursor: str | None = _field(_t.StrField("cursor"))
    """The Cursor represents a pointer to the next page of records in the pagination. Use the value returned here
    in the cursor query parameter for this end-point to get the next page containing limit records. An empty
    value of this field indicates there is no next page. Optional (None if absent)."""

    market_positions: list[MarketPosition] = _field(
        _t.ModelListField(
            "market_positions", f"{__package__}.market_position", "MarketPosition", required=True, empty=True
        )
    )
    """List of market positions. Empty when absent or null."""

    event_positions: list[EventPosition] = _field(
        _t.ModelListField(
            "event_positions", f"{__package__}.event_position", "EventPosition", required=True, empty=True
        )
    )
    """List of event positions. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
        else:
            self._slow_field("cursor")
        if type(v := g("market_positions")) is list:
            d["market_positions"] = _BUILD["market_positions"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("market_positions")
        if type(v := g("event_positions")) is list:
            d["event_positions"] = _BUILD["event_positions"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "market_positions": GetPositionsResponse.__dict__["market_positions"].build,
    "event_positions": GetPositionsResponse.__dict__["event_positions"].build,
}
