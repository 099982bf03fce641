from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


_tc = _t.cached_datetime
_nt = _t.new_datetime


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    id: str | None = _field(_t.StrField("id"))
    """Unique identifier for the structured target. Optional (None if absent)."""

    name: str | None = _field(_t.StrField("name"))
    """Name of the structured target. Optional (None if absent)."""

    type_: str | None = _field(_t.StrField("type"))
    """Type of the structured target. Optional (None if absent)."""

    details: StructuredTargetDetails | None = _field(
        _t.ModelField("details", f"{__package__}.structured_target_details", "StructuredTargetDetails")
    )
    """Additional details about the structured target. Contains flexible JSON data specific to the target type.
    Optional (None if absent)."""

    source_id: str | None = _field(_t.StrField("source_id"))
    """External source identifier for the structured target, if available (e.g., third-party data provider ID).
    Optional (None if absent)."""

    source_ids: StructuredTargetSourceIds | None = _field(
        _t.ModelField("source_ids", f"{__package__}.structured_target_source_ids", "StructuredTargetSourceIds")
    )
    """Source ids of structured target if available. Optional (None if absent)."""

    last_updated_ts: datetime.datetime | None = _field(_t.DateTimeField("last_updated_ts"))
    """Timestamp when this structured target was last updated. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("id")) is str:
            d["id"] = v
        elif v is None:
            d["id"] = None
        else:
            self._slow_field("id")
        if type(v := g("name")) is str:
            d["name"] = v
        elif v is None:
            d["name"] = None
        else:
            self._slow_field("name")
        if type(v := g("type")) is str:
            d["type_"] = v
        elif v is None:
            d["type_"] = None
        else:
            self._slow_field("type_")
        if type(v := g("details")) is dict:
            d["details"] = _BUILD["details"](v)
        elif v is None:
            d["details"] = None
        else:
            self._slow_field("details")
        if type(v := g("source_id")) is str:
            d["source_id"] = v
        elif v is None:
            d["source_id"] = None
        else:
            self._slow_field("source_id")
        if type(v := g("source_ids")) is dict:
            d["source_ids"] = _BUILD["source_ids"](v)
        elif v is None:
            d["source_ids"] = None
        else:
            self._slow_field("source_ids")
        if (t := _tc(v := g("last_updated_ts"))) is not None:
            d["last_updated_ts"] = t
        elif isinstance(v, str):
            d["last_updated_ts"] = _nt(v)
        elif v is None:
            d["last_updated_ts"] = None
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "details": StructuredTarget.__dict__["details"].build,
    "source_ids": StructuredTarget.__dict__["source_ids"].build,
}
