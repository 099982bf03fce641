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


class CFBenchmarks5HzIndexListPayload(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        index_ids (list[str]): Index IDs recently observed on the 5Hz stream. Empty when absent or null.
    """

    __slots__ = ()

    index_ids: list[str] = _field(_t.ListField("index_ids", _t.StrField("item"), required=True, empty=True))
    """Index IDs recently observed on the 5Hz stream. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("index_ids", _M)
        if v is not _M:
            slow("index_ids")

    def __init__(
        self,
        *,
        index_ids: list[str] | None | Unset = UNSET,
    ) -> None:
        """A CFBenchmarks5HzIndexListPayload from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("index_ids", index_ids)
