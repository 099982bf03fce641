from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


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

    def __init__(
        self,
        *,
        structured_target: StructuredTarget | None | Unset = UNSET,
    ) -> None:
        """A GetStructuredTargetResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("structured_target", structured_target)
