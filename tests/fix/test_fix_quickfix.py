"""Optional cross-check against a QuickFIX acceptor loaded with Kalshi's dictionary (not run in CI).

Set ``KALSHI_QUICKFIX_PYTHON`` to an interpreter that has ``quickfix-tls`` (kept out of the dev
extra: it is an unofficial prebuilt fork), e.g.::

    python3 -m venv /tmp/qfvenv && /tmp/qfvenv/bin/pip install quickfix-tls==1.16.0.1rc1
    KALSHI_QUICKFIX_PYTHON=/tmp/qfvenv/bin/python .venv/bin/python -m pytest tests/fix/test_fix_quickfix.py
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
from pathlib import Path
from typing import Any

import pytest
import trustme

from kalshi_ext.fix import AsyncFixClient, ExecutionReport, SqliteStore
from kalshi_ext.fix._codec import encode_fields
from kalshi_ext.fix._store import StoredMessage

QUICKFIX_PYTHON = os.environ.get("KALSHI_QUICKFIX_PYTHON")
DICTIONARY = Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "kalshi-fix-dictionary.xml"
KEY_ID = "11111111-2222-3333-4444-555555555555"

pytestmark = pytest.mark.skipif(
    not QUICKFIX_PYTHON or not DICTIONARY.is_file(),
    reason="optional QuickFIX cross-check: set KALSHI_QUICKFIX_PYTHON (an interpreter with quickfix-tls)",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class QuickFix:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []

    async def wait_for(self, prefix: str, timeout: float = 10.0) -> str:
        assert self.process.stdout is not None
        while True:
            line = (await asyncio.wait_for(self.process.stdout.readline(), timeout)).decode().strip()
            self.lines.append(line)
            if line.startswith(prefix):
                return line


async def start_quickfix(tmp_path: Path, ca: trustme.CA) -> tuple[QuickFix, int]:
    cert = ca.issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        str(QUICKFIX_PYTHON),
        str(Path(__file__).with_name("quickfix_acceptor.py")),
        str(port),
        str(cert_file),
        str(key_file),
        str(DICTIONARY),
        str(tmp_path / "qf"),
        KEY_ID,
        stdout=asyncio.subprocess.PIPE,
    )
    qf = QuickFix(process)
    await qf.wait_for("READY")
    return qf, port


async def test_quickfix_logon_order_restart_and_possdup_resend(tmp_path: Path, ca: trustme.CA, rsa_key: Any) -> None:
    qf, port = await start_quickfix(tmp_path, ca)
    client_ssl = ssl.create_default_context()
    ca.configure_trust(client_ssl)
    store_dir = tmp_path / "store"

    def client() -> AsyncFixClient:
        return AsyncFixClient(
            "RT",
            key_id=KEY_ID,
            private_key=rsa_key,
            host="127.0.0.1",
            port=port,
            allow_custom_host=True,
            ssl_context=client_ssl,
            store=SqliteStore(store_dir),
            reconnect=False,
        )

    try:
        fix = client()
        await fix.logon()
        await qf.wait_for("LOGON")
        await fix.new_order(cl_ord_id="qf-1", symbol="KXTEST-1", side="buy", qty=2, price="0.5")
        assert (await qf.wait_for("APP D")).split() == ["APP", "D", "2", "N", "qf-1"]
        report = None
        while report is None:
            event = await fix.receive(10)
            report = event if isinstance(event, ExecutionReport) else None
        assert (report.cl_ord_id, report.exec_type) == ("qf-1", "0")
        session_id = fix.session_id
        # A crash between the store commit and the socket write: the order is stored, never sent.
        await fix._drop_connection()
        store = SqliteStore(store_dir)
        seq = store.load(session_id).next_out
        body = encode_fields([(11, "qf-2"), (38, 3), (40, "2"), (44, "0.5"), (54, "1"), (55, "KXTEST-1")])
        store.save_outbound(session_id, StoredMessage(seq, "D", "20261201-00:00:00.000", body, "qf-2", 1e12))
        store.close()
        await asyncio.sleep(0.5)
        fix = client()
        await fix.logon()  # QuickFIX sees the gap and asks for a resend
        line = await qf.wait_for("APP D")
        assert line.split() == ["APP", "D", str(seq), "Y", "qf-2"]
        await fix.close()
        # What QuickFIX's application saw: each order once, the stored one only as a PossDup resend.
        assert [x for x in qf.lines if x.startswith("APP")] == ["APP D 2 N qf-1", f"APP D {seq} Y qf-2"]
    finally:
        qf.process.terminate()
        await qf.process.wait()
