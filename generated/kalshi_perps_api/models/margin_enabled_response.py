from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginEnabledResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        enabled (bool): Indicates whether margin trading is enabled for the user. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    enabled: bool = _field(_t.BoolField("enabled", required=True))
    """Indicates whether margin trading is enabled for the user. Required (reading raises MissingFieldError if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("enabled", _M)
        if type(v) is bool:
            d["enabled"] = v
        elif v is not _M:
            slow("enabled")

    def __init__(
        self,
        *,
        enabled: bool | None | Unset = UNSET,
    ) -> None:
        """A MarginEnabledResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("enabled", enabled)
