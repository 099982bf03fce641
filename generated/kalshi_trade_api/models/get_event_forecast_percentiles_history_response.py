from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_percentiles_point import ForecastPercentilesPoint


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetEventForecastPercentilesHistoryResponse(_t.Page["ForecastPercentilesPoint"], _t.ResponseModel):
    """A page of ``forecast_history``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            forecast_history (list[ForecastPercentilesPoint]): Array of forecast percentile data points over time.
                Empty when absent or null.
    """

    __slots__ = ()
    items_field = "forecast_history"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.forecast_percentiles_point", "ForecastPercentilesPoint")

    forecast_history: list[ForecastPercentilesPoint] = _field(
        _t.ModelListField(
            "forecast_history",
            f"{__package__}.forecast_percentiles_point",
            "ForecastPercentilesPoint",
            required=True,
            empty=True,
        )
    )
    """Array of forecast percentile data points over time. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("forecast_history", _M)
        if type(v) is list:
            d["forecast_history"] = _convert["forecast_history"](v)
        elif v is not _M:
            slow("forecast_history")

    def __init__(
        self,
        *,
        forecast_history: list[ForecastPercentilesPoint] | None | Unset = UNSET,
    ) -> None:
        """A GetEventForecastPercentilesHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("forecast_history", forecast_history)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "forecast_history": GetEventForecastPercentilesHistoryResponse.__dict__["forecast_history"].convert,
}
