"""Fixtures for the WebSocket tests: runtime-generated keys, the fake Kalshi server, clients with
test-speed timings, and guards run after every test (no secret in any log record, no stray
task, no stray thread)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from wsfake import FakeKalshiServer, ServerThread
from wshelp import FAST, Keys

from kalshi_ext.ws import KalshiWebSocket, PerpsWebSocket


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys()


@pytest.fixture(autouse=True)
def _no_secret_in_logs(caplog: pytest.LogCaptureFixture, keys: Keys, request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test runs with DEBUG logs captured (websockets' handshake logs included); afterwards
    no record may hold key material or a handshake signature seen by a fake server."""
    caplog.set_level(logging.DEBUG)
    seen: list[FakeKalshiServer] = []
    request.node.ws_servers = seen
    yield
    secrets = set(keys.fragments())
    for server in seen:
        secrets.update(s for s in server.signatures if s)
    # caplog.records holds only the current phase (teardown here): read every phase.
    records = [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]
    for record in records:
        text = record.getMessage() + (record.exc_text or "")
        leaked = [s for s in secrets if s in text]
        assert not leaked, f"secret in a log record from {record.name}: {text[:200]}"


@pytest.fixture(autouse=True)
def _no_stray_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    stray = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not stray, f"threads left running: {stray}"


@pytest.fixture
async def no_stray_tasks() -> AsyncIterator[None]:
    """Asserted at the end of async tests that use it (after the client and server fixtures close)."""
    yield
    await asyncio.sleep(0)
    stray = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert not stray, f"tasks left running: {stray}"


@pytest.fixture
async def make_server(
    keys: Keys, request: pytest.FixtureRequest, no_stray_tasks: None
) -> AsyncIterator[Callable[..., Any]]:
    servers: list[FakeKalshiServer] = []

    async def make(api: str = "prediction", **kwargs: Any) -> FakeKalshiServer:
        server = FakeKalshiServer(api, keys.public(), **kwargs)
        await server.start()
        servers.append(server)
        request.node.ws_servers.append(server)
        return server

    yield make
    for server in servers:
        await server.stop()


@pytest.fixture
async def server(make_server: Callable[..., Any]) -> FakeKalshiServer:
    return await make_server("prediction")  # type: ignore[no-any-return]


@pytest.fixture
async def perps_server(make_server: Callable[..., Any]) -> FakeKalshiServer:
    return await make_server("perps")  # type: ignore[no-any-return]


@pytest.fixture
async def make_client(keys: Keys, make_server: Callable[..., Any]) -> AsyncIterator[Callable[..., Any]]:
    """Clients pointed at a fake server, closed after the test (before the servers stop)."""
    clients: list[Any] = []

    def make(server: FakeKalshiServer, *, key: str | None = "ed25519", **options: Any) -> Any:
        cls = KalshiWebSocket if server.api.name == "prediction" else PerpsWebSocket
        opts = {**FAST, **options}
        signer = keys.signer(key) if key else None
        client = cls(signer, url=server.url, allow_custom_host=True, **opts)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture
def make_threaded_server(keys: Keys, request: pytest.FixtureRequest) -> Iterator[Callable[..., ServerThread]]:
    threads: list[ServerThread] = []

    def make(api: str = "prediction") -> ServerThread:
        thread = ServerThread(api, keys.public())
        threads.append(thread)
        request.node.ws_servers.append(thread.server)
        return thread

    yield make
    for thread in threads:
        thread.stop()
