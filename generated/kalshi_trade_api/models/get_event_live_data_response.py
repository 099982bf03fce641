from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_live_data import EventLiveData


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetEventLiveDataResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        live_data (EventLiveData): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    live_data: EventLiveData = _field(
        _t.ModelField("live_data", f"{__package__}.event_live_data", "EventLiveData", required=True)
    )
    """Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        live_data: EventLiveData | None | Unset = UNSET,
    ) -> None:
        """A GetEventLiveDataResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("live_data", live_data)
