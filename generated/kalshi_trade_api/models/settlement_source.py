from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class SettlementSource(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        name (str): Name of the settlement source. Optional (None if absent).
        url (str): URL to the settlement source. Optional (None if absent).
    """

    __slots__ = ()

    name: str | None = _field(_t.StrField("name"))
    """Name of the settlement source. Optional (None if absent)."""

    url: str | None = _field(_t.StrField("url"))
    """URL to the settlement source. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("name")) is str:
            d["name"] = v
        elif v is None:
            d["name"] = None
        else:
            self._slow_field("name")
        if type(v := g("url")) is str:
            d["url"] = v
        elif v is None:
            d["url"] = None
        else:
            self._slow_field("url")

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """A SettlementSource from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("name", name)
        self._set("url", url)
