from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class CreateRFQResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): UUID of the newly created RFQ. Pass it unchanged in subsequent requests. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """UUID of the newly created RFQ. Pass it unchanged in subsequent requests. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("id")) is str:
            d["id"] = v
        else:
            self._slow_field("id")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
    ) -> None:
        """A CreateRFQResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
