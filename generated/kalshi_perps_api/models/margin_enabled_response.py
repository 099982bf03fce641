from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class MarginEnabledResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        enabled (bool): Indicates whether margin trading is enabled for the user. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ("enabled",)

    enabled: bool
    """Indicates whether margin trading is enabled for the user. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "enabled": _t.BoolField("enabled", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("enabled")) is bool:
            self.enabled = v
        else:
            self._slow_field("enabled")

    def __init__(
        self,
        *,
        enabled: bool | None | Unset = UNSET,
    ) -> None:
        """A MarginEnabledResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("enabled", enabled)
