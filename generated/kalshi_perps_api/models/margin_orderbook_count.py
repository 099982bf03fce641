from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset


class MarginOrderbookCount(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        bids (list[tuple[Decimal, Decimal]]): Bid price levels, ordered from best bid downward. Each level is
            [price, quantity]. Empty when absent or null.
        asks (list[tuple[Decimal, Decimal]]): Ask price levels, ordered from best ask upward. Each level is
            [price, quantity]. Empty when absent or null.
    """

    __slots__ = (
        "bids",
        "asks",
    )

    bids: list[tuple[Decimal, Decimal]]
    """Bid price levels, ordered from best bid downward. Each level is [price, quantity]. Empty when absent or
    null."""

    asks: list[tuple[Decimal, Decimal]]
    """Ask price levels, ordered from best ask upward. Each level is [price, quantity]. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "bids": _t.LevelsField("bids", required=True, empty=True),
        "asks": _t.LevelsField("asks", required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("bids")
        self._slow_field("asks")

    def __init__(
        self,
        *,
        bids: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
        asks: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
    ) -> None:
        """A MarginOrderbookCount from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("bids", bids)
        self._set("asks", asks)
