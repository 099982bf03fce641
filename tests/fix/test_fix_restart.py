"""RT restart: orders sent, the process killed, a new process resumes from the store.

The acceptor "never received" the last order (as if the process died between the store commit and
the socket write). On the restarted logon it sees the gap and asks for a resend: the stored order
comes back with PossDupFlag=Y and its original SendingTime, and nothing is sent as a new order.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

import trustme
from cryptography.hazmat.primitives import serialization
from fixacceptor import Acceptor

from kalshi_ext.fix import AsyncFixClient, ExecutionReport, FixDuplicateOrderError, SqliteStore

HERE = Path(__file__).resolve().parent
KEY_ID = "11111111-2222-3333-4444-555555555555"


async def run_child(port: int, ca: trustme.CA, key: Any, tmp: Path, store: Path, count: int) -> list[int]:
    cafile = tmp / "ca.pem"
    ca.cert_pem.write_to_path(str(cafile))
    keyfile = tmp / "key.pem"
    keyfile.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    keyfile.chmod(0o600)
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        str(HERE / "fix_restart_child.py"),
        str(port),
        str(cafile),
        str(keyfile),
        str(store),
        str(count),
        stdout=asyncio.subprocess.PIPE,
    )
    assert child.stdout is not None
    line = await asyncio.wait_for(child.stdout.readline(), 60)
    assert line.startswith(b"SENT"), line
    await asyncio.sleep(0.3)  # let the acceptor read what was written
    os.kill(child.pid, signal.SIGKILL)
    await child.wait()
    return [int(x) for x in line.split()[1:]]


async def test_rt_restart_resends_from_the_store_and_creates_no_new_order(
    acceptor: Acceptor, ca: trustme.CA, rsa_key: Any, client_ssl: Any, tmp_path: Path
) -> None:
    store_dir = tmp_path / "store"
    # The acceptor will not see the third order (seq 4: the logon is seq 1).
    acceptor.knobs.lose_inbound = {4}
    seqs = await run_child(acceptor.port, ca, rsa_key, tmp_path, store_dir, 3)
    assert seqs == [2, 3, 4]
    assert sorted(acceptor.orders) == ["restart-0", "restart-1"]
    store = SqliteStore(store_dir)
    stored = store.outbound_range(next(iter(_session_ids(store_dir))), 1, 10)
    assert [m.seq for m in stored] == [2, 3, 4]

    client = AsyncFixClient(
        "RT",
        key_id=KEY_ID,
        private_key=rsa_key,
        host="127.0.0.1",
        port=acceptor.port,
        allow_custom_host=True,
        ssl_context=client_ssl,
        store=store,
        reconnect=False,
    )
    await client.logon()
    logon = acceptor.logons[-1]
    assert logon.get(34) == b"5" and logon.get(141) is None  # resumed, not reset
    report = None
    while report is None:
        event = await client.receive(5)
        if isinstance(event, ExecutionReport) and event.cl_ord_id == "restart-2":
            report = event
    resent = [m for m in acceptor.received if m.msg_type == "D" and m.get(43) == b"Y"]
    assert [m.get_str(11) for m in resent] == ["restart-2"]
    assert resent[0].get(34) == b"4" and resent[0].get_str(122) == stored[2].sending_time
    assert sorted(acceptor.orders) == ["restart-0", "restart-1", "restart-2"]

    live = [m for m in acceptor.received if m.msg_type == "D" and m.get(43) != b"Y"]
    assert [m.get_str(11) for m in live] == ["restart-0", "restart-1"]  # restart-2 only ever as a PossDup
    await client.close()

    # Restart again; this time the counterparty asks for everything: only PossDup copies come back.
    acceptor.knobs.request_resend_after_logon = (1, 0)
    client = AsyncFixClient(
        "RT",
        key_id=KEY_ID,
        private_key=rsa_key,
        host="127.0.0.1",
        port=acceptor.port,
        allow_custom_host=True,
        ssl_context=client_ssl,
        store=SqliteStore(store_dir),
        reconnect=False,
    )
    await client.logon()
    while True:
        event = await client.receive(5)
        if getattr(event, "kind", None) == "resent":
            break
    await asyncio.sleep(0.2)
    copies = [m for m in acceptor.duplicates if m.msg_type == "D"]
    assert [m.get_str(11) for m in copies] == ["restart-0", "restart-1", "restart-2"]
    assert all(m.get(43) == b"Y" and m.get(122) for m in copies)
    before = len(acceptor.orders)
    assert before == 3
    try:
        await client.new_order(cl_ord_id="restart-0", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
    except FixDuplicateOrderError as exc:
        assert exc.seq == 2
    else:
        raise AssertionError("a ClOrdID from before the restart was sent again")
    assert len(acceptor.orders) == before
    await client.close()


def _session_ids(store_dir: Path) -> list[str]:
    import sqlite3

    db = sqlite3.connect(store_dir / "kalshi-fix-store.sqlite3")
    try:
        return [row[0] for row in db.execute("SELECT session_id FROM sessions")]
    finally:
        db.close()
