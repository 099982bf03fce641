from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_data_details import LiveDataDetails


class LiveData(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        type_ (str): Type of live data. Required (reading raises MissingFieldError if absent).
        details (LiveDataDetails): Live data details as a flexible object. Required (reading raises
            MissingFieldError if absent).
        milestone_id (str): Milestone ID. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "type_",
        "details",
        "milestone_id",
    )

    type_: str
    """Type of live data. Required (reading raises MissingFieldError if absent)."""

    details: LiveDataDetails
    """Live data details as a flexible object. Required (reading raises MissingFieldError if absent)."""

    milestone_id: str
    """Milestone ID. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "type_": _t.StrField("type", required=True),
        "details": _t.ModelField("details", f"{__package__}.live_data_details", "LiveDataDetails", required=True),
        "milestone_id": _t.StrField("milestone_id", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("type")) is str:
            self.type_ = v
        else:
            self._slow_field("type_")
        if type(v := g("details")) is dict:
            self.details = _BUILD["details"](v)
        else:
            self._slow_field("details")
        if type(v := g("milestone_id")) is str:
            self.milestone_id = v
        else:
            self._slow_field("milestone_id")

    def __init__(
        self,
        *,
        type_: str | None | Unset = UNSET,
        details: LiveDataDetails | None | Unset = UNSET,
        milestone_id: str | None | Unset = UNSET,
    ) -> None:
        """A LiveData from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("type_", type_)
        self._set("details", details)
        self._set("milestone_id", milestone_id)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "details": _t.builder(LiveData, "details"),
}
