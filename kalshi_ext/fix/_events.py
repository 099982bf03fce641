"""What the clients hand back besides inbound application messages."""

from __future__ import annotations

from dataclasses import dataclass

from ._inbound import FixInbound


@dataclass(frozen=True, slots=True)
class SessionEvent:
    """Something about the session itself, in the stream next to the application messages.

    ``kind``: "logged_on", "gap", "duplicate_ignored", "resend_requested", "resent",
    "test_request", "sequence_reset", "garbage", "unparsed", "logout", "disconnected",
    "reconnecting". ``raw`` holds the bytes for "garbage" and "unparsed".
    """

    kind: str
    detail: str
    raw: bytes | None = None


@dataclass(frozen=True, slots=True)
class SentMessage:
    """What went out: its MsgSeqNum, MsgType and ClOrdID (when it has one)."""

    seq: int
    msg_type: str
    cl_ord_id: str | None


Event = FixInbound | SessionEvent
