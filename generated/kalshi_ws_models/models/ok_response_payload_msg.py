from __future__ import annotations

from uuid import UUID

from .. import types as _t
from ..types import UNSET, Unset


class OkResponsePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_tickers (list[str]): Full list of market tickers after update. Empty when absent or null.
        market_ids (list[UUID]): Full list of market IDs after update. Empty when absent or null.
    """

    __slots__ = (
        "market_tickers",
        "market_ids",
    )

    market_tickers: list[str]
    """Full list of market tickers after update. Empty when absent or null."""

    market_ids: list[UUID]
    """Full list of market IDs after update. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_tickers": _t.ListField("market_tickers", _t.StrField("item"), empty=True),
        "market_ids": _t.ListField("market_ids", _t.UuidField("item"), empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("market_tickers")
        self._slow_field("market_ids")

    def __init__(
        self,
        *,
        market_tickers: list[str] | None | Unset = UNSET,
        market_ids: list[UUID] | None | Unset = UNSET,
    ) -> None:
        """A OkResponsePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_tickers", market_tickers)
        self._set("market_ids", market_ids)
