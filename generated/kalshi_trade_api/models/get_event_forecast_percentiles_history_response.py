from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_percentiles_point import ForecastPercentilesPoint


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

    def __init__(
        self,
        *,
        forecast_history: list[ForecastPercentilesPoint] | None | Unset = UNSET,
    ) -> None:
        """A GetEventForecastPercentilesHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("forecast_history", forecast_history)
