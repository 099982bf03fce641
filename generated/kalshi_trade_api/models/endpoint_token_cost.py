from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("method")) is str:
            d["method"] = v
        else:
            self._slow_field("method")
        if type(v := g("path")) is str:
            d["path"] = v
        else:
            self._slow_field("path")
        if type(v := g("cost")) is int:
            d["cost"] = v
        else:
            self._slow_field("cost")

    def __init__(
        self,
        *,
        method: str | None | Unset = UNSET,
        path: str | None | Unset = UNSET,
        cost: int | None | Unset = UNSET,
    ) -> None:
        """A EndpointTokenCost from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("method", method)
        self._set("path", path)
        self._set("cost", cost)
