from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade import Trade


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetTradesResponse(_t.Page["Trade"], _t.ResponseModel):
    """A page of ``trades``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            trades (list[Trade]): Empty when absent or null.
            cursor (str): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()
    items_field = "trades"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.trade", "Trade")

    trades: list[Trade] = _field(
        _t.ModelListField("trades", f"{__package__}.trade", "Trade", required=True, empty=True)
    )
    """Empty when absent or null."""

    cursor: str = _field(_t.StrField("cursor", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("trades")) is list:
            d["trades"] = _BUILD["trades"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("trades")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        trades: list[Trade] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetTradesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("trades", trades)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "trades": GetTradesResponse.__dict__["trades"].build,
}
