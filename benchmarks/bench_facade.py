"""Facade benchmark: parsing a realistic 1000-market ``GET /markets`` page, against ``orjson.loads``.

Run:  .venv/bin/python benchmarks/bench_facade.py          (about 20 s)

A: ``kalshi.markets.list(limit=1000)`` through a signed ``KalshiClient`` whose transport is an
   in-memory ``httpx.MockTransport`` answering the page (request building, Ed25519 signing, the
   transport, JSON decoding and the typed ``GetMarketsResponse``; list items parse on first access).
B: ``orjson.loads`` of the same bytes.
C: A, then reading one field of every market (every ``Market`` model is built; its fields are
   converted when read, so this converts one field of each).
D: A, then every field of every market converted (``Market.validate()``: all 54 fields, nested
   price ranges included). On a tree without ``validate()`` (attrs models, before the response
   models became lazy) building a model converted every field, so D is C there.
E: D on a page where no money or time text repeats (every ``Decimal`` and ``datetime`` is parsed,
   none comes from the models' caches of parsed text), against ``orjson.loads`` of its own bytes.
   The page of A-D repeats prices, sizes and times across markets as real pages do (the 98 markets
   recorded in ``../shared/real/responses.json`` carry 1245 money strings with 167 distinct texts,
   554 timestamps with 132); E is the bound when nothing repeats.

A-E run interleaved in rounds with alternating order. Each measurement of a line follows one untimed
call of it and a ``gc.collect()``: the allocator has adapted to that line and the garbage collector
starts clean, so no line pays for the garbage or the collector debt of the line measured before it
(without this, a line measured after D paid for collections D made due, by up to 2x). Each ratio is
taken within its round (the line against ``orjson.loads`` measured in the same round) and the median
over rounds is quoted, with the first and third quartile. Not a timed test.
Also prints ``import kalshi_ext`` time (median of ``python -X importtime`` runs).
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import orjson
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_ext import KalshiClient

ROUNDS = 25
REPEATS = 5


def market(i: int) -> dict[str, Any]:
    """One market shaped like a 3.34 ``GET /markets`` item (54 fields, money as fixed-point strings)."""
    bid = 1 + i % 97
    return {
        "ticker": f"KXHIGHNY-26NOV21-B{50 + i % 40}.5-{i}",
        "event_ticker": "KXHIGHNY-26NOV21",
        "market_type": "binary",
        "title": f"Will the high temp in NYC be {50 + i % 40}-{51 + i % 40} on Nov 21, 2026?",
        "subtitle": f"{50 + i % 40} to {51 + i % 40}",
        "yes_sub_title": "52 to 53",
        "no_sub_title": "52 to 53",
        "created_time": "2026-11-19T15:00:00Z",
        "updated_time": "2026-11-21T14:02:11.482911Z",
        "open_time": "2026-11-20T15:00:00Z",
        "close_time": "2026-11-22T04:59:00Z",
        "expected_expiration_time": "2026-11-22T15:00:00Z",
        "expiration_time": "2026-11-28T15:00:00Z",
        "latest_expiration_time": "2026-11-28T15:00:00Z",
        "settlement_timer_seconds": 1800,
        "status": "active",
        "yes_bid_dollars": f"0.{bid:02d}00",
        "yes_bid_size_fp": "1520.00",
        "yes_ask_dollars": f"0.{bid + 2:02d}00",
        "yes_ask_size_fp": "310.50",
        "no_bid_dollars": f"0.{98 - bid:02d}00",
        "no_ask_dollars": f"0.{99 - bid:02d}00",
        "last_price_dollars": f"0.{bid + 1:02d}00",
        "volume_fp": "48211.00",
        "volume_24h_fp": "9120.00",
        "result": "",
        "can_close_early": True,
        "open_interest_fp": "20117.00",
        "notional_value_dollars": "1.0000",
        "previous_yes_bid_dollars": "0.1900",
        "previous_yes_ask_dollars": "0.2400",
        "previous_price_dollars": "0.2000",
        "settlement_value_dollars": None,
        "settlement_bounds_type": "inclusive",
        "expiration_value": "",
        "strike_type": "between",
        "floor_strike": 52,
        "cap_strike": 53.99,
        "custom_strike": None,
        "rules_primary": "If the highest temperature recorded in Central Park, New York for November 21, 2026 is "
        "between 52-53, then the market resolves to Yes.",
        "rules_secondary": "",
        "price_level_structure": "linear_cent",
        "price_ranges": [{"start": "0.0100", "end": "0.9900", "step": "0.0100"}],
        "early_close_condition": "",
        "fee_waiver_expiration_time": None,
        "is_provisional": False,
        "mve_collection_ticker": "",
        "primary_participant_key": "",
        "functional_strike": "",
        "occurrence_datetime": "2026-11-21T05:00:00Z",
        "settlement_ts": None,
        "settlement_floor_dollars": None,
    }


def unrepeated(i: int) -> dict[str, Any]:
    """``market(i)`` with every money and time text unique to the market (E)."""
    item = market(i)
    for key, value in item.items():
        if isinstance(value, str) and (key.endswith(("_dollars", "_fp"))) and value:
            item[key] = f"{value}{i:04d}" if "." in value else value
        elif isinstance(value, str) and (key.endswith(("_time", "_datetime"))):
            item[key] = f"{value[:17]}{i % 60:02d}.{i:06d}Z"  # seconds and microseconds unique to the market
    item["price_ranges"] = [{"start": f"0.01{i:04d}", "end": f"0.99{i:04d}", "step": "0.0100"}]
    return item


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1e3


def timed(fn: Callable[[], object]) -> float:
    fn()  # untimed: the allocator and caches adapt to this line, not to the line measured before it
    gc.collect()  # and the garbage collector starts clean: no line pays for the one before it
    start = time.perf_counter()
    for _ in range(REPEATS):
        fn()
    return (time.perf_counter() - start) / REPEATS


def import_time_ms(runs: int = 7) -> float:
    totals = []
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import kalshi_ext"], capture_output=True, text=True, check=True
        ).stderr
        totals.append(int(err.strip().splitlines()[-1].split("|")[1]))
    return statistics.median(totals) / 1e3


def main() -> None:
    body = orjson.dumps({"markets": [market(i) for i in range(1000)], "cursor": "CgsI8L2ZuQYQ"})
    body_e = orjson.dumps({"markets": [unrepeated(i) for i in range(1000)], "cursor": "CgsI8L2ZuQYQ"})
    pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200,
            content=body_e if request.url.params.get("cursor") == "E" else body,
            headers={"content-type": "application/json"},
        )
    )
    with KalshiClient(key_id="bench-key", private_key=pem, transport=transport) as kalshi:

        def facade() -> object:
            return kalshi.markets.list(limit=1000)

        def facade_all_items() -> object:
            page = kalshi.markets.list(limit=1000)
            return [m.yes_bid_dollars for m in page.markets or []]

        def facade_every_field() -> object:
            page = kalshi.markets.list(limit=1000)
            return [m.validate() if hasattr(m, "validate") else m.yes_bid_dollars for m in page.markets or []]

        def facade_every_field_unrepeated() -> object:
            page = kalshi.markets.list(limit=1000, cursor="E")
            return [m.validate() if hasattr(m, "validate") else m.yes_bid_dollars for m in page.markets or []]

        def raw() -> object:
            return orjson.loads(body)

        def raw_e() -> object:
            return orjson.loads(body_e)

        for fn in (facade, facade_all_items, facade_every_field, facade_every_field_unrepeated, raw, raw_e):
            fn()  # warm up
        results: dict[str, list[float]] = {"A": [], "B": [], "C": [], "D": [], "E": [], "BE": []}
        for round_ in range(ROUNDS):
            order = [
                ("A", facade),
                ("B", raw),
                ("C", facade_all_items),
                ("D", facade_every_field),
                ("E", facade_every_field_unrepeated),
                ("BE", raw_e),
            ]
            for name, fn in order if round_ % 2 == 0 else reversed(order):
                results[name].append(timed(fn))
    times = {k: median_ms(v) for k, v in results.items()}

    def ratio(name: str, base: str = "B") -> str:
        per_round = [x / y for x, y in zip(results[name], results[base], strict=True)]
        q1, median, q3 = statistics.quantiles(per_round, n=4)
        return f"{median:5.2f}x {base:<2} (rounds {q1:.2f}-{q3:.2f})"

    size = len(body) / 1e6
    print(f"GET /markets page: 1000 markets, {size:.2f} MB; {ROUNDS} rounds x {REPEATS}; medians of per-round ratios")
    print(f"  B orjson.loads of the bytes                          {times['B']:8.2f} ms")
    print(f"  A kalshi.markets.list (typed page, 1000 Markets)     {times['A']:8.2f} ms   {ratio('A')}")
    print(f"  C A + one field of every market                      {times['C']:8.2f} ms   {ratio('C')}  goal <= 1.5x")
    print(f"  D A + every field of every market converted          {times['D']:8.2f} ms   {ratio('D')}  goal <= 3x")
    print(f"  E D, no money or time text repeated in the page      {times['E']:8.2f} ms   {ratio('E', 'BE')}")
    print(f"import kalshi_ext: {import_time_ms():.1f} ms (median of 7, -X importtime; goal < 100 ms)")


if __name__ == "__main__":
    main()
