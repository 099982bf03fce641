from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class Error(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        code (str): Machine-readable error code. Required (reading raises MissingFieldError if absent).
        message (str): Human-readable error message. Required (reading raises MissingFieldError if absent).
        details (str): Optional (None if absent).
        service (str): Optional (None if absent).
    """

    __slots__ = ()

    code: str = _field(_t.StrField("code", required=True))
    """Machine-readable error code. Required (reading raises MissingFieldError if absent)."""

    message: str = _field(_t.StrField("message", required=True))
    """Human-readable error message. Required (reading raises MissingFieldError if absent)."""

    details: str | None = _field(_t.StrField("details"))
    """Optional (None if absent)."""

    service: str | None = _field(_t.StrField("service"))
    """Optional (None if absent)."""

    def __init__(
        self,
        *,
        code: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        details: str | None | Unset = UNSET,
        service: str | None | Unset = UNSET,
    ) -> None:
        """A Error from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("code", code)
        self._set("message", message)
        self._set("details", details)
        self._set("service", service)
