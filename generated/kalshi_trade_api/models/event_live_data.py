from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_live_data_details import EventLiveDataDetails


class EventLiveData(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        type_ (str): Type of live data. Names the schema of the details object. Required (reading raises
            MissingFieldError if absent).
        details (EventLiveDataDetails): Live data details as a flexible object whose shape depends on the type.
            Required (reading raises MissingFieldError if absent).
        is_historical (bool): Present for crypto live data. True when the event has matured and the payload is a
            frozen historical snapshot. Optional (None if absent).
        default_range (str): Chart range the client should default to (e.g. `15min`, `1h`). Omitted when unset.
            Optional (None if absent).
        range_options (list[str]): Chart range menu options. Omitted when unset. Empty when absent or null.
    """

    __slots__ = (
        "type_",
        "details",
        "is_historical",
        "default_range",
        "range_options",
    )

    type_: str
    """Type of live data. Names the schema of the details object. Required (reading raises MissingFieldError if
    absent)."""

    details: EventLiveDataDetails
    """Live data details as a flexible object whose shape depends on the type. Required (reading raises
    MissingFieldError if absent)."""

    is_historical: bool | None
    """Present for crypto live data. True when the event has matured and the payload is a frozen historical
    snapshot. Optional (None if absent)."""

    default_range: str | None
    """Chart range the client should default to (e.g. `15min`, `1h`). Omitted when unset. Optional (None if
    absent)."""

    range_options: list[str]
    """Chart range menu options. Omitted when unset. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "type_": _t.StrField("type", required=True),
        "details": _t.ModelField(
            "details", f"{__package__}.event_live_data_details", "EventLiveDataDetails", required=True
        ),
        "is_historical": _t.BoolField("is_historical"),
        "default_range": _t.StrField("default_range"),
        "range_options": _t.ListField("range_options", _t.StrField("item"), empty=True),
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
        if type(v := g("is_historical")) is bool:
            self.is_historical = v
        elif v is None:
            self.is_historical = None
        else:
            self._slow_field("is_historical")
        if type(v := g("default_range")) is str:
            self.default_range = v
        elif v is None:
            self.default_range = None
        else:
            self._slow_field("default_range")
        self._slow_field("range_options")

    def __init__(
        self,
        *,
        type_: str | None | Unset = UNSET,
        details: EventLiveDataDetails | None | Unset = UNSET,
        is_historical: bool | None | Unset = UNSET,
        default_range: str | None | Unset = UNSET,
        range_options: list[str] | None | Unset = UNSET,
    ) -> None:
        """A EventLiveData from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("type_", type_)
        self._set("details", details)
        self._set("is_historical", is_historical)
        self._set("default_range", default_range)
        self._set("range_options", range_options)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "details": _t.builder(EventLiveData, "details"),
}
