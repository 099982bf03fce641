"""Cutting a TCP byte stream into FIX messages, and surviving garbage (pure).

A frame is ``8=FIXT.1.1 SOH 9=<n> SOH`` + n body bytes + ``10=<ccc> SOH``. Anything else (a bad
checksum, a BodyLength that does not land on ``10=``, bytes between frames, a truncated frame
followed by a new one) is reported as :class:`Garbage` with the bytes skipped, and parsing resumes
at the next ``8=FIXT.1.1`` in the stream: one bad frame never takes the session down, and nothing
is dropped without a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._codec import PREFIX, SOH, FixMessage, checksum, decode_frame
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
        self._buffer = b""

    @property
    def pending(self) -> int:
        """Bytes buffered towards an incomplete frame."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[FixMessage | Garbage]:  # noqa: PLR0915 - one hot loop, kept flat
        buffer = self._buffer + data if self._buffer else data if type(data) is bytes else bytes(data)
        out: list[FixMessage | Garbage] = []
        size = len(buffer)
        pos = 0
        prefix_length = len(PREFIX)

        def skip_to(stop: int, reason: str) -> int:
            out.append(Garbage(reason, buffer[pos:stop][:256], stop - pos))
            return stop

        def resync() -> int:
            # The next frame start after this one, or the tail that could still become one.
            found = buffer.find(PREFIX, pos + 1)
            return found if found >= 0 else max(pos + 1, size - prefix_length + 1)

        while pos < size:
            start = buffer.find(PREFIX, pos)
            if start < 0:
                keep = max(pos, size - prefix_length + 1)
                if keep > pos:
                    pos = skip_to(keep, "bytes outside a FIX frame")
                break
            if start > pos:
                pos = skip_to(start, "bytes outside a FIX frame")
                continue
            length_end = buffer.find(SOH, pos + prefix_length, pos + prefix_length + 9)
            if length_end < 0:
                if size - pos > prefix_length + 8:
                    pos = skip_to(resync(), "BodyLength is not a number")
                    continue
                break
            length_text = buffer[pos + prefix_length : length_end]
            if not length_text.isdigit() or int(length_text) > MAX_BODY_LENGTH:
                pos = skip_to(resync(), f"bad BodyLength {length_text[:16]!r}")
                continue
            body_start = length_end + 1
            body_end = body_start + int(length_text)
            frame_end = body_end + _TRAILER_LENGTH
            # A new frame starting inside this one's declared length means this one was cut short.
            nxt = buffer.find(PREFIX, pos + 1, frame_end)
            if nxt > 0:
                pos = skip_to(nxt, "truncated frame")
                continue
            if size < frame_end:
                break
            if buffer[body_end : body_end + 3] != b"10=" or buffer[frame_end - 1] != 1:
                pos = skip_to(resync(), "BodyLength does not end at CheckSum (truncated frame?)")
                continue
            if buffer[body_end + 3 : frame_end - 1] != checksum(buffer[pos:body_end]):
                pos = skip_to(frame_end, "bad CheckSum")
                continue
            if not buffer.startswith(b"35=", body_start):
                pos = skip_to(frame_end, "MsgType is not the third field")
                continue
            raw = buffer[pos:frame_end]
            try:
                fields = decode_frame(raw, body_start - pos)
            except FixDecodeError as exc:
                pos = skip_to(frame_end, f"undecodable body: {exc}")
                continue
            out.append(FixMessage(fields, raw, fields[0][1].decode("ascii", "replace")))
            pos = frame_end
        self._buffer = buffer[pos:]
        return out
