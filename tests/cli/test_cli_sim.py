"""Every ``kalshi-ext`` command run as a user types it, in a subprocess, against the simulator's
loopback servers; ``--json`` output parsed and checked against what the exchange holds."""

from __future__ import annotations

import datetime as dt
import os
import pty
import subprocess
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from clisim import Result, SimServer, kalshi_ext


@pytest.fixture(scope="module")
def sim() -> Iterator[SimServer]:
    server = SimServer.start(seed=7)  # simulated time stands still: the book is the makers' first ladder
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def env(sim: SimServer, tmp_path: Path) -> dict[str, str]:
    return sim.env(tmp_path)


def cli(sim: SimServer, env: dict[str, str], *args: str, **kw: Any) -> Result:
    return kalshi_ext(env, *args, *sim.target(), **kw)


def tickers(sim: SimServer, env: dict[str, str]) -> list[str]:
    return [m["ticker"] for m in cli(sim, env, "markets", "--all", "--json").json()["markets"]]


def book(sim: SimServer, env: dict[str, str], ticker: str) -> dict[str, Any]:
    return cli(sim, env, "orderbook", ticker, "--json").json()


def my_orders(sim: SimServer, env: dict[str, str], ticker: str, **filters: str) -> list[dict[str, Any]]:
    extra = [part for key, value in filters.items() for part in (f"--{key}", value)]
    return cli(sim, env, "orders", "--ticker", ticker, "--all", "--json", *extra).json()["orders"]


def test_status(sim: SimServer, env: dict[str, str]) -> None:
    doc = cli(sim, env, "status", "--json").json()
    assert doc["status"]["exchange_active"] is True
    assert doc["status"]["trading_active"] is True
    assert "standard_hours" in doc["schedule"]["schedule"]
    text = cli(sim, env, "status").out
    assert "exchange active  yes" in text and "trading active   yes" in text


def test_markets_pages_filters_and_table(sim: SimServer, env: dict[str, str]) -> None:
    everything = tickers(sim, env)
    assert len(everything) >= 4 and len(set(everything)) == len(everything)
    first = cli(sim, env, "markets", "--limit", "2", "--json").json()
    assert [m["ticker"] for m in first["markets"]] == everything[:2]
    assert first["cursor"]
    second = cli(sim, env, "markets", "--limit", "2", "--cursor", first["cursor"], "--json").json()
    assert [m["ticker"] for m in second["markets"]] == everything[2:4]
    some = cli(sim, env, "markets", "--tickers", f"{everything[3]},{everything[0]}", "--json").json()
    assert sorted(m["ticker"] for m in some["markets"]) == sorted([everything[0], everything[3]])
    opened = cli(sim, env, "markets", "--status", "open", "--all", "--json").json()["markets"]
    assert opened and {m["status"] for m in opened} == {"active"}
    table = cli(sim, env, "markets", "--limit", "3").out.splitlines()
    assert table[0].split()[:4] == ["TICKER", "STATUS", "YES", "BID"]
    assert [line.split()[0] for line in table[1:4]] == everything[:3]
    assert "(more: --cursor" in table[-1]


def test_market_and_unknown_market(sim: SimServer, env: dict[str, str]) -> None:
    ticker = tickers(sim, env)[0]
    doc = cli(sim, env, "market", ticker, "--json").json()
    assert doc["market"]["ticker"] == ticker
    assert Decimal(doc["market"]["yes_bid_dollars"]) < Decimal(doc["market"]["yes_ask_dollars"])
    assert f"ticker         {ticker}" in cli(sim, env, "market", ticker).out
    missing = cli(sim, env, "market", "NO-SUCH-MARKET", expect=1)
    assert missing.out == "" and missing.err.startswith("kalshi-ext: error:")


def test_times_in_the_users_zone_or_utc(sim: SimServer, env: dict[str, str]) -> None:
    ticker = tickers(sim, env)[0]
    closes = cli(sim, env, "market", ticker, "--json").json()["market"]["close_time"]
    utc = cli(sim, env, "market", ticker, "--utc").out
    tokyo = cli(sim, {**env, "TZ": "Asia/Tokyo"}, "market", ticker).out
    when = dt.datetime.fromisoformat(closes.replace("Z", "+00:00"))
    assert f"closes         {when.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC" in utc
    assert f"closes         {when + dt.timedelta(hours=9):%Y-%m-%d %H:%M:%S} JST" in tokyo


def test_orderbook_in_yes_terms(sim: SimServer, env: dict[str, str]) -> None:
    ticker = tickers(sim, env)[0]
    doc = book(sim, env, ticker)
    bids = [(Decimal(p), Decimal(s)) for p, s in doc["bids"]]
    asks = [(Decimal(p), Decimal(s)) for p, s in doc["asks"]]
    assert bids and asks
    assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
    assert Decimal(doc["best_bid"]) == bids[0][0] < Decimal(doc["best_ask"]) == asks[0][0]
    assert Decimal(doc["spread"]) == asks[0][0] - bids[0][0]
    no_bids = {Decimal(p): Decimal(s) for p, s in doc["orderbook_fp"]["no_dollars"]}
    assert {1 - p: s for p, s in no_bids.items()} == dict(asks)  # a NO bid at q is a YES ask at 1 - q
    one = cli(sim, env, "orderbook", ticker, "--depth", "1", "--json").json()
    assert (len(one["bids"]), len(one["asks"])) == (1, 1)
    lines = cli(sim, env, "orderbook", ticker).out.splitlines()
    assert f"best bid {doc['best_bid']}  best ask {doc['best_ask']}" in lines[0]
    assert lines[1].split() == ["BID", "SIZE", "BID", "ASK", "ASK", "SIZE"]


def test_order_lifecycle_create_amend_cancel(sim: SimServer, env: dict[str, str]) -> None:
    ticker = tickers(sim, env)[1]
    below = Decimal(book(sim, env, ticker)["best_bid"]) - Decimal("0.05")
    coid = str(uuid.uuid4())
    args = ["--ticker", ticker, "--side", "bid", "--count", "2", "--price", str(below), "--client-order-id", coid]
    created = cli(sim, env, "order", "create", *args, "--yes", "--json")
    doc = created.json()
    assert doc["client_order_id"] == coid and Decimal(doc["remaining_count"]) == 2
    assert f"client_order_id {coid}" in created.err  # the plan is shown even with --yes
    (resting,) = [o for o in my_orders(sim, env, ticker, status="resting") if o["order_id"] == doc["order_id"]]
    assert Decimal(resting["yes_price_dollars"]) == below and Decimal(resting["remaining_count_fp"]) == 2

    new_price = below - Decimal("0.01")
    cli(sim, env, "order", "amend", doc["order_id"], "--price", str(new_price), "--count", "3", "--yes", "--json")
    (amended,) = [o for o in my_orders(sim, env, ticker, status="resting") if o["client_order_id"] == coid]
    assert Decimal(amended["yes_price_dollars"]) == new_price and Decimal(amended["remaining_count_fp"]) == 3

    cli(sim, env, "order", "amend", amended["order_id"], "--price", str(below), "--yes")  # price only
    (moved,) = [o for o in my_orders(sim, env, ticker, status="resting") if o["order_id"] == amended["order_id"]]
    assert Decimal(moved["yes_price_dollars"]) == below and Decimal(moved["remaining_count_fp"]) == 3

    canceled = cli(sim, env, "order", "cancel", amended["order_id"], "--yes", "--json").json()
    assert Decimal(canceled["reduced_by"]) == 3
    assert not [o for o in my_orders(sim, env, ticker, status="resting") if o["order_id"] == amended["order_id"]]


def test_a_fill_shows_in_fills_positions_and_balance(sim: SimServer, env: dict[str, str]) -> None:
    ticker = tickers(sim, env)[2]
    before = cli(sim, env, "balance", "--json").json()
    ask = book(sim, env, ticker)["best_ask"]
    args = ["--ticker", ticker, "--side", "bid", "--count", "1", "--price", ask, "--tif", "ioc", "--yes", "--json"]
    placed = cli(sim, env, "order", "create", *args).json()
    assert Decimal(placed["fill_count"]) == 1 and Decimal(placed["average_fill_price"]) == Decimal(ask)
    fills = cli(sim, env, "fills", "--ticker", ticker, "--json").json()["fills"]
    (fill,) = [f for f in fills if f["order_id"] == placed["order_id"]]
    assert Decimal(fill["count_fp"]) == 1 and Decimal(fill["yes_price_dollars"]) == Decimal(ask)
    positions = cli(sim, env, "positions", "--ticker", ticker, "--json").json()["market_positions"]
    assert Decimal(positions[0]["position_fp"]) >= 1
    after = cli(sim, env, "balance", "--json").json()
    cost = Decimal(before["balance_dollars"]) - Decimal(after["balance_dollars"])
    assert cost == Decimal(ask) + Decimal(fill["fee_cost"])  # exact: the price plus the fee, no float
    assert after["balance"] == int(Decimal(after["balance_dollars"]) * 100)  # integer cents, truncated
    shown = cli(sim, env, "balance").out
    assert f"${after['balance_dollars']}" in shown
    assert "POSITION" in cli(sim, env, "positions").out and "ORDER ID" in cli(sim, env, "fills").out


def test_settlements_listing(sim: SimServer, env: dict[str, str]) -> None:
    doc = cli(sim, env, "settlements", "--json").json()
    assert doc["settlements"] == []  # nothing has settled while simulated time stands still
    assert cli(sim, env, "settlements").out.strip() == "No settlements."


def test_cancel_all_for_one_market_and_for_the_account(sim: SimServer, env: dict[str, str]) -> None:
    first, second = tickers(sim, env)[3:5]
    for ticker in (first, first, second):
        low = Decimal(book(sim, env, ticker)["best_bid"]) - Decimal("0.10")
        cli(
            sim,
            env,
            "order",
            "create",
            "--ticker",
            ticker,
            "--side",
            "bid",
            "--count",
            "1",
            "--price",
            str(low),
            "--yes",
        )
    ids = {o["order_id"] for o in my_orders(sim, env, first, status="resting")}
    assert len(ids) >= 2
    done = cli(sim, env, "cancel-all", "--ticker", first, "--yes", "--json").json()
    assert set(done["canceled"]) == ids and done["failed"] == []
    assert my_orders(sim, env, first, status="resting") == []
    assert my_orders(sim, env, second, status="resting")  # another market's orders are untouched
    everything = cli(sim, env, "cancel-all", "--yes", "--json").json()
    assert everything["whole_account"] is True
    assert cli(sim, env, "orders", "--status", "resting", "--json").json()["orders"] == []


def _with_terminal(env: dict[str, str], args: list[str], answer: str) -> tuple[int, str]:
    """Run with a pseudo-terminal on stdin (so the command may ask) and type ``answer``."""
    main, child = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "kalshi_ext", *args],
            env=env,
            stdin=child,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        os.close(child)
        os.write(main, answer.encode())
        _, err = process.communicate(timeout=60)
    finally:
        os.close(main)
    assert "Traceback" not in err
    return process.returncode, err


def test_writes_need_confirmation(sim: SimServer, env: dict[str, str]) -> None:
    ticker = tickers(sim, env)[5]
    low = str(Decimal(book(sim, env, ticker)["best_bid"]) - Decimal("0.10"))

    def create(coid: str) -> list[str]:
        return ["order", "create", "--ticker", ticker, "--side", "bid", "--count", "1", "--price", low,
                "--client-order-id", coid, *sim.target()]  # fmt: skip

    def placed(coid: str) -> bool:
        return any(o["client_order_id"] == coid for o in my_orders(sim, env, ticker))

    piped = str(uuid.uuid4())
    refused = kalshi_ext(env, *create(piped), expect=2, stdin=None, timeout=60)  # stdin is a pipe, not a terminal
    assert "refusing to trade without confirmation: pass --yes" in refused.err
    assert "Place this order?" not in refused.err
    no = str(uuid.uuid4())
    code, err = _with_terminal(env, create(no), "n\n")
    assert code == 1 and "Place this order? [y/N]" in err and "nothing was sent" in err
    yes = str(uuid.uuid4())
    code, err = _with_terminal(env, create(yes), "y\n")
    assert code == 0, err
    assert not placed(piped) and not placed(no) and placed(yes)
    order_id = next(o["order_id"] for o in my_orders(sim, env, ticker) if o["client_order_id"] == yes)
    kalshi_ext(env, "order", "cancel", order_id, *sim.target(), expect=2)  # cancel asks too
    code, err = _with_terminal(env, ["order", "cancel", order_id, *sim.target()], "\n")  # Enter means no
    assert code == 1 and "Cancel this order? [y/N]" in err
    assert any(o["order_id"] == order_id for o in my_orders(sim, env, ticker, status="resting"))
    kalshi_ext(env, "cancel-all", "--ticker", ticker, *sim.target(), expect=2)
    assert any(o["order_id"] == order_id for o in my_orders(sim, env, ticker, status="resting"))


def test_production_is_refused_without_prod(env: dict[str, str]) -> None:
    """No --base-url and no --demo means production: commands that trade stop before sending anything."""
    order = ["order", "create", "--ticker", "T", "--side", "bid", "--count", "1", "--price", "0.5", "--yes"]
    for args in (order, ["order", "cancel", "X", "--yes"], ["order", "amend", "X", "--price", "0.4", "--yes"],
                 ["cancel-all", "--yes"]):  # fmt: skip
        refused = kalshi_ext(env, *args, expect=2, timeout=30)
        assert "trades on production (https://api.elections.kalshi.com/trade-api/v2): pass --prod" in refused.err
        assert "KALSHI_CLI_PROD=1" in refused.err
    refused = kalshi_ext({**env, "KALSHI_CLI_PROD": "0"}, *order, expect=2, timeout=30)
    assert "pass --prod" in refused.err


def test_sim_option_runs_an_in_process_simulator(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "TZ": "UTC"}
    markets = kalshi_ext(env, "markets", "--sim", "--all", "--json").json()["markets"]
    assert markets
    ticker = markets[0]["ticker"]
    ask = kalshi_ext(env, "orderbook", ticker, "--sim", "--json").json()["best_ask"]
    args = ["--ticker", ticker, "--side", "bid", "--count", "1", "--price", ask, "--tif", "ioc"]
    placed = kalshi_ext(env, "order", "create", *args, "--sim", "--yes", "--json")
    assert Decimal(placed.json()["fill_count"]) == 1
    assert "the offline simulator (--sim)" in placed.err
    kalshi_ext(env, "balance", "--sim", "--base-url", "http://127.0.0.1:1/trade-api/v2", expect=2)


def test_perps_commands_report_the_simulators_refusal(sim: SimServer, env: dict[str, str]) -> None:
    """The simulator serves the Trade API only: perps commands fail cleanly (exit 1, one error line)."""
    for args in (["status"], ["markets"], ["market", "X"], ["orderbook", "X"], ["balance"], ["positions"],
                 ["orders"], ["fills"]):  # fmt: skip
        failed = kalshi_ext(env, "perps", *args, *sim.target(), "--json", expect=1)
        assert failed.out == ""
        assert failed.err.startswith("kalshi-ext: error:"), failed.err


def test_credentials_and_usage_errors(sim: SimServer, tmp_path: Path) -> None:
    bare = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    no_key = kalshi_ext(bare, "balance", *sim.target(), expect=2)
    assert "credentials" in no_key.err.lower() or "api key" in no_key.err.lower()
    assert kalshi_ext(bare, "markets", "--limit", "1", *sim.target(), "--json").json()["markets"]  # public: no key
    kalshi_ext(bare, "balance", "--base-url", sim.rest_url, expect=2)  # a custom host needs --allow-custom-host
    kalshi_ext(bare, "no-such-command", expect=2)
    for command in ("status", "markets", "market", "orderbook", "balance", "positions", "orders", "fills",
                    "settlements", "order", "cancel-all", "perps", "record", "check-capture", "keys"):  # fmt: skip
        assert kalshi_ext(bare, command, "--help").out.startswith("usage: kalshi-ext")
