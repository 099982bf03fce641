from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


class GetStructuredTargetResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        structured_target (StructuredTarget): Optional (None if absent).
    """

    __slots__ = ("structured_target",)

    structured_target: StructuredTarget | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "structured_target": _t.ModelField("structured_target", f"{__package__}.structured_target", "StructuredTarget"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("structured_target")) is dict:
            self.structured_target = _BUILD["structured_target"](v)
        elif v is None:
            self.structured_target = None
        else:
            self._slow_field("structured_target")

    def __init__(
        self,
        *,
        structured_target: StructuredTarget | None | Unset = UNSET,
    ) -> None:
        """A GetStructuredTargetResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("structured_target", structured_target)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "structured_target": _t.builder(GetStructuredTargetResponse, "structured_target"),
}
