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


class SubscribedResponsePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        channel (str): Required (reading raises MissingFieldError if absent).
        sid (int): Server-generated subscription identifier (sid) used to identify the channel. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    channel: str = _field(_t.StrField("channel", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    sid: int = _field(_t.IntField("sid", required=True))
    """Server-generated subscription identifier (sid) used to identify the channel. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("channel", _M)
        if type(v) is str:
            d["channel"] = v
        elif v is not _M:
            slow("channel")
        v = g("sid", _M)
        if type(v) is int:
            d["sid"] = v
        elif v is not _M:
            slow("sid")

    def __init__(
        self,
        *,
        channel: str | None | Unset = UNSET,
        sid: int | None | Unset = UNSET,
    ) -> None:
        """A SubscribedResponsePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("channel", channel)
        self._set("sid", sid)
