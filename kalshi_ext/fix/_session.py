"""The FIXT.1.1 session layer as a pure state machine (no sockets, no clock of its own).

The transport feeds it decoded messages and clock ticks and carries out what it returns:
:class:`Send` (bytes for the socket, already committed to the store), :class:`Deliver` (an
application message for the user), :class:`Notice` (something the user should know: a gap, a
duplicate ignored, garbage), :class:`LoggedOn` and :class:`Close`. The async and sync clients
share it, and the tests drive it directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from kalshi_fix_dictionary import MESSAGES

from ._codec import FixMessage, Value, encode_fields, frame
from ._errors import FixError, FixLogonError, FixSessionError
from ._store import FixStore, StoredMessage

State = Literal["disconnected", "logon_sent", "active", "logout_sent"]


@dataclass(frozen=True, slots=True)
class Send:
    data: bytes


@dataclass(frozen=True, slots=True)
class Deliver:
    message: FixMessage
    poss_dup: bool


@dataclass(frozen=True, slots=True)
class Notice:
    kind: str  # "gap", "duplicate_ignored", "resend_requested", "resent", "test_request", "logout"...
    detail: str
    begin: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class LoggedOn:
    reset: bool  # sequence numbers were reset to 1 by this logon


@dataclass(frozen=True, slots=True)
class Close:
    error: FixError | None  # None: a clean logout
    reconnect: bool


Effect = Send | Deliver | Notice | LoggedOn | Close


@dataclass(slots=True)
class SessionConfig:
    sender_comp_id: str
    target_comp_id: str
    heartbeat_interval: int = 30
    retransmission: bool = True
    reset_seq_num: bool = False  # send 141=Y (and restart both sequences at 1) on the next logon
    logon_fields: Sequence[tuple[int, Value]] = ()
    logon_timeout: float = 10.0
    retention_s: float = 72 * 3600.0
    session_id: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.session_id:
            self.session_id = f"{self.target_comp_id}:{self.sender_comp_id}"


def sending_time(now: float) -> str:
    """UTCTimestamp with milliseconds: ``YYYYMMDD-HH:MM:SS.sss``."""
    seconds = int(now)
    millis = int((now - seconds) * 1000)
    return time.strftime("%Y%m%d-%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}"


class Session:
    """One FIX session's sequence numbers, timers and admin-message handling.

    ``sign(text) -> base64 signature`` signs the logon's pre-hash string. ``clock() -> epoch
    seconds`` is injected so tests never sleep.
    """

    def __init__(
        self, config: SessionConfig, store: FixStore, sign: Callable[[str], str], clock: Callable[[], float] = time.time
    ) -> None:
        self.config = config
        self.store = store
        self._sign = sign
        self._clock = clock
        self.state: State = "disconnected"
        record = store.load(config.session_id)
        self.next_out, self.next_in = record.next_out, record.next_in
        self._queue: dict[int, FixMessage | None] = {}
        self._resend_until: int | None = None
        self._test_request: tuple[str, float] | None = None
        self._last_sent = self._last_received = self._logon_sent_at = 0.0
        self._test_counter = 0

    # -- outbound ---------------------------------------------------------------------------

    def _frame(self, msg_type: str, body: bytes, seq: int, when: str, orig: str | None = None) -> bytes:
        header: list[tuple[int, Value]] = [
            (35, msg_type),
            (49, self.config.sender_comp_id),
            (56, self.config.target_comp_id),
            (34, seq),
            (52, when),
        ]
        if orig is not None:
            header += [(43, True), (122, orig)]
        self._last_sent = self._clock()
        return frame(encode_fields(header) + body)

    def _admin(self, msg_type: str, fields: Sequence[tuple[int, Value]] = ()) -> Send:
        seq = self.next_out
        self.next_out += 1
        self.store.set_next_out(self.config.session_id, self.next_out)
        return Send(self._frame(msg_type, encode_fields(fields), seq, sending_time(self._clock())))

    def send_app(self, msg_type: str, fields: Sequence[tuple[int, Value]], cl_ord_id: str | None = None) -> bytes:
        """Encode, commit to the store, and return the bytes to write (write them next).

        Raises:
            FixEncodeError: a field value the codec refuses (nothing is stored or sent).
            FixSessionError: the session is not logged on.
        """
        if self.state != "active":
            raise FixSessionError(f"the session is not logged on (state: {self.state})")
        body = encode_fields(fields)
        seq, now = self.next_out, self._clock()
        when = sending_time(now)
        self.store.save_outbound(self.config.session_id, StoredMessage(seq, msg_type, when, body, cl_ord_id, now))
        self.next_out = seq + 1
        return self._frame(msg_type, body, seq, when)

    def logon(self) -> list[Effect]:
        """Start the logon on a fresh connection; returns the Logon to send."""
        now = self._clock()
        cfg = self.config
        if cfg.reset_seq_num:
            self.store.reset(cfg.session_id, now)
            self.next_out = self.next_in = 1
        else:
            self.store.prune(cfg.session_id, now - cfg.retention_s)
        self._queue.clear()
        self._resend_until = None
        self._test_request = None
        seq, when = self.next_out, sending_time(now)
        signature = self._sign(f"{when}\x01A\x01{seq}\x01{cfg.sender_comp_id}\x01{cfg.target_comp_id}")
        fields: list[tuple[int, Value]] = [(98, 0), (108, cfg.heartbeat_interval)]
        if cfg.reset_seq_num:
            fields.append((141, True))
        fields += [(1137, "9"), *cfg.logon_fields, (96, signature)]
        self.next_out = seq + 1
        self.store.set_next_out(cfg.session_id, self.next_out)
        self.state = "logon_sent"
        self._logon_sent_at = self._last_received = now
        return [Send(self._frame("A", encode_fields(fields), seq, when))]

    def logout(self, text: str | None = None) -> list[Effect]:
        if self.state not in ("active", "logon_sent"):
            return []
        self.state = "logout_sent"
        return [self._admin("5", [(58, text)] if text else [])]

    def connection_lost(self) -> None:
        self.state = "disconnected"

    # -- timers ------------------------------------------------------------------------------

    def tick(self) -> list[Effect]:
        """Heartbeats when we have been quiet, a TestRequest when the counterparty has, and a
        Close when it stays silent (or never answers the Logon)."""
        now = self._clock()
        interval = self.config.heartbeat_interval
        if self.state == "logon_sent" and now - self._logon_sent_at >= self.config.logon_timeout:
            return [Close(FixLogonError("no answer to the Logon"), reconnect=False)]
        if self.state != "active":
            return []
        out: list[Effect] = []
        if now - self._last_sent >= interval:
            out.append(self._admin("0"))
        if self._test_request is None and now - self._last_received >= interval * 1.2:
            self._test_counter += 1
            test_id = f"TEST{self._test_counter}"
            self._test_request = (test_id, now)
            out += [self._admin("1", [(112, test_id)]), Notice("test_request", "counterparty silent")]
        elif self._test_request is not None and now - self._test_request[1] >= interval:
            out.append(Close(FixSessionError("the counterparty did not answer a TestRequest"), reconnect=True))
        return out

    # -- inbound -----------------------------------------------------------------------------

    def receive(self, msg: FixMessage) -> list[Effect]:
        self._last_received = self._clock()
        self._test_request = None  # any traffic proves the counterparty alive
        seq = msg.get_int(34)
        if seq is None:
            return [Notice("garbage", f"message {msg.msg_type!r} without MsgSeqNum ignored")]
        cfg = self.config
        if msg.get(49) != cfg.target_comp_id.encode() or msg.get(56) != cfg.sender_comp_id.encode():
            # Not for this session: never act on it (FIX: CompID problem, the session ends).
            text = f"CompID problem: expected 49={cfg.target_comp_id} 56=<our key id>"
            error = FixLogonError(text) if self.state == "logon_sent" else FixSessionError(text)
            return [*self.logout(text), Close(error, reconnect=False)]
        if self.state == "logon_sent":
            return self._logon_reply(msg, seq)
        if msg.msg_type == "4" and not msg.get_bool(123):
            return self._sequence_reset(msg)
        expected = self.next_in
        if seq < expected:
            if msg.get_bool(43):
                return [Notice("duplicate_ignored", f"PossDup {msg.msg_type} {seq} below {expected}", seq, seq)]
            text = f"MsgSeqNum too low, expecting {expected} but received {seq}"
            return [*self.logout(text), Close(FixSessionError(text), reconnect=False)]
        if seq > expected:
            return self._gap(msg, seq, expected)
        return self._process(msg, seq)

    def _logon_reply(self, msg: FixMessage, seq: int) -> list[Effect]:
        text = msg.get_str(58)
        if msg.msg_type == "5":
            return [Close(FixLogonError(f"logon refused: {text or 'no reason given'}", text=text), reconnect=False)]
        if msg.msg_type == "3":
            reason = msg.get_int(373)
            error = FixLogonError(f"logon rejected: {text or reason}", text=text, reason=reason)
            return [Close(error, reconnect=False)]
        if msg.msg_type != "A":
            return [Notice("unexpected", f"{msg.msg_type} before the Logon reply ignored")]
        self.state = "active"
        now = self._clock()
        reset = self.config.reset_seq_num
        if msg.get_bool(141) and not reset:
            # The counterparty reset the session (both sides start again): our Logon was 1.
            self.store.reset(self.config.session_id, now)
            self.next_out, self.next_in, reset = 2, 1, True
            self.store.set_next_out(self.config.session_id, 2)
        self.store.mark_logon(self.config.session_id, now)
        out: list[Effect] = [LoggedOn(reset=reset)]
        self.config.reset_seq_num = False
        if seq > self.next_in and self.config.retransmission:
            self._queue[seq] = None  # the Logon itself is handled; ask for what came before it
            out += self._gap(None, seq, self.next_in)
        else:
            if seq > self.next_in:
                out.append(Notice("gap", f"messages {self.next_in}..{seq - 1} missed (no resend)", self.next_in))
            self.next_in = seq + 1
            self.store.set_next_in(self.config.session_id, self.next_in)
        return out

    def _gap(self, msg: FixMessage | None, seq: int, expected: int) -> list[Effect]:
        if not self.config.retransmission:
            self.next_in = seq
            notice = Notice("gap", f"messages {expected}..{seq - 1} missed (this session does not resend)", expected)
            return [notice, *(self._process(msg, seq) if msg is not None else [])]
        out: list[Effect] = []
        if msg is not None:
            if msg.msg_type in ("1", "2", "5"):  # answered now; the gap fill must not replay them
                out += self._dispatch(msg)
                self._queue[seq] = None
            else:
                self._queue[seq] = msg
        if self._resend_until is None:  # one open-ended request covers later gaps too
            self._resend_until = seq - 1
            out += [
                self._admin("2", [(7, expected), (16, 0)]),
                Notice("resend_requested", "inbound gap", expected, seq - 1),
            ]
        return out

    def _sequence_reset(self, msg: FixMessage) -> list[Effect]:
        new = msg.get_int(36) or 0
        if new < self.next_in:
            return [Notice("garbage", f"SequenceReset to {new} below the expected {self.next_in} ignored")]
        self.next_in = new
        self.store.set_next_in(self.config.session_id, new)
        return [Notice("sequence_reset", f"counterparty reset the inbound sequence to {new}", new)]

    def _process(self, msg: FixMessage, seq: int) -> list[Effect]:
        self.next_in = seq + 1
        out = self._dispatch(msg)
        if msg.msg_type == "4" and msg.get_bool(123):
            self.next_in = max(self.next_in, msg.get_int(36) or 0)
        while self.next_in in self._queue:
            queued = self._queue.pop(self.next_in)
            self.next_in += 1
            if queued is not None:
                out += self._dispatch(queued)
                if queued.msg_type == "4" and queued.get_bool(123):
                    self.next_in = max(self.next_in, queued.get_int(36) or 0)
        if self._resend_until is not None and self.next_in > self._resend_until:
            self._resend_until = None
        self.store.set_next_in(self.config.session_id, self.next_in)
        return out

    def _dispatch(self, msg: FixMessage) -> list[Effect]:
        mt = msg.msg_type
        if mt == "0":
            return []
        if mt == "1":
            return [self._admin("0", [(112, msg.get(112) or b"")] if msg.get(112) else [])]
        if mt == "2":
            return self._resend(msg.get_int(7) or 1, msg.get_int(16) or 0)
        if mt == "4":
            return []
        if mt == "5":
            text = msg.get_str(58)
            if self.state == "logout_sent":
                return [Close(None, reconnect=False)]
            self.state = "logout_sent"
            return [
                self._admin("5"),
                Notice("logout", text or "counterparty logged out"),
                Close(FixSessionError(f"counterparty logged out: {text or 'no reason given'}"), reconnect=True),
            ]
        if mt == "A":
            return [Notice("unexpected", "Logon on an active session ignored")]
        return [Deliver(msg, msg.get_bool(43))]

    def _resend(self, begin: int, end: int) -> list[Effect]:
        last = self.next_out - 1
        end = last if end == 0 or end > last else end
        stored = {m.seq: m for m in self.store.outbound_range(self.config.session_id, begin, end)}
        now = sending_time(self._clock())
        out: list[Effect] = []
        gap_start: int | None = None
        for seq in range(begin, end + 1):
            message = stored.get(seq)
            if message is None or MESSAGES.get(message.msg_type, None) is None:
                gap_start = seq if gap_start is None else gap_start
                continue
            if gap_start is not None:
                out.append(self._gap_fill(gap_start, seq, now))
                gap_start = None
            out.append(Send(self._frame(message.msg_type, message.body, seq, now, orig=message.sending_time)))
        if gap_start is not None:
            out.append(self._gap_fill(gap_start, end + 1, now))
        out.append(Notice("resent", f"answered a ResendRequest for {begin}..{end}", begin, end))
        return out

    def _gap_fill(self, seq: int, new_seq: int, now: str) -> Send:
        return Send(self._frame("4", encode_fields([(123, True), (36, new_seq)]), seq, now, orig=now))
