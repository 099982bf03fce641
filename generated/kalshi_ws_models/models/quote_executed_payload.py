from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_executed_payload_msg import QuoteExecutedPayloadMsg


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class QuoteExecutedPayload(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        type_ (Literal['quote_executed']): Required (reading raises MissingFieldError if absent).
        sid (int): Server-generated subscription identifier (sid) used to identify the channel. Required
            (reading raises MissingFieldError if absent).
        seq (int): Sequential number that should be checked if you want to guarantee you received all the
            messages. Used for snapshot/delta consistency. Required (reading raises MissingFieldError if absent).
        msg (QuoteExecutedPayloadMsg): Required (reading raises MissingFieldError if absent).
        sending_ts_ms (int): Unix timestamp in milliseconds when Kalshi queued this message at the network
            layer. Optional (None if absent).
    """

    __slots__ = ()

    type_: Literal["quote_executed"] = _field(_t.ConstField("type", "quote_executed", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    sid: int = _field(_t.IntField("sid", required=True))
    """Server-generated subscription identifier (sid) used to identify the channel. Required (reading raises
    MissingFieldError if absent)."""

    seq: int = _field(_t.IntField("seq", required=True))
    """Sequential number that should be checked if you want to guarantee you received all the messages. Used for
    snapshot/delta consistency. Required (reading raises MissingFieldError if absent)."""

    msg: QuoteExecutedPayloadMsg = _field(
        _t.ModelField("msg", f"{__package__}.quote_executed_payload_msg", "QuoteExecutedPayloadMsg", required=True)
    )
    """Required (reading raises MissingFieldError if absent)."""

    sending_ts_ms: int | None = _field(_t.IntField("sending_ts_ms"))
    """Unix timestamp in milliseconds when Kalshi queued this message at the network layer. Optional (None if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("type", _M)
        if v is not _M:
            slow("type_")
        v = g("sid", _M)
        if type(v) is int:
            d["sid"] = v
        elif v is not _M:
            slow("sid")
        v = g("seq", _M)
        if type(v) is int:
            d["seq"] = v
        elif v is not _M:
            slow("seq")
        v = g("msg", _M)
        if type(v) is dict:
            d["msg"] = _convert["msg"](v)
        elif v is not _M:
            slow("msg")
        v = g("sending_ts_ms", _M)
        if type(v) is int:
            d["sending_ts_ms"] = v
        elif v is None:
            d["sending_ts_ms"] = None
        elif v is not _M:
            slow("sending_ts_ms")

    def __init__(
        self,
        *,
        type_: Literal["quote_executed"] | None | Unset = UNSET,
        sid: int | None | Unset = UNSET,
        seq: int | None | Unset = UNSET,
        msg: QuoteExecutedPayloadMsg | None | Unset = UNSET,
        sending_ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A QuoteExecutedPayload from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("type_", type_)
        self._set("sid", sid)
        self._set("seq", seq)
        self._set("msg", msg)
        self._set("sending_ts_ms", sending_ts_ms)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "msg": QuoteExecutedPayload.__dict__["msg"].convert,
}
