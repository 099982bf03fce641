"""A small fake Kalshi for the record/replay tests: REST endpoints that verify every signature
(or the Klear Bearer credential), served through httpx.MockTransport or a loopback HTTP server,
and a loopback WebSocket server with a signed handshake and an order book channel.

Every secret it sees or makes (signatures, generated private keys, the Bearer token) is kept in
``secrets`` so tests can prove none of them reaches a cassette.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import http.server
import json
import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

if TYPE_CHECKING:
    from kalshi_ext.ws import KalshiWebSocket

KEY_ID = "rr-key-0001-aaaabbbbcccc"
KLEAR_ADMIN = "admin-user-7"
KLEAR_TOKEN = "klear-token-Zq8vT3sW9xYp2LmN"
TRADE = "/trade-api/v2"
KLEAR = "/klear-api/v1"
WS_PATH = "/trade-api/ws/v2"
MARKET = "KXRR-26DEC01-T50"

# Every fake made during a test registers here; the conftest checks their secrets against the logs.
REGISTRY: list[Any] = []
# The fake WebSocket server's own logs stay out of that check: websockets logs the request headers
# it receives (the signature) at DEBUG. What is checked is what kalshi-ext logs.
SERVER_LOG = logging.getLogger("rr_fake.server")
SERVER_LOG.setLevel(logging.INFO)


def pem_private(key: Any, fmt: serialization.PrivateFormat = serialization.PrivateFormat.PKCS8) -> str:
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode()


def pem_lines(pem: str) -> list[str]:
    """The base64 body lines of a PEM: a leak of the key contains at least one of them."""
    return [line for line in pem.splitlines() if line and not line.startswith("-----")]


def verify(public_key: Any, message: bytes, signature_b64: str) -> bool:
    try:
        signature = base64.b64decode(signature_b64, validate=True)
        if isinstance(public_key, rsa.RSAPublicKey):
            pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
            public_key.verify(signature, message, pss, hashes.SHA256())
        else:
            public_key.verify(signature, message)
    except Exception:
        return False
    return True


class FakeKalshi:
    """The REST side. ``handle`` is transport-neutral; ``mock()`` and ``loopback()`` serve it."""

    def __init__(self, private_key: Any) -> None:
        self.public_key = private_key.public_key()
        self.secrets: set[str] = {KLEAR_TOKEN, f"{KLEAR_ADMIN}:{KLEAR_TOKEN}"}
        self.signatures: list[str] = []
        self.generated_pems: list[str] = []
        self.calls: list[str] = []
        self.script: list[tuple[int, Any]] = []  # answers served first, in order (status, body)
        self.balance = 10000
        self._lock = threading.Lock()
        REGISTRY.append(self)

    def _authorised(self, method: str, path: str, headers: dict[str, str]) -> bool:
        if path.startswith(KLEAR):
            return headers.get("authorization") == f"Bearer {KLEAR_ADMIN}:{KLEAR_TOKEN}"
        signature, timestamp = headers.get("kalshi-access-signature", ""), headers.get("kalshi-access-timestamp", "")
        if headers.get("kalshi-access-key") != KEY_ID or not signature:
            return False
        with self._lock:
            self.signatures.append(signature)
            self.secrets.add(signature)
        return verify(self.public_key, f"{timestamp}{method}{path}".encode(), signature)

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        with self._lock:
            self.calls.append(f"{method} {path}")
            if self.script:
                return self.script.pop(0)
        public = path == f"{TRADE}/exchange/status"
        if not public and not self._authorised(method, path, headers):
            return 401, {"error": {"code": "authentication_error", "message": "bad signature"}}
        if path == f"{TRADE}/exchange/status":
            return 200, {"exchange_active": True, "trading_active": True}
        if path == f"{TRADE}/portfolio/balance":
            return 200, {"balance": self.balance, "portfolio_value": 25000, "updated_ts": 1768231443}
        if path == f"{TRADE}/api_keys":
            return 200, {"api_keys": [{"api_key_id": KEY_ID, "name": "signing key", "scopes": ["read", "write"]}]}
        if path == f"{TRADE}/markets":
            return 200, {"markets": [], "cursor": ""}
        if method == "POST" and path == f"{TRADE}/api_keys/generate":
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            pem = pem_private(key, serialization.PrivateFormat.TraditionalOpenSSL)  # PKCS#1, as Kalshi sends
            with self._lock:
                self.generated_pems.append(pem)
                self.secrets.update(pem_lines(pem))
            return 201, {"api_key_id": str(uuid.uuid4()), "private_key": pem}
        if path == f"{KLEAR}/margin/settlement_balance":
            return 200, {"settlement_balance": "1250.50", "echo": f"token {KLEAR_TOKEN} seen"}
        if method == "DELETE" and path.startswith(f"{TRADE}/api_keys/"):
            return 204, None
        if method == "POST":  # any other write: acknowledged
            return 200, {"ok": True}
        return 404, {"error": {"code": "not_found", "message": "no such endpoint"}}

    def mock(self) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            headers = {k.lower(): v for k, v in request.headers.items()}
            status, body = self.handle(request.method, request.url.path, headers, request.content)
            return httpx.Response(status) if body is None else httpx.Response(status, json=body)

        return httpx.MockTransport(handler)

    def async_mock(self) -> httpx.MockTransport:
        return self.mock()  # MockTransport is both a sync and an async transport

    @contextmanager
    def loopback(self, *, gzip_bodies: bool = False) -> Iterator[str]:
        """Serve over real HTTP on 127.0.0.1; yields the origin (``http://127.0.0.1:port``)."""
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, answer = fake.handle(self.command, self.path.split("?", 1)[0], headers, body)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                if gzip_bodies:
                    data = gzip.compress(data)
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._serve()

            def do_POST(self) -> None:
                self._serve()

            def log_message(self, *args: Any) -> None:  # keep test output (and signatures) quiet
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(5)


class FakeWs:
    """Loopback WebSocket server: signed handshake, ``orderbook_delta`` (snapshot + one delta)."""

    def __init__(self, private_key: Any) -> None:
        self.public_key = private_key.public_key()
        self.signatures: list[str] = []
        self.commands: list[dict[str, Any]] = []
        self.port = 0
        self.refuse = False
        self.drop_after_delta = 0  # close this many connections (code 1011) after the first delta
        REGISTRY.append(self)

    @property
    def secrets(self) -> set[str]:
        return set(self.signatures)

    async def _check(self, connection: Any, request: Any) -> Any:
        signature = request.headers.get("KALSHI-ACCESS-SIGNATURE", "")
        timestamp = request.headers.get("KALSHI-ACCESS-TIMESTAMP", "")
        self.signatures.append(signature)
        ok = verify(self.public_key, f"{timestamp}GET{request.path}".encode(), signature)
        if self.refuse or not ok or request.headers.get("KALSHI-ACCESS-KEY") != KEY_ID:
            return connection.respond(401, '{"error":"authentication failed"}')
        return None

    async def _session(self, connection: Any) -> None:
        sid = 0
        async for raw in connection:
            command = json.loads(raw)
            self.commands.append(command)
            cid, params = command["id"], command.get("params", {})
            if command["cmd"] == "subscribe":
                sid += 1
                ticker = params["market_tickers"][0]
                await connection.send(
                    json.dumps({"type": "subscribed", "id": cid, "msg": {"channel": "orderbook_delta", "sid": sid}})
                )
                market = {"market_ticker": ticker, "market_id": "3f2c-rr"}
                snapshot = {**market, "yes_dollars_fp": [["0.4700", "3.00"]], "no_dollars_fp": [["0.5200", "1.00"]]}
                await connection.send(json.dumps({"type": "orderbook_snapshot", "sid": sid, "seq": 1, "msg": snapshot}))
                delta = {
                    **market,
                    "price_dollars": "0.4800",
                    "delta_fp": "2.00",
                    "side": "yes",
                    "ts": "2026-12-01T08:00:00.000000Z",
                }
                await connection.send(json.dumps({"type": "orderbook_delta", "sid": sid, "seq": 2, "msg": delta}))
                if self.drop_after_delta:
                    self.drop_after_delta -= 1
                    await connection.close(1011, "server restarting")
                    return
            elif command["cmd"] == "unsubscribe":
                for one in params.get("sids", []):
                    await connection.send(json.dumps({"type": "unsubscribed", "id": cid, "sid": one}))

    @contextmanager
    def running(self) -> Iterator[str]:
        """Serve on its own thread; yields the origin (``ws://127.0.0.1:port``)."""
        from websockets.asyncio.server import serve

        loop = asyncio.new_event_loop()
        started = threading.Event()
        holder: dict[str, Any] = {}

        async def main() -> None:
            server = await serve(self._session, "127.0.0.1", 0, process_request=self._check, logger=SERVER_LOG)
            holder["server"] = server
            self.port = next(iter(server.sockets)).getsockname()[1]
            started.set()
            await server.serve_forever()

        def run() -> None:
            try:
                loop.run_until_complete(main())
            except asyncio.CancelledError:
                pass
            finally:
                loop.close()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        started.wait(10)
        try:
            yield f"ws://127.0.0.1:{self.port}"
        finally:

            async def stop() -> None:
                holder["server"].close()
                await holder["server"].wait_closed()

            asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
            thread.join(10)


FAST = {"ack_timeout": 2.0, "open_timeout": 5.0, "close_timeout": 1.0, "ping_interval": None}


def ws_options(private_pem: str, url: str, **extra: Any) -> dict[str, Any]:
    return {"key_id": KEY_ID, "private_key": private_pem, "url": url, "allow_custom_host": True, **FAST, **extra}


async def book_session(ws: KalshiWebSocket, market: str = MARKET) -> list[tuple[bool, str]]:
    """Subscribe to one book, read the snapshot and the delta, unsubscribe."""
    from kalshi_ext.ws import BookUpdate

    sub = await ws.subscribe_orderbook_delta([market])
    seen: list[tuple[bool, str]] = []
    async with asyncio.timeout(5):
        async for event in sub:
            if isinstance(event, BookUpdate):
                assert event.best_bid is not None
                seen.append((event.is_snapshot, str(event.best_bid.price)))
                if len(seen) == 2:
                    break
    await ws.unsubscribe(sub)
    return seen
