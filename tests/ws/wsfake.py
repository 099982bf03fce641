"""A loopback WebSocket server that speaks Kalshi's protocol (prediction and perps), for tests.

It verifies the handshake signature with the client's public key (RSA-PSS or Ed25519), acks
commands like the specs say, keeps its own order books and numbers every sequenced message per
sid. Tests can make it lose a delta (a real sequence gap), step a seq back, drop or freeze
connections, refuse handshakes, and send malformed or unknown frames.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from kalshi_ext.ws import PERPS, PREDICTION, WsApi

# The fake server's own websockets logs stay out of the secret check (they print the request
# headers it receives, signature included); the client's logs are what the check is about.
SERVER_LOG = logging.getLogger("wsfake.server")
SERVER_LOG.setLevel(logging.INFO)

SEQUENCELESS = frozenset({"ticker", "fill", "market_position", "user_order"})
PATHS = {"prediction": "/trade-api/ws/v2", "perps": "/trade-api/ws/v2/margin"}


def verify(public_key: Any, timestamp: str, signature_b64: str, path: str) -> None:
    """Check a KALSHI-ACCESS-SIGNATURE the way Kalshi does; raises InvalidSignature."""
    signature = base64.b64decode(signature_b64, validate=True)
    message = f"{timestamp}GET{path}".encode()
    if isinstance(public_key, rsa.RSAPublicKey):
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        public_key.verify(signature, message, pss, hashes.SHA256())
    else:
        public_key.verify(signature, message)


@dataclass
class ServerSub:
    sid: int
    channel: str
    markets: list[str]
    params: dict[str, Any]
    seq: int = 0
    index_ids: list[str] = field(default_factory=list)


class FakeConn:
    """Server side of one client connection."""

    def __init__(self, server: FakeKalshiServer, ws: ServerConnection, authenticated: bool) -> None:
        self.server = server
        self.ws = ws
        self.authenticated = authenticated
        self.subs: dict[int, ServerSub] = {}
        self.frozen = False

    async def send(self, frame: dict[str, Any]) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self.ws.send(json.dumps(frame))

    async def send_sub(self, sub: ServerSub, frame: dict[str, Any], *, lose: bool = False) -> None:
        """Send a frame on a sid, numbering it; ``lose`` numbers it but never sends it."""
        frame = {"type": frame["type"], "sid": sub.sid, **{k: v for k, v in frame.items() if k != "type"}}
        if frame["type"] not in SEQUENCELESS:
            sub.seq += 1
            if self.server.seq_back_once:
                sub.seq -= self.server.seq_back_once
                self.server.seq_back_once = 0
            frame["seq"] = sub.seq
        if not lose:
            await self.send(frame)

    async def error(self, cid: Any, code: int, text: str, sub: ServerSub | None = None) -> None:
        frame: dict[str, Any] = {"type": "error", "msg": {"code": code, "msg": text}}
        if cid is not None:
            frame["id"] = cid
        if sub is not None:
            await self.send_sub(sub, frame)
        else:
            await self.send(frame)

    async def on_command(self, raw: str | bytes) -> None:
        server = self.server
        cmd = json.loads(raw)
        server.commands.append(cmd)
        if server.ack_delay:
            await asyncio.sleep(server.ack_delay)
        cid, name, params = cmd.get("id"), cmd.get("cmd"), cmd.get("params")
        if name == "list_subscriptions":
            listing = [{"channel": s.channel, "sid": s.sid} for s in self.subs.values()]
            await self.send({"id": cid, "type": "ok", "msg": listing})
            return
        if not isinstance(params, dict):
            await self.error(cid, 2, "Params required")
            return
        if name == "subscribe":
            await self._subscribe(cid, params)
        elif name == "unsubscribe":
            for sid in params.get("sids") or []:
                sub = self.subs.pop(sid, None)
                if sub is None:
                    await self.error(cid, 7, "Unknown subscription ID")
                else:
                    await self.send_sub(sub, {"type": "unsubscribed", "id": cid})
        elif name == "update_subscription":
            await self._update(cid, params)
        else:
            await self.error(cid, 5, "Unknown command")

    async def _subscribe(self, cid: Any, params: dict[str, Any]) -> None:
        server = self.server
        channels = params.get("channels")
        if not channels:
            await self.error(cid, 3, "Channels required")
            return
        for channel in channels:
            spec = server.api.channels.get(channel)
            if spec is None:
                await self.error(cid, 8, "Unknown channel name")
                continue
            if spec.private and not self.authenticated:
                await self.error(cid, 9, "Authentication required")
                continue
            markets = list(
                params.get("market_tickers") or ([params["market_ticker"]] if "market_ticker" in params else [])
            )
            if spec.markets_required and not markets:
                await self.error(cid, 14, "Market Ticker required")
                continue
            if channel in server.refuse_channels:
                await self.error(cid, server.refuse_channels[channel], "refused by the test")
                continue
            sub = ServerSub(
                next(server.sids),
                channel,
                markets,
                dict(params),
                index_ids=list(params.get("index_ids") or params.get("underlying_tickers") or []),
            )
            self.subs[sub.sid] = sub
            await self.send({"id": cid, "type": "subscribed", "msg": {"channel": channel, "sid": sub.sid}})
            if spec.book:
                for market in markets:
                    await self.send_sub(sub, server.snapshot_frame(market))

    async def _update(self, cid: Any, params: dict[str, Any]) -> None:
        server = self.server
        sid = params.get("sid") or (params.get("sids") or [None])[0]
        sub = self.subs.get(sid)
        if sub is None:
            await self.error(cid, 7, "Unknown subscription ID")
            return
        action = params.get("action")
        tickers = list(params.get("market_tickers") or [])
        if action == "add_markets":
            sub.markets += [t for t in tickers if t not in sub.markets]
            await self.send_sub(sub, {"type": "ok", "id": cid, "msg": {"market_tickers": sub.markets}})
            if sub.channel == "orderbook_delta":
                for market in tickers:
                    await self.send_sub(sub, server.snapshot_frame(market))
        elif action == "delete_markets":
            sub.markets = [t for t in sub.markets if t not in tickers]
            await self.send_sub(sub, {"type": "ok", "id": cid, "msg": {"market_tickers": sub.markets}})
        elif action == "get_snapshot":
            server.snapshot_requests += 1
            if server.get_snapshot_error:
                await self.error(cid, server.get_snapshot_error, "refused by the test", sub)
                return
            if server.ignore_get_snapshot:
                return
            for market in tickers or sub.markets:
                await self.send_sub(sub, {**server.snapshot_frame(market), "id": cid})
        elif action in ("subscribe_indices", "subscribe_underlyings"):
            key = "index_ids" if action == "subscribe_indices" else "underlying_tickers"
            sub.index_ids += [i for i in params.get(key) or [] if i not in sub.index_ids]
            await self.send_sub(sub, {"type": "ok", "id": cid, "msg": {key: sub.index_ids}})
        elif action in ("unsubscribe_indices", "unsubscribe_underlyings"):
            key = "index_ids" if action == "unsubscribe_indices" else "underlying_tickers"
            sub.index_ids = [i for i in sub.index_ids if i not in (params.get(key) or [])]
            await self.send_sub(sub, {"type": "ok", "id": cid, "msg": {key: sub.index_ids}})
        elif action == "indexlist":
            kind = f"{sub.channel}_indexlist"
            await self.send_sub(sub, {"type": kind, "id": cid, "msg": {"index_ids": ["BRTI", "ETHUSD_RTI"]}})
        elif action == "underlying_list":
            msg = {"underlying_tickers": ["Metal.XAU/USD"]}
            await self.send_sub(sub, {"type": "pyth_value_underlying_list", "id": cid, "msg": msg})
        else:
            await self.error(cid, 13, "Unsupported action")


class FakeKalshiServer:
    """The server. ``await start()``, use ``url``, ``await stop()``."""

    def __init__(self, api: str, public_keys: dict[str, Any], *, allow_anonymous: bool = True) -> None:
        self.api: WsApi = PREDICTION if api == "prediction" else PERPS
        self.path = PATHS[api]
        self.public_keys = public_keys
        self.allow_anonymous = allow_anonymous
        self.conns: list[FakeConn] = []
        self.handshakes: list[dict[str, str]] = []
        self.signatures: list[str] = []
        self.commands: list[dict[str, Any]] = []
        self.sids = itertools.count(1)
        self.books: dict[str, dict[str, dict[Decimal, Decimal]]] = {}
        self.market_ids: dict[str, str] = {}
        self.clock = 1000
        # knobs
        self.reject_handshakes = 0
        self.seq_back_once = 0
        self.ignore_get_snapshot = False
        self.get_snapshot_error = 0
        self.snapshot_requests = 0
        self.refuse_channels: dict[str, int] = {}
        self.ack_delay = 0.0
        self._server: Server | None = None
        self._auth: dict[int, bool] = {}
        self.connected = asyncio.Event()

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        self._server = await serve(
            self._handler,
            "127.0.0.1",
            0,
            process_request=self._check,
            ping_interval=None,
            close_timeout=0.5,
            logger=SERVER_LOG,
        )

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{self.path}"

    async def stop(self) -> None:
        for conn in list(self.conns):
            if conn.frozen:
                conn.ws.transport.resume_reading()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def _check(self, connection: ServerConnection, request: Any) -> Any:
        headers = {k.lower(): v for k, v in request.headers.raw_items()}
        self.handshakes.append(headers)
        if request.path != self.path:
            return connection.respond(HTTPStatus.NOT_FOUND, "no such path\n")
        if self.reject_handshakes:
            self.reject_handshakes -= 1
            return connection.respond(HTTPStatus.UNAUTHORIZED, "rejected by the test\n")
        key_id = headers.get("kalshi-access-key")
        if key_id is None:
            if not self.allow_anonymous:
                return connection.respond(HTTPStatus.UNAUTHORIZED, "authentication required\n")
            self._auth[id(connection)] = False
            return None
        signature = headers.get("kalshi-access-signature", "")
        self.signatures.append(signature)
        public_key = self.public_keys.get(key_id)
        timestamp = headers.get("kalshi-access-timestamp", "")
        try:
            if public_key is None or abs(int(timestamp) - time.time() * 1000) > 5000:
                raise InvalidSignature
            verify(public_key, timestamp, signature, request.path)
        except (InvalidSignature, ValueError):
            return connection.respond(HTTPStatus.UNAUTHORIZED, "bad signature\n")
        self._auth[id(connection)] = True
        return None

    async def _handler(self, ws: ServerConnection) -> None:
        conn = FakeConn(self, ws, self._auth.pop(id(ws), False))
        self.conns.append(conn)
        self.connected.set()
        try:
            async for raw in ws:
                await conn.on_command(raw)
        except ConnectionClosed:
            pass
        finally:
            self.conns.remove(conn)

    # -- books -------------------------------------------------------------------------

    def set_book(self, market: str, bids: list[tuple[str, str]], asks: list[tuple[str, str]]) -> None:
        fmt = self.api.book
        self.books[market] = {
            fmt.bid_side: {Decimal(p): Decimal(c) for p, c in bids},
            fmt.ask_side: {Decimal(p): Decimal(c) for p, c in asks},
        }

    def book(self, market: str) -> dict[str, dict[Decimal, Decimal]]:
        fmt = self.api.book
        return self.books.setdefault(market, {fmt.bid_side: {}, fmt.ask_side: {}})

    def snapshot_frame(self, market: str) -> dict[str, Any]:
        fmt = self.api.book
        book = self.book(market)

        def levels(side: str) -> list[list[str]]:
            return [[f"{p:.4f}", f"{c:.2f}"] for p, c in sorted(book[side].items())]

        msg: dict[str, Any] = {"market_ticker": market}
        if self.api.name == "prediction":
            msg.update(market_id=self._market_id(market), clock=self.clock)
        if book[fmt.bid_side]:
            msg[fmt.snapshot_bid_key] = levels(fmt.bid_side)
        if book[fmt.ask_side]:
            msg[fmt.snapshot_ask_key] = levels(fmt.ask_side)
        return {"type": "orderbook_snapshot", "msg": msg}

    def _market_id(self, market: str) -> str:
        return self.market_ids.setdefault(market, str(uuid.uuid4()))

    async def delta(self, market: str, side: str, price: str, change: str, *, lose: bool = False) -> None:
        """Change the server's book and send the delta to every subscriber (``lose``: numbered, not sent)."""
        fmt = self.api.book
        levels = self.book(market)[side]
        new = levels.get(Decimal(price), Decimal(0)) + Decimal(change)
        assert new >= 0, "the test asked for a negative level"
        if new:
            levels[Decimal(price)] = new
        else:
            levels.pop(Decimal(price), None)
        self.clock += 1
        msg: dict[str, Any] = {"market_ticker": market, fmt.delta_price_key: price, fmt.delta_count_key: change}
        msg["side"] = side
        if self.api.name == "prediction":
            msg.update(market_id=self._market_id(market), clock=self.clock, ts="2026-01-02T03:04:05Z", ts_ms=1)
        for conn in list(self.conns):
            for sub in list(conn.subs.values()):
                if sub.channel == "orderbook_delta" and market in sub.markets:
                    await conn.send_sub(sub, {"type": "orderbook_delta", "msg": msg}, lose=lose)

    # -- other data ------------------------------------------------------------------------

    async def publish(self, channel: str, frame: dict[str, Any]) -> int:
        """Send ``frame`` (type and msg; sid and seq are added) to every subscription of ``channel``."""
        sent = 0
        for conn in list(self.conns):
            for sub in list(conn.subs.values()):
                if sub.channel == channel:
                    await conn.send_sub(sub, frame)
                    sent += 1
        return sent

    async def send_raw(self, raw: str) -> None:
        for conn in list(self.conns):
            with contextlib.suppress(ConnectionClosed):
                await conn.ws.send(raw)

    async def send_error_on(self, channel: str, code: int, text: str) -> None:
        for conn in list(self.conns):
            for sub in list(conn.subs.values()):
                if sub.channel == channel:
                    await conn.error(None, code, text, sub)
                    conn.subs.pop(sub.sid)

    def drop_connections(self) -> None:
        """Cut every connection without a close frame (a network failure)."""
        for conn in list(self.conns):
            conn.ws.transport.abort()

    def freeze(self) -> None:
        """Stop reading from every client: pings go unanswered, as on a dead link."""
        for conn in self.conns:
            conn.frozen = True
            conn.ws.transport.pause_reading()

    async def ping_clients(self, timeout: float = 2.0) -> list[float]:
        """Ping every client like Kalshi's heartbeat; return the latencies (raises on a missing pong)."""
        latencies = []
        for conn in list(self.conns):
            waiter = await conn.ws.ping(b"heartbeat")
            latencies.append(await asyncio.wait_for(waiter, timeout))
        return latencies

    def live_sids(self) -> set[int]:
        return {sid for conn in self.conns for sid in conn.subs}


class ServerThread:
    """A :class:`FakeKalshiServer` on its own event loop thread, for the synchronous clients."""

    def __init__(self, api: str, public_keys: dict[str, Any]) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fake-kalshi-server", daemon=True)
        self.thread.start()
        self.server: FakeKalshiServer = self.call(self._start(api, public_keys))

    @staticmethod
    async def _start(api: str, public_keys: dict[str, Any]) -> FakeKalshiServer:
        server = FakeKalshiServer(api, public_keys)
        await server.start()
        return server

    def call(self, coro: Any) -> Any:
        """Run a coroutine on the server's loop and wait for it."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(5)

    def do(self, fn: Any, *args: Any) -> Any:
        """Run a plain function on the server's loop and wait for it."""

        async def run() -> Any:
            return fn(*args)

        return self.call(run())

    def stop(self) -> None:
        self.call(self.server.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()
