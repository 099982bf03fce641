from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class Error(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        code (str): Machine-readable error code. Required (reading raises MissingFieldError if absent).
        message (str): Human-readable error message. Required (reading raises MissingFieldError if absent).
        details (str): Optional (None if absent).
        service (str): Optional (None if absent).
    """

    __slots__ = (
        "code",
        "message",
        "details",
        "service",
    )

    code: str
    """Machine-readable error code. Required (reading raises MissingFieldError if absent)."""

    message: str
    """Human-readable error message. Required (reading raises MissingFieldError if absent)."""

    details: str | None
    """Optional (None if absent)."""

    service: str | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "code": _t.StrField("code", required=True),
        "message": _t.StrField("message", required=True),
        "details": _t.StrField("details"),
        "service": _t.StrField("service"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("code")) is str:
            self.code = v
        else:
            self._slow_field("code")
        if type(v := g("message")) is str:
            self.message = v
        else:
            self._slow_field("message")
        if type(v := g("details")) is str:
            self.details = v
        elif v is None:
            self.details = None
        else:
            self._slow_field("details")
        if type(v := g("service")) is str:
            self.service = v
        elif v is None:
            self.service = None
        else:
            self._slow_field("service")

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
        self._done = None
        self._set("code", code)
        self._set("message", message)
        self._set("details", details)
        self._set("service", service)
