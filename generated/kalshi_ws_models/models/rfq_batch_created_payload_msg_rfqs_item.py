from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class RfqBatchCreatedPayloadMsgRfqsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the child RFQ. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if
            absent).
        event_ticker (str): Event ticker (optional) Optional (None if absent).
        contracts_fp (Decimal): Fixed-point contracts requested (2 decimals) (optional) Optional (None if
            absent).
        target_cost_dollars (Decimal): Target cost in dollars (optional) Optional (None if absent).
        mve_collection_ticker (str): Multivariate event collection ticker (optional) Optional (None if absent).
        leg_indices (list[int]): Indexes into legs of this combo's legs. Empty when absent or null.
    """

    __slots__ = (
        "id",
        "market_ticker",
        "event_ticker",
        "contracts_fp",
        "target_cost_dollars",
        "mve_collection_ticker",
        "leg_indices",
    )

    id: str
    """Unique identifier for the child RFQ. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str | None
    """Event ticker (optional) Optional (None if absent)."""

    contracts_fp: Decimal | None
    """Fixed-point contracts requested (2 decimals) (optional) Optional (None if absent)."""

    target_cost_dollars: Decimal | None
    """Target cost in dollars (optional) Optional (None if absent)."""

    mve_collection_ticker: str | None
    """Multivariate event collection ticker (optional) Optional (None if absent)."""

    leg_indices: list[int]
    """Indexes into legs of this combo's legs. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "event_ticker": _t.StrField("event_ticker"),
        "contracts_fp": _t.DecimalField("contracts_fp"),
        "target_cost_dollars": _t.DecimalField("target_cost_dollars"),
        "mve_collection_ticker": _t.StrField("mve_collection_ticker"),
        "leg_indices": _t.ListField("leg_indices", _t.IntField("item"), required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        elif v is None:
            self.event_ticker = None
        else:
            self._slow_field("event_ticker")
        if (x := _dc(v := g("contracts_fp"))) is not None:  # only text already parsed is in the cache
            self.contracts_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.contracts_fp = _nd(v)
        elif v is None or v == "":
            self.contracts_fp = None
        else:
            self._slow_field("contracts_fp")
        if (x := _dc(v := g("target_cost_dollars"))) is not None:  # only text already parsed is in the cache
            self.target_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.target_cost_dollars = _nd(v)
        elif v is None or v == "":
            self.target_cost_dollars = None
        else:
            self._slow_field("target_cost_dollars")
        if type(v := g("mve_collection_ticker")) is str:
            self.mve_collection_ticker = v
        elif v is None:
            self.mve_collection_ticker = None
        else:
            self._slow_field("mve_collection_ticker")
        self._slow_field("leg_indices")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        contracts_fp: Decimal | None | Unset = UNSET,
        target_cost_dollars: Decimal | None | Unset = UNSET,
        mve_collection_ticker: str | None | Unset = UNSET,
        leg_indices: list[int] | None | Unset = UNSET,
    ) -> None:
        """A RfqBatchCreatedPayloadMsgRfqsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("market_ticker", market_ticker)
        self._set("event_ticker", event_ticker)
        self._set("contracts_fp", contracts_fp)
        self._set("target_cost_dollars", target_cost_dollars)
        self._set("mve_collection_ticker", mve_collection_ticker)
        self._set("leg_indices", leg_indices)
