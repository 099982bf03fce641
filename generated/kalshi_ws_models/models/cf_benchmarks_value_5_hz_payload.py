from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    index_id: str = _field(_t.StrField("index_id", required=True))
    """CF Benchmarks index ID (for example "BRTI") Required (reading raises MissingFieldError if absent)."""

    value_usd: Decimal = _field(_t.DecimalField("value_usd", required=True))
    """Index value in USD, formatted with exactly 8 decimal places. Required (reading raises MissingFieldError if
    absent)."""

    source_ts_ms: int = _field(_t.IntField("source_ts_ms", required=True))
    """Upstream publication timestamp of the tick (unix ms) Required (reading raises MissingFieldError if absent)."""

    received_at: int = _field(_t.IntField("received_at", required=True))
    """When Kalshi received the upstream frame (unix ms) Required (reading raises MissingFieldError if absent)."""

    data: str = _field(_t.StrField("data", required=True))
    """The raw CF Benchmarks JSON frame, as a string. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("index_id", _M)
        if type(v) is str:
            d["index_id"] = v
        elif v is not _M:
            slow("index_id")
        v = g("value_usd", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["value_usd"] = x
            else:
                slow("value_usd")
        elif v is not _M and v != "":
            slow("value_usd")
        v = g("source_ts_ms", _M)
        if type(v) is int:
            d["source_ts_ms"] = v
        elif v is not _M:
            slow("source_ts_ms")
        v = g("received_at", _M)
        if type(v) is int:
            d["received_at"] = v
        elif v is not _M:
            slow("received_at")
        v = g("data", _M)
        if type(v) is str:
            d["data"] = v
        elif v is not _M:
            slow("data")

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
        self._set("index_id", index_id)
        self._set("value_usd", value_usd)
        self._set("source_ts_ms", source_ts_ms)
        self._set("received_at", received_at)
        self._set("data", data)
