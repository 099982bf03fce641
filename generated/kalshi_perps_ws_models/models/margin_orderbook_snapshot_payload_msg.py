from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset


class MarginOrderbookSnapshotPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        bid (list[tuple[Decimal, Decimal]]): Empty when absent or null.
        ask (list[tuple[Decimal, Decimal]]): Empty when absent or null.
    """

    __slots__ = (
        "market_ticker",
        "bid",
        "ask",
    )

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    bid: list[tuple[Decimal, Decimal]]
    """Empty when absent or null."""

    ask: list[tuple[Decimal, Decimal]]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "bid": _t.LevelsField("bid", empty=True),
        "ask": _t.LevelsField("ask", empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        self._slow_field("bid")
        self._slow_field("ask")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        bid: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
        ask: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
    ) -> None:
        """A MarginOrderbookSnapshotPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("bid", bid)
        self._set("ask", ask)
