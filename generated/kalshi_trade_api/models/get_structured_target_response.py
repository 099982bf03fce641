from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetStructuredTargetResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        structured_target (StructuredTarget): Optional (None if absent).
    """

    __slots__ = ()

    structured_target: StructuredTarget | None = _field(
        _t.ModelField("structured_target", f"{__package__}.structured_target", "StructuredTarget")
    )
    """Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("structured_target", _M)
        if type(v) is dict:
            d["structured_target"] = _convert["structured_target"](v)
        elif v is None:
            d["structured_target"] = None
        elif v is not _M:
            slow("structured_target")

    def __init__(
        self,
        *,
        structured_target: StructuredTarget | None | Unset = UNSET,
    ) -> None:
        """A GetStructuredTargetResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("structured_target", structured_target)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "structured_target": GetStructuredTargetResponse.__dict__["structured_target"].convert,
}
