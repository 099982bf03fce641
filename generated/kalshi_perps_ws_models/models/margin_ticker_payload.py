from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_ticker_payload_msg import MarginTickerPayloadMsg


class MarginTickerPayload(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        type_ (Literal['ticker']): Required (reading raises MissingFieldError if absent).
        sid (int): Server-generated subscription identifier (sid) used to identify the channel. Required
            (reading raises MissingFieldError if absent).
        msg (MarginTickerPayloadMsg): Required (reading raises MissingFieldError if absent).
        sending_ts_ms (int): Unix timestamp in milliseconds when Kalshi queued this message at the network
            layer. Optional (None if absent).
    """

    __slots__ = (
        "type_",
        "sid",
        "msg",
        "sending_ts_ms",
    )

    type_: Literal["ticker"]
    """Required (reading raises MissingFieldError if absent)."""

    sid: int
    """Server-generated subscription identifier (sid) used to identify the channel. Required (reading raises
    MissingFieldError if absent)."""

    msg: MarginTickerPayloadMsg
    """Required (reading raises MissingFieldError if absent)."""

    sending_ts_ms: int | None
    """Unix timestamp in milliseconds when Kalshi queued this message at the network layer. Optional (None if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "type_": _t.ConstField("type", "ticker", required=True),
        "sid": _t.IntField("sid", required=True),
        "msg": _t.ModelField(
            "msg", f"{__package__}.margin_ticker_payload_msg", "MarginTickerPayloadMsg", required=True
        ),
        "sending_ts_ms": _t.IntField("sending_ts_ms"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("type_")
        if type(v := g("sid")) is int:
            self.sid = v
        else:
            self._slow_field("sid")
        if type(v := g("msg")) is dict:
            self.msg = _BUILD["msg"](v)
        else:
            self._slow_field("msg")
        if type(v := g("sending_ts_ms")) is int:
            self.sending_ts_ms = v
        elif v is None:
            self.sending_ts_ms = None
        else:
            self._slow_field("sending_ts_ms")

    def __init__(
        self,
        *,
        type_: Literal["ticker"] | None | Unset = UNSET,
        sid: int | None | Unset = UNSET,
        msg: MarginTickerPayloadMsg | None | Unset = UNSET,
        sending_ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A MarginTickerPayload from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("type_", type_)
        self._set("sid", sid)
        self._set("msg", msg)
        self._set("sending_ts_ms", sending_ts_ms)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "msg": _t.builder(MarginTickerPayload, "msg"),
}
