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


class ErrorResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        code (str): Error code. Optional (None if absent).
        message (str): Human-readable error message. Optional (None if absent).
        details (str): Additional details about the error, if available. Optional (None if absent).
    """

    __slots__ = ()

    code: str | None = _field(_t.StrField("code"))
    """Error code. Optional (None if absent)."""

    message: str | None = _field(_t.StrField("message"))
    """Human-readable error message. Optional (None if absent)."""

    details: str | None = _field(_t.StrField("details"))
    """Additional details about the error, if available. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("code", _M)
        if type(v) is str:
            d["code"] = v
        elif v is None:
            d["code"] = None
        elif v is not _M:
            slow("code")
        v = g("message", _M)
        if type(v) is str:
            d["message"] = v
        elif v is None:
            d["message"] = None
        elif v is not _M:
            slow("message")
        v = g("details", _M)
        if type(v) is str:
            d["details"] = v
        elif v is None:
            d["details"] = None
        elif v is not _M:
            slow("details")

    def __init__(
        self,
        *,
        code: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        details: str | None | Unset = UNSET,
    ) -> None:
        """A ErrorResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("code", code)
        self._set("message", message)
        self._set("details", details)
