from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_data import LiveData


class GetLiveDataResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        live_data (LiveData): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("live_data",)

    live_data: LiveData
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "live_data": _t.ModelField("live_data", f"{__package__}.live_data", "LiveData", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("live_data")) is dict:
            self.live_data = _BUILD["live_data"](v)
        else:
            self._slow_field("live_data")

    def __init__(
        self,
        *,
        live_data: LiveData | None | Unset = UNSET,
    ) -> None:
        """A GetLiveDataResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("live_data", live_data)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "live_data": _t.builder(GetLiveDataResponse, "live_data"),
}
