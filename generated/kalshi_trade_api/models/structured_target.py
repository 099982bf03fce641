from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


_tc = _t.cached_datetime
_nt = _t.new_datetime


class StructuredTarget(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the structured target. Optional (None if absent).
        name (str): Name of the structured target. Optional (None if absent).
        type_ (str): Type of the structured target. Optional (None if absent).
        details (StructuredTargetDetails): Additional details about the structured target. Contains flexible
            JSON data specific to the target type. Optional (None if absent).
        source_id (str): External source identifier for the structured target, if available (e.g., third-party
            data provider ID). Optional (None if absent).
        source_ids (StructuredTargetSourceIds): Source ids of structured target if available. Optional (None if
            absent).
        last_updated_ts (datetime.datetime): Timestamp when this structured target was last updated. Optional
            (None if absent).
    """

    __slots__ = (
        "id",
        "name",
        "type_",
        "details",
        "source_id",
        "source_ids",
        "last_updated_ts",
    )

    id: str | None
    """Unique identifier for the structured target. Optional (None if absent)."""

    name: str | None
    """Name of the structured target. Optional (None if absent)."""

    type_: str | None
    """Type of the structured target. Optional (None if absent)."""

    details: StructuredTargetDetails | None
    """Additional details about the structured target. Contains flexible JSON data specific to the target type.
    Optional (None if absent)."""

    source_id: str | None
    """External source identifier for the structured target, if available (e.g., third-party data provider ID).
    Optional (None if absent)."""

    source_ids: StructuredTargetSourceIds | None
    """Source ids of structured target if available. Optional (None if absent)."""

    last_updated_ts: datetime.datetime | None
    """Timestamp when this structured target was last updated. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id"),
        "name": _t.StrField("name"),
        "type_": _t.StrField("type"),
        "details": _t.ModelField("details", f"{__package__}.structured_target_details", "StructuredTargetDetails"),
        "source_id": _t.StrField("source_id"),
        "source_ids": _t.ModelField(
            "source_ids", f"{__package__}.structured_target_source_ids", "StructuredTargetSourceIds"
        ),
        "last_updated_ts": _t.DateTimeField("last_updated_ts"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("id")) is str:
            self.id = v
        elif v is None:
            self.id = None
        else:
            self._slow_field("id")
        if type(v := g("name")) is str:
            self.name = v
        elif v is None:
            self.name = None
        else:
            self._slow_field("name")
        if type(v := g("type")) is str:
            self.type_ = v
        elif v is None:
            self.type_ = None
        else:
            self._slow_field("type_")
        if type(v := g("details")) is dict:
            self.details = _BUILD["details"](v)
        elif v is None:
            self.details = None
        else:
            self._slow_field("details")
        if type(v := g("source_id")) is str:
            self.source_id = v
        elif v is None:
            self.source_id = None
        else:
            self._slow_field("source_id")
        if type(v := g("source_ids")) is dict:
            self.source_ids = _BUILD["source_ids"](v)
        elif v is None:
            self.source_ids = None
        else:
            self._slow_field("source_ids")
        if (t := _tc(v := g("last_updated_ts"))) is not None:
            self.last_updated_ts = t
        elif isinstance(v, str):
            self.last_updated_ts = _nt(v)
        elif v is None:
            self.last_updated_ts = None
        else:
            self._slow_field("last_updated_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        details: StructuredTargetDetails | None | Unset = UNSET,
        source_id: str | None | Unset = UNSET,
        source_ids: StructuredTargetSourceIds | None | Unset = UNSET,
        last_updated_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A StructuredTarget from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("name", name)
        self._set("type_", type_)
        self._set("details", details)
        self._set("source_id", source_id)
        self._set("source_ids", source_ids)
        self._set("last_updated_ts", last_updated_ts)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "details": _t.builder(StructuredTarget, "details"),
    "source_ids": _t.builder(StructuredTarget, "source_ids"),
}
