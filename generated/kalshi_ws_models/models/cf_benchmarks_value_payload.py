from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_benchmarks_avg_data import CFBenchmarksAvgData


class CFBenchmarksValuePayload(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        index_id (str): CF Benchmarks index ID (for example "BRTI") Required (reading raises MissingFieldError
            if absent).
        received_at (int): When Kalshi received the upstream frame (unix ms) Required (reading raises
            MissingFieldError if absent).
        data (str): The raw CF Benchmarks JSON frame, as a string. Required (reading raises MissingFieldError if
            absent).
        avg_60s_data (CFBenchmarksAvgData): Windowed-average metadata for a CF Benchmarks index value. Required
            (reading raises MissingFieldError if absent).
        last_60s_windowed_average_15min (CFBenchmarksAvgData): Windowed-average metadata for a CF Benchmarks
            index value. Optional (None if absent).
    """

    __slots__ = (
        "index_id",
        "received_at",
        "data",
        "avg_60s_data",
        "last_60s_windowed_average_15min",
    )

    index_id: str
    """CF Benchmarks index ID (for example "BRTI") Required (reading raises MissingFieldError if absent)."""

    received_at: int
    """When Kalshi received the upstream frame (unix ms) Required (reading raises MissingFieldError if absent)."""

    data: str
    """The raw CF Benchmarks JSON frame, as a string. Required (reading raises MissingFieldError if absent)."""

    avg_60s_data: CFBenchmarksAvgData
    """Windowed-average metadata for a CF Benchmarks index value. Required (reading raises MissingFieldError if
    absent)."""

    last_60s_windowed_average_15min: CFBenchmarksAvgData | None
    """Windowed-average metadata for a CF Benchmarks index value. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "index_id": _t.StrField("index_id", required=True),
        "received_at": _t.IntField("received_at", required=True),
        "data": _t.StrField("data", required=True),
        "avg_60s_data": _t.ModelField(
            "avg_60s_data", f"{__package__}.cf_benchmarks_avg_data", "CFBenchmarksAvgData", required=True
        ),
        "last_60s_windowed_average_15min": _t.ModelField(
            "last_60s_windowed_average_15min", f"{__package__}.cf_benchmarks_avg_data", "CFBenchmarksAvgData"
        ),
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
        if type(v := g("received_at")) is int:
            self.received_at = v
        else:
            self._slow_field("received_at")
        if type(v := g("data")) is str:
            self.data = v
        else:
            self._slow_field("data")
        if type(v := g("avg_60s_data")) is dict:
            self.avg_60s_data = _BUILD["avg_60s_data"](v)
        else:
            self._slow_field("avg_60s_data")
        if type(v := g("last_60s_windowed_average_15min")) is dict:
            self.last_60s_windowed_average_15min = _BUILD["last_60s_windowed_average_15min"](v)
        elif v is None:
            self.last_60s_windowed_average_15min = None
        else:
            self._slow_field("last_60s_windowed_average_15min")

    def __init__(
        self,
        *,
        index_id: str | None | Unset = UNSET,
        received_at: int | None | Unset = UNSET,
        data: str | None | Unset = UNSET,
        avg_60s_data: CFBenchmarksAvgData | None | Unset = UNSET,
        last_60s_windowed_average_15min: CFBenchmarksAvgData | None | Unset = UNSET,
    ) -> None:
        """A CFBenchmarksValuePayload from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("index_id", index_id)
        self._set("received_at", received_at)
        self._set("data", data)
        self._set("avg_60s_data", avg_60s_data)
        self._set("last_60s_windowed_average_15min", last_60s_windowed_average_15min)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "avg_60s_data": _t.builder(CFBenchmarksValuePayload, "avg_60s_data"),
    "last_60s_windowed_average_15min": _t.builder(CFBenchmarksValuePayload, "last_60s_windowed_average_15min"),
}
