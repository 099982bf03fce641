from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_executed_payload_msg import QuoteExecutedPayloadMsg


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        self._slow_field("type_")
        if type(v := g("sid")) is int:
            d["sid"] = v
        else:
            self._slow_field("sid")
        if type(v := g("seq")) is int:
            d["seq"] = v
        else:
            self._slow_field("seq")
        if type(v := g("msg")) is dict:
            d["msg"] = _BUILD["msg"](v)
        else:
            self._slow_field("msg")
        if type(v := g("sending_ts_ms")) is int:
            d["sending_ts_ms"] = v
        elif v is None:
            d["sending_ts_ms"] = None
        else:
            self._slow_field("sending_ts_ms")

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
        self._done = None
        self._set("type_", type_)
        self._set("sid", sid)
        self._set("seq", seq)
        self._set("msg", msg)
        self._set("sending_ts_ms", sending_ts_ms)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "msg": QuoteExecutedPayload.__dict__["msg"].build,
}
