"""Cutting a TCP byte stream into FIX messages, and surviving garbage (pure).

A frame is ``8=FIXT.1.1 SOH 9=<n> SOH`` + n body bytes + ``10=<ccc> SOH``. Anything else (a bad
checksum, a BodyLength that does not land on ``10=``, bytes between frames, a truncated frame
followed by a new one) is reported as :class:`Garbage` with the bytes skipped, and parsing resumes
at the next ``8=FIXT.1.1`` in the stream: one bad frame never takes the session down, and nothing
is dropped without a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._codec import PREFIX, SOH, FixMessage, checksum, decode_body
from ._errors import FixDecodeError

MAX_BODY_LENGTH = 1 << 20  # Kalshi messages are small; a larger BodyLength is corruption.
_TRAILER_LENGTH = 7  # b"10=ccc\x01"


@dataclass(frozen=True, slots=True)
class Garbage:
    """Bytes that were not a valid frame, and why (``data`` is capped at 256 bytes)."""

    reason: str
    data: bytes
    skipped: int


class FrameParser:
    """Feed bytes, get back :class:`FixMessage` objects and :class:`Garbage` reports, in order."""

    __slots__ = ("_buffer",)

    def __init__(self) -> None:
        self._buffer = bytearray()

    @property
    def pending(self) -> int:
        """Bytes buffered towards an incomplete frame."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[FixMessage | Garbage]:
        self._buffer += data
        out: list[FixMessage | Garbage] = []
        while True:
            item = self._next()
            if item is None:
                return out
            out.append(item)

    def _skip(self, count: int, reason: str) -> Garbage:
        skipped = bytes(self._buffer[:count])
        del self._buffer[:count]
        return Garbage(reason, skipped[:256], count)

    def _resync_point(self, after: int) -> int:
        found = self._buffer.find(PREFIX, after)
        if found >= 0:
            return found
        # Keep a tail that could be the start of the next prefix.
        return max(after, len(self._buffer) - len(PREFIX) + 1)

    def _next(self) -> FixMessage | Garbage | None:
        buffer = self._buffer
        if not buffer:
            return None
        start = buffer.find(PREFIX)
        if start < 0:
            keep = self._resync_point(0)
            return self._skip(keep, "bytes outside a FIX frame") if keep else None
        if start > 0:
            return self._skip(start, "bytes outside a FIX frame")
        length_end = buffer.find(SOH, len(PREFIX))
        if length_end < 0:
            if len(buffer) > len(PREFIX) + 8:
                return self._skip(self._resync_point(1), "BodyLength is not a number")
            return None
        length_text = bytes(buffer[len(PREFIX) : length_end])
        if not length_text.isdigit() or int(length_text) > MAX_BODY_LENGTH:
            return self._skip(self._resync_point(1), f"bad BodyLength {length_text[:16]!r}")
        body_start = length_end + 1
        body_end = body_start + int(length_text)
        frame_end = body_end + _TRAILER_LENGTH
        # A new frame starting inside this one's declared length means this one was cut short.
        nxt = buffer.find(PREFIX, 1, frame_end)
        if nxt > 0:
            return self._skip(nxt, "truncated frame")
        if len(buffer) < frame_end:
            return None
        if buffer[body_end : body_end + 3] != b"10=" or buffer[frame_end - 1] != 1:
            return self._skip(self._resync_point(1), "BodyLength does not end at CheckSum (truncated frame?)")
        data = bytes(buffer[:frame_end])
        if data[body_end + 3 : frame_end - 1] != checksum(data[:body_end]):
            return self._skip(frame_end, "bad CheckSum")
        del buffer[:frame_end]
        if not data.startswith(b"35=", body_start):
            return Garbage("MsgType is not the third field", data[:256], frame_end)
        try:
            fields = decode_body(data, body_start, body_end)
        except FixDecodeError as exc:
            return Garbage(f"undecodable body: {exc}", data[:256], frame_end)
        return FixMessage(fields, data)
