"""The sqlite3 store: WAL, durability across a reopen, ClOrdID lookup, reset and retention."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from kalshi_ext.fix import FixConfigurationError, MemoryStore, SqliteStore
from kalshi_ext.fix._store import StoredMessage


@pytest.mark.parametrize("kind", ["sqlite", "memory"])
def test_store_round_trip(kind: str, tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s") if kind == "sqlite" else MemoryStore()
    record = store.load("RT:key")
    assert (record.next_out, record.next_in, record.last_logon_at) == (1, 1, None)
    store.save_outbound("RT:key", StoredMessage(2, "D", "20260101-00:00:00.000", b"11=a\x01", "a", 100.0))
    store.save_outbound("RT:key", StoredMessage(3, "F", "20260101-00:00:01.000", b"11=b\x01", "b", 200.0))
    store.set_next_in("RT:key", 9)
    store.mark_logon("RT:key", 50.0)
    record = store.load("RT:key")
    assert (record.next_out, record.next_in, record.last_logon_at) == (4, 9, 50.0)
    assert [m.seq for m in store.outbound_range("RT:key", 1, 10)] == [2, 3]
    assert store.outbound_range("RT:key", 3, 3)[0].body == b"11=b\x01"
    assert store.find_cl_ord_id("RT:key", "a") == 2 and store.find_cl_ord_id("RT:key", "zz") is None
    assert store.load("NR:key").next_out == 1  # sessions are separate
    assert store.prune("RT:key", older_than=150.0) == 1
    assert [m.seq for m in store.outbound_range("RT:key", 1, 10)] == [3]
    store.reset("RT:key", 300.0)
    record = store.load("RT:key")
    assert (record.next_out, record.next_in, record.last_reset_at) == (1, 1, 300.0)
    assert store.outbound_range("RT:key", 1, 10) == []
    store.close()


def test_sqlite_store_is_wal_private_and_survives_a_reopen(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "dir")
    store.save_outbound("s", StoredMessage(5, "D", "t", b"x", "c", 1.0))
    path = store.path
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    # A second connection (another process after a crash) sees the committed row at once.
    other = sqlite3.connect(path)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert other.execute("SELECT seq, cl_ord_id FROM outbound").fetchall() == [(5, "c")]
    other.close()
    store.close()
    again = SqliteStore(path)
    assert again.load("s").next_out == 6
    assert "dir" in repr(again)
    again.close()


def test_bad_store_path_is_a_configuration_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FixConfigurationError, match="cannot open the FIX store"):
        SqliteStore(blocker / "sub")
    with pytest.raises(FixConfigurationError, match="synchronous"):
        SqliteStore(tmp_path / "ok", synchronous="OFF")
