from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class CFBenchmarksValue5HzPayload(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        index_id (str): CF Benchmarks index ID (for example "BRTI") Required (reading raises MissingFieldError
            if absent).
        value_usd (Decimal): Index value in USD, formatted with exactly 8 decimal places. Required (reading
            raises MissingFieldError if absent).
        source_ts_ms (int): Upstream publication timestamp of the tick (unix ms) Required (reading raises
            MissingFieldError if absent).
        received_at (int): When Kalshi received the upstream frame (unix ms) Required (reading raises
            MissingFieldError if absent).
        data (str): The raw CF Benchmarks JSON frame, as a string. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = (
        "index_id",
        "value_usd",
        "source_ts_ms",
        "received_at",
        "data",
    )

    index_id: str
    """CF Benchmarks index ID (for example "BRTI") Required (reading raises MissingFieldError if absent)."""

    value_usd: Decimal
    """Index value in USD, formatted with exactly 8 decimal places. Required (reading raises MissingFieldError if
    absent)."""

    source_ts_ms: int
    """Upstream publication timestamp of the tick (unix ms) Required (reading raises MissingFieldError if absent)."""

    received_at: int
    """When Kalshi received the upstream frame (unix ms) Required (reading raises MissingFieldError if absent)."""

    data: str
    """The raw CF Benchmarks JSON frame, as a string. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "index_id": _t.StrField("index_id", required=True),
        "value_usd": _t.DecimalField("value_usd", required=True),
        "source_ts_ms": _t.IntField("source_ts_ms", required=True),
        "received_at": _t.IntField("received_at", required=True),
        "data": _t.StrField("data", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("index_id")) is str:
            self.index_id = v
        else:
            self._slow_field("index_id")
        if (x := _dc(v := g("value_usd"))) is not None:  # only text already parsed is in the cache
            self.value_usd = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.value_usd = _nd(v)
        else:
            self._slow_field("value_usd")
        if type(v := g("source_ts_ms")) is int:
            self.source_ts_ms = v
        else:
            self._slow_field("source_ts_ms")
        if type(v := g("received_at")) is int:
            self.received_at = v
        else:
            self._slow_field("received_at")
        if type(v := g("data")) is str:
            self.data = v
        else:
            self._slow_field("data")

    def __init__(
        self,
        *,
        index_id: str | None | Unset = UNSET,
        value_usd: Decimal | None | Unset = UNSET,
        source_ts_ms: int | None | Unset = UNSET,
        received_at: int | None | Unset = UNSET,
        data: str | None | Unset = UNSET,
    ) -> None:
        """A CFBenchmarksValue5HzPayload from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("index_id", index_id)
        self._set("value_usd", value_usd)
        self._set("source_ts_ms", source_ts_ms)
        self._set("received_at", received_at)
        self._set("data", data)
