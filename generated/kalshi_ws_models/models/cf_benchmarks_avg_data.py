from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "value",
        "window_size",
        "window_start_ts_ms",
        "window_end_ts_exclusive",
    )

    value: Decimal
    """Average value over the window, formatted to 8 decimal places. Required (reading raises MissingFieldError if
    absent)."""

    window_size: int
    """Number of ticks counted in the window. Minimum: 0. Required (reading raises MissingFieldError if absent)."""

    window_start_ts_ms: int
    """Window start boundary (unix ms) Required (reading raises MissingFieldError if absent)."""

    window_end_ts_exclusive: int
    """Window end boundary, exclusive (unix ms) Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "value": _t.DecimalField("value", required=True),
        "window_size": _t.IntField("window_size", required=True),
        "window_start_ts_ms": _t.IntField("window_start_ts_ms", required=True),
        "window_end_ts_exclusive": _t.IntField("window_end_ts_exclusive", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("value"))) is not None:  # only text already parsed is in the cache
            self.value = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.value = _nd(v)
        else:
            self._slow_field("value")
        if type(v := g("window_size")) is int:
            self.window_size = v
        else:
            self._slow_field("window_size")
        if type(v := g("window_start_ts_ms")) is int:
            self.window_start_ts_ms = v
        else:
            self._slow_field("window_start_ts_ms")
        if type(v := g("window_end_ts_exclusive")) is int:
            self.window_end_ts_exclusive = v
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
