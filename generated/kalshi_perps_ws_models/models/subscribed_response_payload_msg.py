from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class SubscribedResponsePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        channel (str): Required (reading raises MissingFieldError if absent).
        sid (int): Server-generated subscription identifier (sid) used to identify the channel. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "channel",
        "sid",
    )

    channel: str
    """Required (reading raises MissingFieldError if absent)."""

    sid: int
    """Server-generated subscription identifier (sid) used to identify the channel. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "channel": _t.StrField("channel", required=True),
        "sid": _t.IntField("sid", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("channel")) is str:
            self.channel = v
        else:
            self._slow_field("channel")
        if type(v := g("sid")) is int:
            self.sid = v
        else:
            self._slow_field("sid")

    def __init__(
        self,
        *,
        channel: str | None | Unset = UNSET,
        sid: int | None | Unset = UNSET,
    ) -> None:
        """A SubscribedResponsePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("channel", channel)
        self._set("sid", sid)
