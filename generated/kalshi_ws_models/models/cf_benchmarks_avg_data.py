from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if (x := _dc(v := g("value"))) is not None:  # only text already parsed is in the cache
            d["value"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["value"] = _nd(v)
        else:
            self._slow_field("value")
        if type(v := g("window_size")) is int:
            d["window_size"] = v
        else:
            self._slow_field("window_size")
        if type(v := g("window_start_ts_ms")) is int:
            d["window_start_ts_ms"] = v
        else:
            self._slow_field("window_start_ts_ms")
        if type(v := g("window_end_ts_exclusive")) is int:
            d["window_end_ts_exclusive"] = v
        else:
            self._slow_field("window_end_ts_exclusive")

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
        self._done = None
        self._set("value", value)
        self._set("window_size", window_size)
        self._set("window_start_ts_ms", window_start_ts_ms)
        self._set("window_end_ts_exclusive", window_end_ts_exclusive)
