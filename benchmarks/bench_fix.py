"""kalshi_ext FIX benchmark: codec messages per second against splitting on SOH, and an order round trip.

Run:  .venv/bin/python benchmarks/bench_fix.py            (about 20-30 s on 2 cores; needs the dev extra)

Prints:
1. Codec, in process, A/B interleaved in rounds (order alternating), medians quoted:
   A  "decode": the frame parser on one message (BodyLength and CheckSum checked, fields as
      (tag, bytes)); "encode+decode": also encode it first (header + body, BodyLength, CheckSum);
      "+ typed": also build the typed ExecutionReport (Decimal fields); for a NewOrderSingle and
      an ExecutionReport;
   B  ``data.split(b"\\x01")`` of the same bytes, nothing else (the floor for any tag=value parser);
   and the ratio A/B.
2. Order round trip over loopback TLS (informative): ``new_order`` to the ExecutionReport it
   causes, against the in-process test acceptor on its own thread, with the in-memory store and
   with the sqlite store (WAL; synchronous=NORMAL survives a process crash, FULL, the default, also
   a power loss: one fsync per order).
This is a script, not a test.
"""

from __future__ import annotations

import asyncio
import ssl
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from kalshi_ext.fix import AsyncFixClient, ExecutionReport, SqliteStore
from kalshi_ext.fix._codec import encode_fields, frame
from kalshi_ext.fix._framing import FrameParser
from kalshi_ext.fix._inbound import parse_inbound

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "fix"))

KEY_ID = "11111111-2222-3333-4444-555555555555"
HEADER = [(49, KEY_ID), (56, "KalshiRT"), (34, 123456), (52, "20261201-12:34:56.789")]
NOS = [
    (11, "550e8400-e29b-41d4-a716-446655440000"),
    (38, Decimal("10")),
    (40, "2"),
    (44, Decimal("0.55")),
    (54, "1"),
    (55, "KXHIGHNY-26DEC01-B52.5"),
    (59, "1"),
]
ER = [
    (37, "f3b2c1d0-aaaa-bbbb-cccc-000000000001"),
    (11, "550e8400-e29b-41d4-a716-446655440000"),
    (17, "123456;789012"),
    (150, "F"),
    (39, "1"),
    (54, "1"),
    (55, "KXHIGHNY-26DEC01-B52.5"),
    (151, Decimal("4")),
    (14, Decimal("6")),
    (6, Decimal("0.55")),
    (38, Decimal("10")),
    (31, Decimal("0.55")),
    (32, Decimal("6")),
    (44, Decimal("0.55")),
    (60, "20261201-12:34:56.789"),
    (880, "trade-1"),
]


def codec_round(msg_type: str, body: list[tuple[int, Any]], typed: bool) -> Callable[[], None]:
    parser = FrameParser()

    def run() -> None:
        data = frame(encode_fields([(35, msg_type), *HEADER, *body]))
        (message,) = parser.feed(data)
        if typed:
            parse_inbound(message, False)  # type: ignore[arg-type]

    return run


def decode_round(data: bytes) -> Callable[[], None]:
    parser = FrameParser()

    def run() -> None:
        parser.feed(data)

    return run


def split_round(data: bytes) -> Callable[[], None]:
    def run() -> None:
        data.split(b"\x01")

    return run


def per_second(fn: Callable[[], None], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return n / (time.perf_counter() - start)


def interleaved(a: Callable[[], None], b: Callable[[], None], n: int = 20000, rounds: int = 7) -> tuple[float, float]:
    rates_a, rates_b = [], []
    for r in range(rounds):
        pair = [(a, rates_a), (b, rates_b)]
        for fn, rates in pair if r % 2 == 0 else reversed(pair):
            rates.append(per_second(fn, n))
    return statistics.median(rates_a), statistics.median(rates_b)


def codec_report() -> None:
    print("1. codec (messages/s, medians of 7 interleaved rounds)")
    for label, msg_type, body, mode in [
        ("NewOrderSingle decode", "D", NOS, "decode"),
        ("NewOrderSingle encode+decode", "D", NOS, "both"),
        ("ExecutionReport decode", "8", ER, "decode"),
        ("ExecutionReport encode+decode", "8", ER, "both"),
        ("ExecutionReport encode+decode + typed", "8", ER, "typed"),
    ]:
        data = frame(encode_fields([(35, msg_type), *HEADER, *body]))
        run = decode_round(data) if mode == "decode" else codec_round(msg_type, body, mode == "typed")
        a, b = interleaved(run, split_round(data))
        print(f"   {label:40s} {a:10,.0f}/s   split on SOH {b:12,.0f}/s   ratio {b / a:5.1f}x  ({len(data)} bytes)")


def round_trip_report() -> None:
    import trustme
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from fixacceptor import Acceptor

    ca = trustme.CA()
    server_ssl = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ssl)
    client_ssl = ssl.create_default_context()
    ca.configure_trust(client_ssl)
    key = ed25519.Ed25519PrivateKey.generate()
    loop = asyncio.new_event_loop()
    key_ids = [f"{KEY_ID[:-1]}{n}" for n in range(3)]  # one acceptor session per run
    server = Acceptor({k: key.public_key() for k in key_ids}, server_ssl)
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait()

    async def orders(key_id: str, store: Any, count: int) -> list[float]:
        client = AsyncFixClient(
            "RT",
            key_id=key_id,
            private_key=key,
            host="127.0.0.1",
            port=server.port,
            allow_custom_host=True,
            ssl_context=client_ssl,
            store=store,
            reconnect=False,
        )
        await client.logon()
        times = []
        for n in range(count):
            start = time.perf_counter()
            await client.new_order(cl_ord_id=f"b-{id(store)}-{n}", symbol="KXBENCH", side="buy", qty=1, price="0.5")
            while not isinstance(await client.receive(5), ExecutionReport):
                pass
            times.append(time.perf_counter() - start)
        await client.close()
        return times

    print("2. order round trip over loopback TLS (new_order -> ExecutionReport, 500 orders each)")
    with tempfile.TemporaryDirectory() as tmp:
        runs = [
            ("memory store", None),
            ("sqlite store (WAL, NORMAL)", SqliteStore(Path(tmp) / "n", synchronous="NORMAL")),
            ("sqlite store (WAL, FULL)", SqliteStore(Path(tmp) / "f")),
        ]
        for key_id, (label, store) in zip(key_ids, runs, strict=True):
            times = asyncio.run(orders(key_id, store, 500))
            median = statistics.median(times) * 1e6
            p99 = sorted(times)[int(len(times) * 0.99)] * 1e6
            print(
                f"   {label:28s} median {median:7.0f} us   p99 {p99:7.0f} us   {len(times) / sum(times):7.0f} orders/s"
            )
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)


if __name__ == "__main__":
    codec_report()
    round_trip_report()
