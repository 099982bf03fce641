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


class IntraExchangeInstanceTransferResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        transfer_id (str): The ID of the transfer that was created. Required (reading raises MissingFieldError
            if absent).
    """

    __slots__ = ()

    transfer_id: str = _field(_t.StrField("transfer_id", required=True))
    """The ID of the transfer that was created. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("transfer_id", _M)
        if type(v) is str:
            d["transfer_id"] = v
        elif v is not _M:
            slow("transfer_id")

    def __init__(
        self,
        *,
        transfer_id: str | None | Unset = UNSET,
    ) -> None:
        """A IntraExchangeInstanceTransferResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("transfer_id", transfer_id)
