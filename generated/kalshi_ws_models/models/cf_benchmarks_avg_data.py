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


class CFBenchmarksAvgData(_t.ResponseModel):
    """Windowed-average metadata for a CF Benchmarks index value.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            value (Decimal): Average value over the window, formatted to 8 decimal places. Required (reading raises
                MissingFieldError if absent).
            window_size (int): Number of ticks counted in the window. Minimum: 0. Required (reading raises
                MissingFieldError if absent).
            window_start_ts_ms (int): Window start boundary (unix ms) Required (reading raises MissingFieldError if
                absent).
            window_end_ts_exclusive (int): Window end boundary, exclusive (unix ms) Required (reading raises
                MissingFieldError if absent).
    """

    __slots__ = ()

    value: Decimal = _field(_t.DecimalField("value", required=True))
    """Average value over the window, formatted to 8 decimal places. Required (reading raises MissingFieldError if
    absent)."""

    window_size: int = _field(_t.IntField("window_size", required=True))
    """Number of ticks counted in the window. Minimum: 0. Required (reading raises MissingFieldError if absent)."""

    window_start_ts_ms: int = _field(_t.IntField("window_start_ts_ms", required=True))
    """Window start boundary (unix ms) Required (reading raises MissingFieldError if absent)."""

    window_end_ts_exclusive: int = _field(_t.IntField("window_end_ts_exclusive", required=True))
    """Window end boundary, exclusive (unix ms) Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("value", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["value"] = x
            else:
                slow("value")
        elif v is not _M and v != "":
            slow("value")
        v = g("window_size", _M)
        if type(v) is int:
            d["window_size"] = v
        elif v is not _M:
            slow("window_size")
        v = g("window_start_ts_ms", _M)
        if type(v) is int:
            d["window_start_ts_ms"] = v
        elif v is not _M:
            slow("window_start_ts_ms")
        v = g("window_end_ts_exclusive", _M)
        if type(v) is int:
            d["window_end_ts_exclusive"] = v
        elif v is not _M:
            slow("window_end_ts_exclusive")

    def __init__(
        self,
        *,
        value: Decimal | None | Unset = UNSET,
        window_size: int | None | Unset = UNSET,
        window_start_ts_ms: int | None | Unset = UNSET,
        window_end_ts_exclusive: int | None | Unset = UNSET,
    ) -> None:
        """A CFBenchmarksAvgData from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("value", value)
        self._set("window_size", window_size)
        self._set("window_start_ts_ms", window_start_ts_ms)
        self._set("window_end_ts_exclusive", window_end_ts_exclusive)
