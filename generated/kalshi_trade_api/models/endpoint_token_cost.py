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


class EndpointTokenCost(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        method (str): HTTP method for the endpoint. Required (reading raises MissingFieldError if absent).
        path (str): API route path for the endpoint. Required (reading raises MissingFieldError if absent).
        cost (int): Configured token cost for an endpoint whose cost differs from the default cost. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    method: str = _field(_t.StrField("method", required=True))
    """HTTP method for the endpoint. Required (reading raises MissingFieldError if absent)."""

    path: str = _field(_t.StrField("path", required=True))
    """API route path for the endpoint. Required (reading raises MissingFieldError if absent)."""

    cost: int = _field(_t.IntField("cost", required=True))
    """Configured token cost for an endpoint whose cost differs from the default cost. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("method", _M)
        if type(v) is str:
            d["method"] = v
        elif v is not _M:
            slow("method")
        v = g("path", _M)
        if type(v) is str:
            d["path"] = v
        elif v is not _M:
            slow("path")
        v = g("cost", _M)
        if type(v) is int:
            d["cost"] = v
        elif v is not _M:
            slow("cost")

    def __init__(
        self,
        *,
        method: str | None | Unset = UNSET,
        path: str | None | Unset = UNSET,
        cost: int | None | Unset = UNSET,
    ) -> None:
        """A EndpointTokenCost from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("method", method)
        self._set("path", path)
        self._set("cost", cost)
