"""docs/capture.md is true: its pandas, polars, DuckDB and replay examples run on a capture that
``kalshi-ext record`` made of the simulator (JSON lines and Parquet)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from clisim import SimServer, kalshi_ext

DOC = Path(__file__).resolve().parents[2] / "docs" / "capture.md"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(), flags=re.S)


@pytest.fixture(scope="module")
def captures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """One short capture per format, of two markets of a simulator running 60x."""
    pytest.importorskip("pyarrow")
    root = tmp_path_factory.mktemp("docs")
    sim = SimServer.start(seed=13, speed=60.0)
    try:
        env = sim.env(root)
        markets = kalshi_ext(env, "markets", "--limit", "2", "--json", *sim.target()).json()["markets"]
        tickers = ",".join(m["ticker"] for m in markets)
        made = {}
        for fmt in ("jsonl", "parquet"):
            cwd = root / fmt
            args = ["record", "--tickers", tickers, "--channels", "orderbook_delta,trade,ticker",
                    "--out", str(cwd / "capture"), "--format", fmt, "--book-interval", "0.5",
                    "--duration", "3"]  # fmt: skip
            kalshi_ext(env, *args, *sim.target(ws=True))
            made[fmt] = cwd
        yield made
    finally:
        sim.stop()


def run_block(code: str, cwd: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(cwd)
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(code, str(DOC), "exec"), namespace)  # the documentation's own examples
    return namespace


def test_the_pandas_example(captures: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    (code,) = [b for b in blocks("python") if "import pandas as pd" in b and "read_json" in b]
    ns = run_block(code, captures["jsonl"], monkeypatch)
    assert len(ns["frames"]) > 0
    assert all(isinstance(price, str) and len(price) == 6 for price in ns["trades"]["price"])


def test_the_polars_example(captures: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("polars")
    (code,) = [b for b in blocks("python") if "read_ndjson" in b]
    ns = run_block(code, captures["jsonl"], monkeypatch)
    assert ns["deltas"].height > 0
    spreads = ns["spread"]["spread"].to_list()
    assert spreads and all(value > 0 for value in spreads if value is not None)


def test_the_duckdb_queries(captures: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    duckdb = pytest.importorskip("duckdb")
    monkeypatch.chdir(captures["jsonl"])
    sizes, gaps, trades = (duckdb.sql(query).fetchall() for query in blocks("sql")[0].split(";") if query.strip())
    report = json.loads(kalshi_ext({"PATH": "/usr/bin:/bin"}, "check-capture", "capture", "--json").out)
    expected = {(r["hour"], r["market_ticker"]): (r["frames"], r["frame_bytes"]) for r in report["per_hour_market"]}
    assert {(hour, market): (frames, size) for hour, market, frames, size in sizes} == expected
    assert gaps == []  # nothing dropped in this capture
    assert all(str(price).count(".") == 1 for _, price, _ in trades)


def test_the_parquet_example(captures: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("pandas", "polars", "duckdb"):
        pytest.importorskip(module)
    (code,) = [b for b in blocks("python") if "read_parquet" in b]
    ns = run_block(code, captures["parquet"], monkeypatch)
    assert len(ns["frames"]) > 0 and ns["books"].height > 0
    assert ns["per_hour"] and all(count > 0 for *_, count in ns["per_hour"])
    assert ns["books"]["bids"][0].to_list()[0][0].count(".") == 1  # [price, size] strings


def test_the_replay_example(captures: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    (code,) = [b for b in blocks("python") if "Simulator(" in b]
    ns = run_block(code, captures["jsonl"], monkeypatch)
    books = [row for row in ns["books"] if row["synced"]]
    for recorded, market in ns["market_of"].items():
        last = [row for row in books if row["market_ticker"] == recorded][-1]
        wanted = {("bid", p): s for p, s in last["bids"]} | {("ask", p): s for p, s in last["asks"]}
        assert {key[1:]: size for key, (_, size) in ns["resting"].items() if key[0] == market} == wanted
    assert str(ns["fill"].fill_count) == "1.00"  # the strategy's order filled against the replayed ask
