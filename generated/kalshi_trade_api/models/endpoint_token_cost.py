from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class EndpointTokenCost(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        method (str): HTTP method for the endpoint. Required (reading raises MissingFieldError if absent).
        path (str): API route path for the endpoint. Required (reading raises MissingFieldError if absent).
        cost (int): Configured token cost for an endpoint whose cost differs from the default cost. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "method",
        "path",
        "cost",
    )

    method: str
    """HTTP method for the endpoint. Required (reading raises MissingFieldError if absent)."""

    path: str
    """API route path for the endpoint. Required (reading raises MissingFieldError if absent)."""

    cost: int
    """Configured token cost for an endpoint whose cost differs from the default cost. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "method": _t.StrField("method", required=True),
        "path": _t.StrField("path", required=True),
        "cost": _t.IntField("cost", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("method")) is str:
            self.method = v
        else:
            self._slow_field("method")
        if type(v := g("path")) is str:
            self.path = v
        else:
            self._slow_field("path")
        if type(v := g("cost")) is int:
            self.cost = v
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
