"""WebSocket record/replay through the SDK's clients: the recording proxy, replay without the
server, misses, refused handshakes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from rr_fake import MARKET, WS_PATH, FakeWs, book_session, ws_options

from kalshi_ext.testing import Cassette, CassetteMissError
from kalshi_ext.ws import (
    BookUpdate,
    KalshiWebSocket,
    ReconnectPolicy,
    SyncKalshiWebSocket,
    WebSocketCommandError,
    WebSocketConnectionError,
)

pytest.importorskip("websockets")


def prices(seen: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    return [(snap, str(float(p))) for snap, p in seen]


async def test_async_record_then_replay_without_the_server(private_key: Any, private_pem: str, tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    fake = FakeWs(private_key)
    with fake.running() as origin, Cassette(path, mode="once") as cassette:
        async with cassette.websocket(upstream=origin) as server:
            async with KalshiWebSocket(**ws_options(private_pem, server.url_for(WS_PATH))) as ws:
                recorded = await book_session(ws)
    assert prices(recorded) == [(True, "0.47"), (False, "0.48")]
    assert [c["cmd"] for c in fake.commands] == ["subscribe", "unsubscribe"]
    conn = json.loads(path.read_text())["websockets"][0]
    assert conn["path"] == WS_PATH and conn["status"] == 101
    assert [next(iter(e)) for e in conn["events"]] == ["send", "recv", "recv", "recv", "send", "recv"]
    assert conn["request_headers"]["kalshi-access-signature"] == "<scrubbed>"

    # The fake server is gone: everything comes from the cassette.
    with Cassette(path) as replay:
        async with replay.websocket() as server:
            async with KalshiWebSocket(**ws_options(private_pem, server.url_for(WS_PATH))) as ws:
                assert await book_session(ws) == recorded


def test_sync_client_record_then_replay(private_key: Any, private_pem: str, tmp_path: Path) -> None:
    path = tmp_path / "ws-sync.json"

    def session(url: str) -> list[tuple[bool, str]]:
        with SyncKalshiWebSocket(**ws_options(private_pem, url)) as ws:
            sub = ws.subscribe_orderbook_delta([MARKET])
            seen = []
            for _ in range(2):
                event = sub.get(timeout=5)
                assert isinstance(event, BookUpdate) and event.best_bid is not None
                seen.append((event.is_snapshot, str(event.best_bid.price)))
            return seen

    fake = FakeWs(private_key)
    with fake.running() as origin, Cassette(path, mode="once") as cassette:
        with cassette.websocket(upstream=origin) as server:
            recorded = session(server.url_for())
    with Cassette(path) as replay, replay.websocket() as server:
        assert session(server.url_for()) == recorded
    assert prices(recorded) == [(True, "0.47"), (False, "0.48")]


async def test_a_different_frame_is_a_miss(private_key: Any, private_pem: str, tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    fake = FakeWs(private_key)
    with fake.running() as origin, Cassette(path, mode="once") as cassette:
        async with cassette.websocket(upstream=origin) as server:
            async with KalshiWebSocket(**ws_options(private_pem, server.url_for())) as ws:
                await book_session(ws)
    replay = Cassette(path)
    server = replay.websocket()
    async with server:
        async with KalshiWebSocket(**ws_options(private_pem, server.url_for())) as ws:
            # the miss answers the command at once: no wait, no reconnect
            with pytest.raises(
                WebSocketCommandError, match=r"kalshi-ext cassette miss: client frame at event 0 differs"
            ):
                await ws.subscribe_orderbook_delta(["KXOTHER-MARKET"])
            # the replay still waits for the recorded frame, and goes on once it comes
            assert prices(await book_session(ws)) == [(True, "0.47"), (False, "0.48")]
        with pytest.raises(CassetteMissError, match=r"client frame at event 0 differs: body \$.params.market_tickers"):
            server.check()
    assert replay.close() == []  # each miss is raised once


async def test_connections_beyond_the_recording_are_refused(private_pem: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    Cassette(path, mode="all").save()  # nothing recorded: not written
    assert not path.exists()
    with Cassette(path, mode="once") as cassette:
        cassette.data["interactions"] = []
        cassette.dirty = True  # an empty cassette on disk
    with Cassette(path) as replay:
        server = replay.websocket()
        with pytest.raises(CassetteMissError, match="connection 1 to /trade-api/ws/v2 was not recorded"):
            async with server:
                with pytest.raises(WebSocketConnectionError) as caught:
                    async with KalshiWebSocket(**ws_options(private_pem, server.url_for())):
                        pass
                assert caught.value.status == 500


async def test_a_refused_handshake_is_recorded_and_replayed(private_key: Any, private_pem: str, tmp_path: Path) -> None:
    path = tmp_path / "refused.json"
    fake = FakeWs(private_key)
    fake.refuse = True
    with fake.running() as origin, Cassette(path, mode="once") as cassette:
        async with cassette.websocket(upstream=origin) as server:
            with pytest.raises(WebSocketConnectionError) as caught:
                await KalshiWebSocket(**ws_options(private_pem, server.url_for())).connect()
            assert caught.value.status == 401
    stored = json.loads(path.read_text())["websockets"][0]
    assert stored["status"] == 401 and stored["events"] == []
    with Cassette(path) as replay:
        async with replay.websocket() as server:
            with pytest.raises(WebSocketConnectionError) as caught:
                await KalshiWebSocket(**ws_options(private_pem, server.url_for())).connect()
            assert caught.value.status == 401


async def test_a_server_close_and_the_reconnect_replay(private_key: Any, private_pem: str, tmp_path: Path) -> None:
    """The server closes the first connection (1011) after a delta; the client reconnects and
    subscribes again. Both connections and the close are recorded, and replay the same way."""
    path = tmp_path / "reconnect.json"

    async def session(url: str) -> list[str]:
        options = ws_options(private_pem, url, reconnect=ReconnectPolicy(base=0.01, cap=0.02))
        seen: list[str] = []
        async with KalshiWebSocket(**options) as ws:
            sub = await ws.subscribe_orderbook_delta([MARKET])
            async with asyncio.timeout(10):
                async for event in sub:
                    seen.append(type(event).__name__ + (":snapshot" if getattr(event, "is_snapshot", False) else ""))
                    if sum(name.startswith("BookUpdate") for name in seen) == 4:
                        break
        return seen

    fake = FakeWs(private_key)
    fake.drop_after_delta = 1
    with fake.running() as origin, Cassette(path, mode="once") as cassette:
        async with cassette.websocket(upstream=origin) as server:
            recorded = await session(server.url_for())
    assert [s for s in recorded if s.startswith("BookUpdate")] == ["BookUpdate:snapshot", "BookUpdate"] * 2
    conns = json.loads(path.read_text())["websockets"]
    assert len(conns) == 2 and conns[0]["events"][-1] == {"close": {"code": 1011, "reason": "server restarting"}}
    assert "close" not in conns[1]["events"][-1]  # the client closed the second one

    with Cassette(path) as replay:
        async with replay.websocket() as server:
            assert await session(server.url_for()) == recorded
