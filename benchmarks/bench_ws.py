"""kalshi_ext WebSocket benchmark: order book deltas per second, against orjson.loads alone.

Run:  .venv/bin/python benchmarks/bench_ws.py            (about 20-40 s on 2 cores)

Prints:
1. In process, A/B interleaved in rounds (order alternating), medians quoted:
   A  the client's path for one ``orderbook_delta`` frame: decode (orjson), route on ``type`` and
      ``sid``, check ``seq``, apply to the local Decimal book, build the ``BookUpdate`` event (with
      best bid/ask), queue it on the subscription's bounded stream, and the consumer's read of it;
   B  ``orjson.loads`` of the same frame, nothing else;
   and the ratio A/B, as time per frame and as frames per second (the figure issue 11 sets a
   goal for: at least 0.33x). Then, informative: A with the consumer iterating the subscription
   (``async for``) instead of ``get_nowait``, and A plus reading ``event.message.model`` (the
   generated model, built lazily) to show what eager typed parsing of every delta would cost.
2. End to end over loopback (informative): a websockets server in another process pushes the
   frames to a ``KalshiWebSocket``; frames per second until the last ``BookUpdate`` is read.

Frames are realistic: 20 markets, prices on a 1-cent grid, counts with 2 decimals, every delta
keeping its level non-negative, one sid with consecutive ``seq``. This is a script, not a test.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson

from kalshi_ext.ws import PREDICTION, BookUpdate, KalshiWebSocket, Overflow, ReconnectPolicy
from kalshi_ext.ws._dispatch import Dispatcher
from kalshi_ext.ws._streams import EventStream
from kalshi_ext.ws._subscription import Subscription

MARKETS = [f"KXBENCH-26JAN01-B{n}" for n in range(20)]
SID = 7


def make_frames(count: int, seed: int = 1) -> tuple[list[bytes], list[bytes]]:
    """Snapshots (seq 1..20) and ``count`` deltas (seq 21..) for one sid."""
    rng = random.Random(seed)
    books: dict[str, dict[str, dict[Decimal, Decimal]]] = {}
    snapshots = []
    seq = 0
    for market in MARKETS:
        yes = {Decimal(p) / 100: Decimal(rng.randint(1, 500)) for p in range(20, 45)}
        no = {Decimal(p) / 100: Decimal(rng.randint(1, 500)) for p in range(50, 75)}
        books[market] = {"yes": yes, "no": no}
        seq += 1
        msg = {
            "market_ticker": market,
            "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1",
            "clock": 1,
            "yes_dollars_fp": [[f"{p:.4f}", f"{c:.2f}"] for p, c in sorted(yes.items())],
            "no_dollars_fp": [[f"{p:.4f}", f"{c:.2f}"] for p, c in sorted(no.items())],
        }
        snapshots.append(orjson.dumps({"type": "orderbook_snapshot", "sid": SID, "seq": seq, "msg": msg}))
    deltas = []
    for clock in range(2, count + 2):
        market = rng.choice(MARKETS)
        side = rng.choice(("yes", "no"))
        levels = books[market][side]
        price = Decimal(rng.randint(20, 44) if side == "yes" else rng.randint(50, 74)) / 100
        current = levels.get(price, Decimal(0))
        change = Decimal(rng.randint(-int(current), 300)) if current else Decimal(rng.randint(1, 300))
        if change == 0:
            change = Decimal(1)
        levels[price] = current + change
        seq += 1
        msg = {
            "market_ticker": market,
            "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1",
            "clock": clock,
            "price_dollars": f"{price:.4f}",
            "delta_fp": f"{change:.2f}",
            "side": side,
            "ts": "2026-01-02T03:04:05.123Z",
            "ts_ms": 1767323045123,
        }
        deltas.append(orjson.dumps({"type": "orderbook_delta", "sid": SID, "seq": seq, "msg": msg}))
    return snapshots, deltas


def fresh_dispatcher(snapshots: list[bytes], capacity: int) -> tuple[Dispatcher, Subscription[Any]]:
    events: EventStream[Any] = EventStream(1000, Overflow.DROP_OLDEST, "events")
    dispatcher = Dispatcher(
        PREDICTION, events, on_reply=lambda cid, frame: False, on_resync=lambda s, m: None, on_terminal=lambda s: None
    )
    spec = PREDICTION.channels["orderbook_delta"]
    sub: Subscription[Any] = Subscription(
        None,  # type: ignore[arg-type]
        PREDICTION,
        spec,
        1,
        {"market_tickers": list(MARKETS)},
        queue_size=capacity,
    )
    dispatcher.bind(sub, SID)
    for frame in snapshots:
        dispatcher.handle(frame)
    return dispatcher, sub


def run_client_path(snapshots: list[bytes], deltas: list[bytes], *, with_model: bool = False) -> float:
    """A: every frame through the dispatcher, the event then read by a consumer (as a live one would)."""
    dispatcher, sub = fresh_dispatcher(snapshots, 1000)
    handle = dispatcher.handle
    take = sub.stream.get_nowait
    while len(sub.stream):
        take()
    start = time.perf_counter()
    if with_model:
        for frame in deltas:
            handle(frame)
            take().message.model  # noqa: B018 - the cost being measured
    else:
        for frame in deltas:
            handle(frame)
            take()
    elapsed = time.perf_counter() - start
    assert sub.stats.gaps == 0 and sub.stats.received == len(deltas) + len(snapshots) and sub.dropped == 0
    return elapsed


def run_async_consumer(snapshots: list[bytes], deltas: list[bytes]) -> float:
    """A, the consumer awaiting the subscription's iterator (each event is queued when it asks)."""

    async def main() -> float:
        dispatcher, sub = fresh_dispatcher(snapshots, 1000)
        handle = dispatcher.handle
        while len(sub.stream):
            sub.stream.get_nowait()
        step = sub.__anext__
        start = time.perf_counter()
        for frame in deltas:
            handle(frame)
            await step()
        elapsed = time.perf_counter() - start
        assert sub.stats.gaps == 0 and sub.dropped == 0
        return elapsed

    return asyncio.run(main())


def run_orjson(deltas: list[bytes]) -> float:
    loads = orjson.loads
    start = time.perf_counter()
    for frame in deltas:
        loads(frame)
    return time.perf_counter() - start


def interleaved(rounds: int, a: Callable[[], float], b: Callable[[], float]) -> tuple[list[float], list[float]]:
    times_a, times_b = [], []
    for n in range(rounds):
        if n % 2:
            times_b.append(b())
            times_a.append(a())
        else:
            times_a.append(a())
            times_b.append(b())
    return times_a, times_b


def line(label: str, count: int, seconds: float) -> None:
    print(f"   {label:<47}{count / seconds:>12,.0f} frames/s {seconds / count * 1e6:7.2f} us/frame")


def section_in_process() -> None:
    count, rounds = 50_000, 15
    snapshots, deltas = make_frames(count)
    run_client_path(snapshots, deltas[:2000])  # warm up imports and caches
    run_orjson(deltas[:2000])
    times_a, times_b = interleaved(rounds, lambda: run_client_path(snapshots, deltas), lambda: run_orjson(deltas))
    med_a, med_b = statistics.median(times_a), statistics.median(times_b)
    print(f"1. in process: {count} orderbook_delta frames x {rounds} rounds, A/B interleaved, medians")
    line("A client path (decode+route+seq+book+event)", count, med_a)
    line("B orjson.loads alone", count, med_b)
    print(f"   ratio A/B (time per frame)                   {med_a / med_b:>12.2f}x")
    print(f"   ratio A/B (frames/s; goal >= 0.33x)          {med_b / med_a:>12.2f}x")
    print(
        f"   spread A: min {min(times_a) / count * 1e6:.2f} / max {max(times_a) / count * 1e6:.2f} us;"
        f" B: min {min(times_b) / count * 1e6:.2f} / max {max(times_b) / count * 1e6:.2f} us"
    )
    async_times = [run_async_consumer(snapshots, deltas[:20_000]) for _ in range(5)]
    line("A, the consumer using async for", 20_000, statistics.median(async_times))
    model_times = [run_client_path(snapshots, deltas[:20_000], with_model=True) for _ in range(5)]
    med_m = statistics.median(model_times)
    line("A + event.message.model (generated model)", 20_000, med_m)


# --------------------------------------------------------------------------- loopback


def serve(count: int) -> None:
    """Server process: on the first subscribe, send subscribed + snapshots + ``count`` deltas."""
    from websockets.asyncio.server import serve as ws_serve

    snapshots, deltas = make_frames(count, seed=2)

    async def handler(ws: Any) -> None:
        async for raw in ws:
            cmd = json.loads(raw)
            if cmd.get("cmd") == "subscribe":
                await ws.send(
                    json.dumps(
                        {"id": cmd["id"], "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": SID}}
                    )
                )
                for frame in snapshots + deltas:
                    await ws.send(frame.decode())

    async def main() -> None:
        async with ws_serve(handler, "127.0.0.1", 0, compression=None, ping_interval=None) as server:
            print(server.sockets[0].getsockname()[1], flush=True)
            await asyncio.Future()

    asyncio.run(main())


async def loopback_round(port: int, count: int) -> float:
    client = KalshiWebSocket(
        url=f"ws://127.0.0.1:{port}/trade-api/ws/v2",
        allow_custom_host=True,
        queue_size=count + 100,
        reconnect=ReconnectPolicy(enabled=False),
    )
    async with client:
        sub = await client.subscribe_orderbook_delta(MARKETS)
        seen = 0
        start = None
        async for event in sub:
            if isinstance(event, BookUpdate):
                if start is None:
                    start = time.perf_counter()
                seen += 1
                if seen == count + len(MARKETS):
                    break
        assert start is not None
        return time.perf_counter() - start


def section_loopback() -> None:
    count, rounds = 50_000, 3
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve", str(count)], stdout=subprocess.PIPE
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        times = [asyncio.run(loopback_round(port, count)) for _ in range(rounds)]
    finally:
        proc.terminate()
        proc.wait()
    med = statistics.median(times)
    print(f"2. loopback end to end (websockets, no compression): {count} deltas x {rounds} rounds")
    line("KalshiWebSocket -> BookUpdate read by consumer", count, med)


def main() -> None:
    print(f"python {sys.version.split()[0]}, orjson {orjson.__version__}")
    section_in_process()
    section_loopback()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
    else:
        main()
