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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("name", _M)
        if type(v) is str:
            d["name"] = v
        elif v is None:
            d["name"] = None
        elif v is not _M:
            slow("name")
        v = g("url", _M)
        if type(v) is str:
            d["url"] = v
        elif v is None:
            d["url"] = None
        elif v is not _M:
            slow("url")

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """A SettlementSource from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("name", name)
        self._set("url", url)
