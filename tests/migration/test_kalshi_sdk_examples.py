"""kalshi-sdk's README and getting-started examples, migrated with only the edits docs/migration.md lists.

Each example is the kalshi-sdk program after the edits named in its ``EDITS`` entry (E1..E12 are
the numbered rows of docs/migration.md's "Edits" table; E1, the import line, applies to all).
They run against the local stand-in exchange (``standin.StandIn``): the harness, not the example,
routes the client's network to it (``httpx.HTTPTransport`` is replaced for the test), and puts a
freshly generated key at ``~/.kalshi/private_key.pem`` under a temporary HOME. The WebSocket example
streams from the project's simulator served on 127.0.0.1 (``ws_standin``): the harness redirects
``websockets``' connect from Kalshi's demo host to it, and plays the user who presses Ctrl-C once the
book frames have been printed. Nothing leaves the machine. ``test_the_counts`` pins the figures the
migration guide reports.
"""

from __future__ import annotations

import asyncio
import builtins
import os
import signal
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets.asyncio.client
from standin import StandIn
from ws_standin import WsStandIn, serve_ws

from kalshi_ext import AsyncKalshiClient, KalshiClient, KalshiConfigurationError
from kalshi_ext.ws import BookUpdate

TICKER = "KXHIGHNY-26NOV21-B50.5"
WS_TICKER = "EXAMPLE-25-T"  # the WebSocket example's market, opened on the simulator as it is
WS_KEY_ID = "your-key-id"  # the WebSocket example's key id, registered on the simulator as it is
EXAMPLES: dict[str, tuple[str, tuple[str, ...]]] = {}  # name -> (where in kalshi-sdk's docs, edits beyond E1)


def example(name: str, where: str, *edits: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        EXAMPLES[name] = (where, edits)
        fn.example = name  # type: ignore[attr-defined]
        return fn

    return register


def _home_with_key(pem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary HOME whose ``~/.kalshi/private_key.pem`` holds ``pem``; no ``KALSHI_*`` variable set."""
    monkeypatch.setenv("HOME", str(tmp_path))
    key_dir = tmp_path / ".kalshi"
    key_dir.mkdir(mode=0o700)
    key_file = key_dir / "private_key.pem"
    key_file.write_text(pem)
    key_file.chmod(0o600)
    for name in list(os.environ):
        if name.startswith("KALSHI_"):
            monkeypatch.delenv(name)
    return key_file


@pytest.fixture
def network(standin: StandIn, pem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StandIn]:
    """Kalshi's hosts answered by the stand-in; ``~/.kalshi/private_key.pem`` holds the stand-in's key."""
    monkeypatch.setattr(httpx, "HTTPTransport", lambda *a, **k: httpx.MockTransport(standin))
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda *a, **k: httpx.MockTransport(standin))
    key_file = _home_with_key(pem, tmp_path, monkeypatch)
    monkeypatch.setenv("KALSHI_KEY_ID", "key-1")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(key_file))
    yield standin


@pytest.fixture
def ws_exchange(pem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WsStandIn]:
    """The simulator on 127.0.0.1 with the example's market and key; the key at ``~/.kalshi/private_key.pem``."""
    _home_with_key(pem, tmp_path, monkeypatch)
    with serve_ws(pem, key_id=WS_KEY_ID, ticker=WS_TICKER) as exchange:
        yield exchange


@pytest.fixture
def dialled(ws_exchange: WsStandIn, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Kalshi's WebSocket hosts answered by the simulator: ``websockets``' connect dials it instead.

    Returns the URLs the client asked for (the handshake, signed for the path, is unchanged).
    """
    asked: list[str] = []
    connect = websockets.asyncio.client.connect

    def redirected(uri: str, **kwargs: Any) -> Any:
        asked.append(uri)
        return connect(ws_exchange.ws_url, **kwargs)

    monkeypatch.setattr(websockets.asyncio.client, "connect", redirected)
    return asked


class CtrlC:
    """Stands in for ``print`` and for the user: each book frame printed makes the market move (the
    next delta), and after ``deltas`` of them the user presses Ctrl-C, as with any endless stream."""

    def __init__(self, exchange: WsStandIn, deltas: int) -> None:
        self.exchange = exchange
        self.deltas = deltas
        self.printed: list[Any] = []

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.printed.extend(args)
        updates = len(self.updates)
        if updates > self.deltas:
            signal.raise_signal(signal.SIGINT)
        elif updates:
            self.exchange.trade(WS_TICKER, f"0.{40 + updates}")

    @property
    def updates(self) -> list[BookUpdate]:
        return [a for a in self.printed if isinstance(a, BookUpdate)]


# -- README ---------------------------------------------------------------------------------------------


@example("readme-quickstart-sync", "README: Quickstart - sync", "E2")
def readme_quickstart_sync() -> None:
    with KalshiClient(
        key_id="key-1",
        private_key_path="~/.kalshi/private_key.pem",
    ) as client:
        page = client.markets.list(status="open", limit=10)
        for market in page:
            print(market.ticker, market.yes_bid_dollars, market.yes_ask_dollars)


@example("readme-quickstart-async", "README: Quickstart - async", "E2")
def readme_quickstart_async() -> None:
    async def main() -> None:
        async with AsyncKalshiClient(
            key_id="key-1",
            private_key_path="~/.kalshi/private_key.pem",
        ) as client:
            async for market in client.markets.list_all(status="open"):
                print(market.ticker, market.yes_bid_dollars)

    asyncio.run(main())


@example("readme-from-env", "README: Authentication - From environment variables")
def readme_from_env() -> None:
    client = KalshiClient.from_env()
    client.close()


@example("readme-demo-vs-production", "README: Demo vs production")
def readme_demo_vs_production() -> None:
    KalshiClient(key_id="...", private_key_path="~/.kalshi/private_key.pem", demo=True)  # sandbox
    KalshiClient(key_id="...", private_key_path="~/.kalshi/private_key.pem")  # production (default)


@example("readme-public", "README: Public / unauthenticated usage")
def readme_public() -> None:
    with KalshiClient(demo=True) as client:
        assert client.is_authenticated is False
        client.markets.list(status="open", limit=5)


@example("readme-placing-orders", "README: Placing orders", "E3", "E4")
def readme_placing_orders() -> None:
    with KalshiClient.from_env() as client:
        order = client.orders.create(
            ticker=TICKER,
            side="yes",
            action="buy",
            count=10,
            yes_price="0.65",  # 65 cents
            time_in_force="good_till_canceled",
            client_order_id="my-uuid",  # idempotency key
            self_trade_prevention_type="taker_at_cross",  # E3
        )
        print(order.order_id, client.orders.get(order.order_id).order.status)  # E4


@example("readme-request-model", "README: Placing orders (pre-built request model)", "E5")
def readme_request_model() -> None:
    from kalshi_ext.models import CreateOrderV2Request  # E5

    with KalshiClient.from_env() as client:
        client.orders.create_v2(
            body=CreateOrderV2Request(
                ticker=TICKER,
                side="bid",  # type: ignore[arg-type]  # E5: buy YES is the bid side
                count=10,
                price="0.65",
                time_in_force="good_till_canceled",  # type: ignore[arg-type]
                self_trade_prevention_type="taker_at_cross",  # type: ignore[arg-type]
            )
        )


@example("readme-errors", "README: Error handling", "E6")
def readme_errors() -> None:
    from kalshi_ext import (  # E6: KalshiSequenceGapError dropped (gaps heal; see SequenceGap events)
        AuthRequiredError,
        KalshiAuthError,
        KalshiBackpressureError,
        KalshiConnectionError,
        KalshiError,
        KalshiNotFoundError,
        KalshiRateLimitError,
        KalshiServerError,
        KalshiSubscriptionError,
        KalshiValidationError,
        KalshiWebSocketError,
    )

    assert all((KalshiError, KalshiAuthError, AuthRequiredError, KalshiValidationError, KalshiRateLimitError))
    assert all((KalshiServerError, KalshiWebSocketError, KalshiConnectionError, KalshiBackpressureError))
    assert KalshiSubscriptionError
    client = KalshiClient.from_env()
    try:
        client.markets.get("DOES-NOT-EXIST")
    except KalshiNotFoundError as e:
        print(e.status_code, str(e))
    else:
        raise AssertionError("the stand-in answers 404")


@example("readme-retry-policy", "README: Retry policy", "E7")
def readme_retry_policy() -> None:
    from kalshi_ext import RetryPolicy  # E7: KalshiConfig -> constructor keywords

    client = KalshiClient(
        key_id="key-1",
        private_key_path="~/.kalshi/private_key.pem",
        timeout=10.0,
        retry=RetryPolicy(max_attempts=6, backoff_base=0.5, backoff_max=15.0),  # max_retries=5 -> 6 attempts
    )
    client.close()


@example("readme-pagination", "README: Pagination", "E8")
def readme_pagination() -> None:
    client = KalshiClient.from_env()
    page = client.markets.list(status="open", limit=200)
    seen = 0
    while True:
        for _market in page:
            seen += 1
        if not page.has_next:  # E8
            break
        page = client.markets.list(status="open", limit=200, cursor=page.cursor)
    everything = list(client.markets.list_all(status="open"))
    assert seen == len(everything) == 5


@example("readme-dataframe", "README: Pagination (DataFrame)", "E9")
def readme_dataframe() -> None:
    client = KalshiClient.from_env()
    df = client.markets.list(status="open", limit=100).to_pandas()  # E9
    assert len(df) == 2 and "ticker" in df.columns


@example("readme-record-replay", "README: Testing against the SDK (no live API)", "E10")
def readme_record_replay(tmp: Path) -> None:
    from kalshi_ext.testing import Cassette  # E10: RecordingTransport/ReplayTransport -> Cassette

    fixture = tmp / "fixtures" / "exchange_status.json"
    with Cassette(fixture, mode="once") as cassette, KalshiClient.from_env(transport=cassette.transport()) as c:
        c.exchange.status()
    with Cassette(fixture, mode="none") as cassette, KalshiClient(transport=cassette.transport()) as c:
        c.exchange.status()  # served from the cassette


# -- getting started -------------------------------------------------------------------------------------


@example("start-hello-world", "Getting Started: Hello, world (authenticated)", "E2")
def start_hello_world() -> None:
    with KalshiClient(
        key_id="key-1",
        private_key_path="~/.kalshi/private_key.pem",
        demo=True,
    ) as client:
        page = client.markets.list(status="open", limit=5)
        for market in page:
            print(market.ticker, market.yes_bid_dollars, market.yes_ask_dollars)


@example("start-hello-markets", "Getting Started: Hello, markets (no auth)")
def start_hello_markets() -> None:
    with KalshiClient(demo=True) as client:
        assert client.is_authenticated is False
        markets = client.markets.list(status="open", limit=5)
        for market in markets:
            print(market.ticker)


@example("start-async", "Getting Started: Async", "E2")
def start_async() -> None:
    async def main() -> None:
        async with AsyncKalshiClient(
            key_id="key-1",
            private_key_path="~/.kalshi/private_key.pem",
            demo=True,
        ) as client:
            async for market in client.markets.list_all(status="open"):
                print(market.ticker, market.yes_bid_dollars)

    asyncio.run(main())


@example("start-place-order", "Getting Started: Place an order (demo)", "E3", "E4")
def start_place_order() -> None:
    with KalshiClient.from_env() as client:
        order = client.orders.create(
            ticker=TICKER,
            side="yes",
            action="buy",
            count=10,
            yes_price="0.65",  # 65 cents - strings or Decimals, never float
            time_in_force="good_till_canceled",
            client_order_id="my-unique-id",  # idempotency key
            self_trade_prevention_type="taker_at_cross",  # E3
        )
        print(order.order_id, client.orders.get(order.order_id).order.status)  # E4


@example("readme-websocket", "README: WebSocket streaming", "E11")
def readme_websocket() -> None:
    from kalshi_ext import KalshiWebSocket  # E11: no KalshiAuth / KalshiConfig

    async def main() -> None:
        async with KalshiWebSocket(  # E11: the key and demo=True go to the client; async with connects
            key_id="your-key-id", private_key_path="~/.kalshi/private_key.pem", demo=True
        ) as session:
            stream = await session.subscribe_orderbook_delta(market_tickers=["EXAMPLE-25-T"])  # E11: market_tickers
            async for msg in stream:
                print(msg)

    asyncio.run(main())


PROGRAMS = [
    readme_quickstart_sync,
    readme_quickstart_async,
    readme_from_env,
    readme_demo_vs_production,
    readme_public,
    readme_placing_orders,
    readme_request_model,
    readme_errors,
    readme_retry_policy,
    readme_pagination,
    readme_dataframe,
    readme_record_replay,
    start_hello_world,
    start_hello_markets,
    start_async,
    start_place_order,
]

NOT_RUN: dict[str, tuple[str, tuple[str, ...]]] = {}  # every example runs


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.example)
def test_the_example_runs_against_the_stand_in(
    program: Callable[..., Any], network: StandIn, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if program is readme_dataframe:
        pytest.importorskip("pandas")
    if program is readme_record_replay:
        program(tmp_path)
    else:
        program()
    paths = {r.url.path for r in network.requests}
    assert all(p.startswith("/trade-api/v2/") for p in paths)
    assert all(r.url.host in ("api.elections.kalshi.com", "demo-api.kalshi.co") for r in network.requests)


def test_orders_placed_by_the_examples_are_on_the_v2_endpoint(network: StandIn) -> None:
    readme_placing_orders()
    (order,) = network.orders.values()
    assert (order["book_side"], order["yes_price_dollars"], order["client_order_id"]) == ("bid", "0.65", "my-uuid")


def test_the_websocket_example_streams_the_book(
    ws_exchange: WsStandIn, dialled: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    user = CtrlC(ws_exchange, deltas=2)
    monkeypatch.setattr(builtins, "print", user)
    with pytest.raises(KeyboardInterrupt):
        readme_websocket()
    assert dialled == ["wss://demo-api.kalshi.co/trade-api/ws/v2"]  # the demo host, answered locally
    snapshot, *deltas = user.updates
    assert snapshot.is_snapshot and snapshot.market_ticker == WS_TICKER
    assert [d.is_snapshot for d in deltas] == [False, False]
    assert [u.best_bid.price for u in user.updates if u.best_bid] == [Decimal("0.40"), Decimal("0.41"), Decimal("0.42")]
    assert [u.seq for u in user.updates] == sorted({u.seq for u in user.updates})  # in order, none lost
    assert ws_exchange.orders == 3


async def test_the_websocket_url_variable_reaches_the_local_server(
    ws_exchange: WsStandIn, pem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kalshi-sdk's way of pointing a stream at a test server, with E12's allow variable."""
    from kalshi_ext import KalshiWebSocket

    monkeypatch.setenv("KALSHI_WS_BASE_URL", ws_exchange.ws_url)
    monkeypatch.setenv("KALSHI_ALLOW_UNKNOWN_HOST", "1")
    monkeypatch.setenv("KALSHI_KEY_ID", WS_KEY_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", "~/.kalshi/private_key.pem")
    async with KalshiWebSocket.from_env() as ws:  # a real loopback connection, signed and verified
        assert ws.url == ws_exchange.ws_url and ws.environment == "custom"
        stream = await ws.subscribe_orderbook_delta([WS_TICKER])
        async for event in stream:
            assert isinstance(event, BookUpdate) and event.is_snapshot
            break
    monkeypatch.delenv("KALSHI_ALLOW_UNKNOWN_HOST")
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_WS_BASE_URL: .*KALSHI_ALLOW_UNKNOWN_HOST=1"):
        KalshiWebSocket.from_env()


def test_the_counts() -> None:
    """The figures docs/migration.md reports."""
    runnable = dict(EXAMPLES)
    assert len(runnable) == len(PROGRAMS) + 1 == 17  # the REST programs and the WebSocket one
    tried = {**runnable, **NOT_RUN}
    no_edit = [name for name, (_, edits) in runnable.items() if not edits]
    with_edits = [name for name, (_, edits) in runnable.items() if edits]
    assert (len(tried), len(no_edit), len(with_edits), len(NOT_RUN)) == (17, 4, 13, 0)
    assert sorted(no_edit) == ["readme-demo-vs-production", "readme-from-env", "readme-public", "start-hello-markets"]


def test_the_readme_order_example_runs(network: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's "A complete order, in the keyword style", as written there."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### A complete order, in the keyword style", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})
    (order,) = network.orders.values()
    assert order["status"] == "canceled" and order["book_side"] == "bid"
    sent = [(r.method, r.url.path.rsplit("/", 1)[-1]) for r in network.requests if r.method != "GET"]
    assert sent == [("POST", "orders"), ("POST", "amend"), ("POST", "decrease"), ("DELETE", order["order_id"])]
