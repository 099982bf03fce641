from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series import Series


class GetSeriesResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        series (Series): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("series",)

    series: Series
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "series": _t.ModelField("series", f"{__package__}.series", "Series", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("series")) is dict:
            self.series = _BUILD["series"](v)
        else:
            self._slow_field("series")

    def __init__(
        self,
        *,
        series: Series | None | Unset = UNSET,
    ) -> None:
        """A GetSeriesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("series", series)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "series": _t.builder(GetSeriesResponse, "series"),
}
