from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from .. import types as _t
from ..types import UNSET, Unset


class OrderbookSnapshotPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        market_id (UUID): Unique market UUID. Required (reading raises MissingFieldError if absent).
        clock (int): Exchange clock of the newest change this snapshot includes, or 0 if the market has no
            recorded change.
            The snapshot includes every change to this market with a clock at or below this one, and none above it.
            Minimum: 0. Required (reading raises MissingFieldError if absent).
        yes_dollars_fp (list[tuple[Decimal, Decimal]]): Optional - This key will not exist if there are no Yes
            offers in the orderbook.
            Price levels represented as [price_in_dollars, contract_count_fp].
            Format: [price_in_dollars, contract_count_fp]. Empty when absent or null.
        no_dollars_fp (list[tuple[Decimal, Decimal]]): Optional - Same format as "yes_dollars_fp" but for the NO
            side of the orderbook.
            This key will not exist if there are no No offers in the orderbook.
            Format: [price_in_dollars, contract_count_fp]. Empty when absent or null.
    """

    __slots__ = (
        "market_ticker",
        "market_id",
        "clock",
        "yes_dollars_fp",
        "no_dollars_fp",
    )

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    market_id: UUID
    """Unique market UUID. Required (reading raises MissingFieldError if absent)."""

    clock: int
    """Exchange clock of the newest change this snapshot includes, or 0 if the market has no recorded change.
    The snapshot includes every change to this market with a clock at or below this one, and none above it.
    Minimum: 0. Required (reading raises MissingFieldError if absent)."""

    yes_dollars_fp: list[tuple[Decimal, Decimal]]
    """Optional - This key will not exist if there are no Yes offers in the orderbook.
    Price levels represented as [price_in_dollars, contract_count_fp].
    Format: [price_in_dollars, contract_count_fp]. Empty when absent or null."""

    no_dollars_fp: list[tuple[Decimal, Decimal]]
    """Optional - Same format as "yes_dollars_fp" but for the NO side of the orderbook.
    This key will not exist if there are no No offers in the orderbook.
    Format: [price_in_dollars, contract_count_fp]. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "market_id": _t.UuidField("market_id", required=True),
        "clock": _t.IntField("clock", required=True),
        "yes_dollars_fp": _t.LevelsField("yes_dollars_fp", empty=True),
        "no_dollars_fp": _t.LevelsField("no_dollars_fp", empty=True),
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
        self._slow_field("market_id")
        if type(v := g("clock")) is int:
            self.clock = v
        else:
            self._slow_field("clock")
        self._slow_field("yes_dollars_fp")
        self._slow_field("no_dollars_fp")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        market_id: UUID | None | Unset = UNSET,
        clock: int | None | Unset = UNSET,
        yes_dollars_fp: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
        no_dollars_fp: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
    ) -> None:
        """A OrderbookSnapshotPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("market_id", market_id)
        self._set("clock", clock)
        self._set("yes_dollars_fp", yes_dollars_fp)
        self._set("no_dollars_fp", no_dollars_fp)
