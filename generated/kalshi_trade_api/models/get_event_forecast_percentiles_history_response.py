from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_percentiles_point import ForecastPercentilesPoint


class GetEventForecastPercentilesHistoryResponse(_t.Page["ForecastPercentilesPoint"], _t.ResponseModel):
    """A page of ``forecast_history``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            forecast_history (list[ForecastPercentilesPoint]): Array of forecast percentile data points over time.
                Empty when absent or null.
    """

    __slots__ = ("forecast_history",)
    items_field = "forecast_history"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.forecast_percentiles_point", "ForecastPercentilesPoint")

    forecast_history: list[ForecastPercentilesPoint]
    """Array of forecast percentile data points over time. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "forecast_history": _t.ModelListField(
            "forecast_history",
            f"{__package__}.forecast_percentiles_point",
            "ForecastPercentilesPoint",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("forecast_history")) is list:
            self.forecast_history = _BUILD["forecast_history"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("forecast_history")

    def __init__(
        self,
        *,
        forecast_history: list[ForecastPercentilesPoint] | None | Unset = UNSET,
    ) -> None:
        """A GetEventForecastPercentilesHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("forecast_history", forecast_history)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "forecast_history": _t.builder(GetEventForecastPercentilesHistoryResponse, "forecast_history"),
}
