"""The CLI in-process against an httpx MockTransport: answers the simulator cannot easily give
(a batch cancel with a failed leg, integer-cent quirks, a 5xx), and the production guard."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_ext import KalshiClient, PerpsClient
from kalshi_ext.cli import main

Route = Callable[[httpx.Request], httpx.Response]


class Api:
    """Routes by (method, path suffix); records every request."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Any] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, body: Any, status: int = 200) -> None:
        self.routes[(method, path)] = (status, body)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.split("/trade-api/v2", 1)[-1]
        status, body = self.routes.get((request.method, path), (404, {"error": {"code": "not_found"}}))
        return httpx.Response(status, json=body)

    def sent(self, method: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method]


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[Api]:
    fake = Api()
    for cls in (KalshiClient, PerpsClient):
        original = cls.from_env.__func__  # type: ignore[attr-defined]

        def from_env(klass: Any, *, _original: Any = original, **options: Any) -> Any:
            return _original(klass, transport=httpx.MockTransport(fake), **options)

        monkeypatch.setattr(cls, "from_env", classmethod(from_env))
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    monkeypatch.setenv("KALSHI_API_KEY_ID", "test-key")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", pem.decode())
    for name in ("KALSHI_DEMO", "KALSHI_CLI_PROD", "KALSHI_PERPS_API_KEY_ID", "KALSHI_PERPS_PRIVATE_KEY"):
        monkeypatch.delenv(name, raising=False)
    yield fake


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_balance_shows_integer_cents_as_exact_dollars(api: Api) -> None:
    api.on("GET", "/portfolio/balance", {"balance": 942275, "portfolio_value": 1050, "updated_ts": 1782907200})
    code, out, _ = run("balance", "--demo", "--utc")
    assert code == 0
    assert "balance          $9422.75" in out
    assert "portfolio value  $10.50" in out
    assert "2026-07-01 12:00:00 UTC" in out
    code, out, _ = run("balance", "--demo", "--json")
    assert json.loads(out)["balance"] == 942275


def test_writes_on_production_are_refused_before_anything_is_sent(api: Api) -> None:
    code, _, err = run("order", "create", "--ticker", "T", "--side", "bid", "--count", "1", "--price", "0.5", "--yes")
    assert code == 2
    assert "--prod" in err and "KALSHI_CLI_PROD=1" in err
    code, _, err = run("cancel-all", "--yes")
    assert code == 2
    assert api.requests == []


def test_production_is_allowed_with_the_environment_variable(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KALSHI_CLI_PROD", "1")
    api.on("GET", "/portfolio/orders", {"orders": [], "cursor": ""})
    code, out, _ = run("cancel-all", "--ticker", "T", "--yes", "--json")
    assert code == 0
    assert json.loads(out) == {"canceled": [], "failed": [], "whole_account": False}
    assert api.requests[0].url.host == "api.elections.kalshi.com"


def test_cancel_all_for_a_ticker_reports_every_failed_leg(api: Api) -> None:
    orders = [{"order_id": f"o{i}", "ticker": "T", "status": "resting", "book_side": "bid"} for i in range(3)]
    api.on("GET", "/portfolio/orders", {"orders": orders, "cursor": ""})
    legs = [
        {"order_id": "o0", "reduced_by": "1.00"},
        {"order_id": "o1", "error": {"code": "not_found", "message": "order not found"}},
        {"order_id": "o2", "reduced_by": "2.00"},
    ]
    api.on("DELETE", "/portfolio/events/orders/batched", {"orders": legs})
    code, out, err = run("cancel-all", "--ticker", "T", "--demo", "--yes")
    assert code == 1
    assert "Canceled 2 order(s)." in out
    assert "o1" in out and "not_found order not found" in out
    assert "1 of 3 cancels failed" in err
    body = json.loads(api.sent("DELETE")[0].content)
    assert [leg["order_id"] for leg in body["orders"]] == ["o0", "o1", "o2"]


def test_an_api_error_is_exit_1_with_its_code_and_no_traceback(api: Api) -> None:
    api.on("GET", "/markets/NOPE", {"error": {"code": "not_found", "message": "market not found"}}, status=404)
    code, out, err = run("market", "NOPE", "--demo")
    assert code == 1
    assert out == ""
    assert err.startswith("kalshi-ext: error:") and "not found" in err


def test_bad_arguments_are_exit_2_before_anything_is_sent(api: Api) -> None:
    for argv in (
        ["order", "create", "--ticker", "T", "--side", "bid", "--count", "1", "--price", "1.00", "--demo"],
        ["order", "create", "--ticker", "T", "--side", "bid", "--count", "1", "--price", "0.12345", "--demo"],
        ["order", "create", "--ticker", "T", "--side", "yes", "--count", "1", "--price", "0.5", "--demo"],
        ["order", "create", "--ticker", "T", "--side", "bid", "--count", "0", "--price", "0.5", "--demo"],
        ["order", "create", "--ticker", "T", "--side", "bid", "--count", "1.001", "--price", "0.5", "--demo"],
        ["order", "create", "--ticker", "T", "--side", "bid", "--count", "1", "--price", "nan", "--demo"],
        ["orderbook", "T", "--depth", "-1", "--demo"],
        ["markets", "--demo", "--prod"],
        ["record", "--tickers", "T", "--out", "x", "--channels", "fills", "--demo"],
    ):
        code, _, err = run(*argv)
        assert code == 2, (argv, err)
    assert api.requests == []


def test_perps_positions_table(api: Api) -> None:
    api.on(
        "GET",
        "/margin/positions",
        {
            "positions": [
                {"market_ticker": "BTC-PERP", "position": "1.50", "entry_price": "97000.5", "fees": "0.120000"}
            ]
        },
    )
    code, out, _ = run("perps", "positions", "--demo")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["TICKER", "SUBACCOUNT", "POSITION"]
    assert "BTC-PERP" in lines[1] and "1.50" in lines[1] and "97000.5" in lines[1] and "$0.120000" in lines[1]


def test_perps_orderbook_has_bids_and_asks(api: Api) -> None:
    book = {"orderbook": {"bids": [["97000.5", "1.00"], ["97001.0", "2.00"]], "asks": [["97010.0", "3.00"]]}}
    api.on("GET", "/margin/markets/BTC-PERP/orderbook", book)
    code, out, _ = run("perps", "orderbook", "BTC-PERP", "--demo")
    assert code == 0
    assert out.splitlines()[0] == "BTC-PERP  best bid 97001.0  best ask 97010.0  spread 9.0"
    code, out, _ = run("perps", "orderbook", "BTC-PERP", "--demo", "--json")
    assert json.loads(out)["bids"] == [["97001.0", "2.00"], ["97000.5", "1.00"]]


def test_parquet_without_pyarrow_is_a_usage_error(api: Api, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """The `parquet` extra is optional: without pyarrow, record says what to install, before connecting."""
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    out = tmp_path / "capture"
    code, _, err = run("record", "--tickers", "T", "--out", str(out), "--format", "parquet", "--demo")
    assert code == 2
    assert "pip install 'kalshi-ext[parquet]'" in err and "--format jsonl" in err
    assert not out.exists() and api.requests == []
