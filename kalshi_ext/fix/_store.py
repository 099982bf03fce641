"""The persistent message store: sequence numbers and every outbound application message.

:class:`SqliteStore` keeps one sqlite3 database (WAL mode, ``synchronous=FULL``) with, per session,
the next outbound and inbound MsgSeqNum and each outbound application message exactly as it went
out (type, SendingTime, body bytes, ClOrdID). The session commits a message *before* its bytes are
written to the socket, so after a crash the store holds everything the counterparty may have seen,
plus at most the one message that never reached the wire: that one is only ever sent again as a
PossDup resend, when the counterparty asks for it. :class:`MemoryStore` has the same interface and
keeps nothing across processes (the right thing for sessions that reset on every logon).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

DEFAULT_RETENTION_S = 72 * 3600.0  # Kalshi keeps messages for retransmission at most 72 hours.
DB_NAME = "kalshi-fix-store.sqlite3"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    next_out: int
    next_in: int
    created_at: float
    last_reset_at: float
    last_logon_at: float | None


@dataclass(frozen=True, slots=True)
class StoredMessage:
    seq: int
    msg_type: str
    sending_time: str
    body: bytes  # the encoded application fields, header excluded
    cl_ord_id: str | None
    stored_at: float


class FixStore(Protocol):
    """What a session needs from a store (implement it to keep messages elsewhere)."""

    def load(self, session_id: str) -> SessionRecord: ...
    def save_outbound(self, session_id: str, message: StoredMessage) -> None: ...
    def set_next_out(self, session_id: str, next_out: int) -> None: ...
    def set_next_in(self, session_id: str, next_in: int) -> None: ...
    def mark_logon(self, session_id: str, when: float) -> None: ...
    def outbound_range(self, session_id: str, begin: int, end: int) -> list[StoredMessage]: ...
    def find_cl_ord_id(self, session_id: str, cl_ord_id: str) -> int | None: ...
    def reset(self, session_id: str, when: float) -> None: ...
    def prune(self, session_id: str, older_than: float) -> int: ...
    def close(self) -> None: ...


class MemoryStore:
    """A store that lives as long as the object (nothing survives the process)."""

    def __init__(self) -> None:
        self._sessions: dict[str, SessionRecord] = {}
        self._messages: dict[str, dict[int, StoredMessage]] = {}

    def load(self, session_id: str) -> SessionRecord:
        now = time.time()
        return self._sessions.setdefault(session_id, SessionRecord(1, 1, now, now, None))

    def _update(self, session_id: str, **changes: float | int | None) -> None:
        from dataclasses import replace

        self._sessions[session_id] = replace(self.load(session_id), **changes)  # type: ignore[arg-type]

    def save_outbound(self, session_id: str, message: StoredMessage) -> None:
        self._messages.setdefault(session_id, {})[message.seq] = message
        self._update(session_id, next_out=message.seq + 1)

    def set_next_out(self, session_id: str, next_out: int) -> None:
        self._update(session_id, next_out=next_out)

    def set_next_in(self, session_id: str, next_in: int) -> None:
        self._update(session_id, next_in=next_in)

    def mark_logon(self, session_id: str, when: float) -> None:
        self._update(session_id, last_logon_at=when)

    def outbound_range(self, session_id: str, begin: int, end: int) -> list[StoredMessage]:
        messages = self._messages.get(session_id, {})
        return [messages[seq] for seq in sorted(messages) if begin <= seq <= end]

    def find_cl_ord_id(self, session_id: str, cl_ord_id: str) -> int | None:
        for message in self._messages.get(session_id, {}).values():
            if message.cl_ord_id == cl_ord_id:
                return message.seq
        return None

    def reset(self, session_id: str, when: float) -> None:
        self._messages.pop(session_id, None)
        self._update(session_id, next_out=1, next_in=1, last_reset_at=when)

    def prune(self, session_id: str, older_than: float) -> int:
        messages = self._messages.get(session_id, {})
        old = [seq for seq, m in messages.items() if m.stored_at < older_than]
        for seq in old:
            del messages[seq]
        return len(old)

    def close(self) -> None:
        pass


_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    next_out INTEGER NOT NULL,
    next_in INTEGER NOT NULL,
    created_at REAL NOT NULL,
    last_reset_at REAL NOT NULL,
    last_logon_at REAL
);
CREATE TABLE IF NOT EXISTS outbound (
    session_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    msg_type TEXT NOT NULL,
    sending_time TEXT NOT NULL,
    body BLOB NOT NULL,
    cl_ord_id TEXT,
    stored_at REAL NOT NULL,
    PRIMARY KEY (session_id, seq)
);
CREATE INDEX IF NOT EXISTS outbound_cl_ord_id ON outbound (session_id, cl_ord_id);
"""


class SqliteStore:
    """The persistent store: ``SqliteStore("~/.kalshi/fix")`` (a directory) or a ``.sqlite3`` path.

    The directory is created with mode 0700 and the database file with 0600 (it holds order
    details). Every write is one committed transaction.

    Raises:
        FixConfigurationError: the path cannot be created or opened as a database.
    """

    def __init__(self, path: str | os.PathLike[str], *, synchronous: str = "FULL") -> None:
        from ._errors import FixConfigurationError

        target = Path(path).expanduser()
        if target.suffix not in (".sqlite3", ".db"):
            target = target / DB_NAME
        try:
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not target.exists():
                os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
            self._db = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            if synchronous.upper() not in ("FULL", "NORMAL", "EXTRA"):
                raise FixConfigurationError("synchronous must be FULL, NORMAL or EXTRA")
            self._db.execute(f"PRAGMA synchronous={synchronous.upper()}")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise FixConfigurationError(f"cannot open the FIX store at {target}: {exc}") from exc
        self.path = target
        self._lock = threading.Lock()

    def _write(self, sql: str, *params: object) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, params)

    def _ensure(self, session_id: str) -> None:
        now = time.time()
        self._db.execute("INSERT OR IGNORE INTO sessions VALUES (?, 1, 1, ?, ?, NULL)", (session_id, now, now))

    def load(self, session_id: str) -> SessionRecord:
        now = time.time()
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO sessions VALUES (?, 1, 1, ?, ?, NULL)", (session_id, now, now))
            row = self._db.execute(
                "SELECT next_out, next_in, created_at, last_reset_at, last_logon_at FROM sessions WHERE session_id=?",
                (session_id,),
            ).fetchone()
        return SessionRecord(*row)

    def save_outbound(self, session_id: str, message: StoredMessage) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._ensure(session_id)
                self._db.execute(
                    "INSERT OR REPLACE INTO outbound VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        session_id,
                        message.seq,
                        message.msg_type,
                        message.sending_time,
                        message.body,
                        message.cl_ord_id,
                        message.stored_at,
                    ),
                )
                self._db.execute("UPDATE sessions SET next_out=? WHERE session_id=?", (message.seq + 1, session_id))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def set_next_out(self, session_id: str, next_out: int) -> None:
        self._write("UPDATE sessions SET next_out=? WHERE session_id=?", next_out, session_id)

    def set_next_in(self, session_id: str, next_in: int) -> None:
        self._write("UPDATE sessions SET next_in=? WHERE session_id=?", next_in, session_id)

    def mark_logon(self, session_id: str, when: float) -> None:
        self._write("UPDATE sessions SET last_logon_at=? WHERE session_id=?", when, session_id)

    def outbound_range(self, session_id: str, begin: int, end: int) -> list[StoredMessage]:
        rows = self._write(
            "SELECT seq, msg_type, sending_time, body, cl_ord_id, stored_at FROM outbound "
            "WHERE session_id=? AND seq BETWEEN ? AND ? ORDER BY seq",
            session_id,
            begin,
            end,
        ).fetchall()
        return [StoredMessage(r[0], r[1], r[2], bytes(r[3]), r[4], r[5]) for r in rows]

    def find_cl_ord_id(self, session_id: str, cl_ord_id: str) -> int | None:
        row = self._write(
            "SELECT seq FROM outbound WHERE session_id=? AND cl_ord_id=? LIMIT 1", session_id, cl_ord_id
        ).fetchone()
        return None if row is None else int(row[0])

    def reset(self, session_id: str, when: float) -> None:
        self.load(session_id)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM outbound WHERE session_id=?", (session_id,))
            self._db.execute(
                "UPDATE sessions SET next_out=1, next_in=1, last_reset_at=? WHERE session_id=?", (when, session_id)
            )
            self._db.execute("COMMIT")

    def prune(self, session_id: str, older_than: float) -> int:
        return self._write("DELETE FROM outbound WHERE session_id=? AND stored_at < ?", session_id, older_than).rowcount

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"SqliteStore({str(self.path)!r})"
