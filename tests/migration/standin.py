"""A small local stand-in for Kalshi's Trade API: enough state to run user programs end to end.

``StandIn`` is an ``httpx.MockTransport`` handler (``StandIn()(request) -> Response``) and can also
be served on a loopback socket (:func:`serve`) so a client configured by URL (``from_env`` with
``KALSHI_API_BASE_URL``) talks to it over real HTTP. It verifies every signed request's signature
against the public key it is given, keeps orders (de-duplicated on ``client_order_id`` as Kalshi
does), fills, positions and API keys, and records every request.
"""

from __future__ import annotations

import base64
import http.server
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

PREFIX = "/trade-api/v2"
MARKETS = [
    {
        "ticker": f"KXHIGHNY-26NOV21-B{50 + i}.5",
        "event_ticker": "KXHIGHNY-26NOV21",
        "status": "active",
        "yes_bid_dollars": f"0.{40 + i:02d}00",
        "yes_ask_dollars": f"0.{42 + i:02d}00",
        "volume_fp": f"{100 * (i + 1)}.00",
        "close_time": "2026-11-22T05:00:00Z",
    }
    for i in range(5)
]


def new_rsa_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def new_ed25519_pem() -> str:
    key = ed25519.Ed25519PrivateKey.generate()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _error(status: int, code: str, message: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": code, "message": message}})


class StandIn:
    """The stand-in exchange. ``lose_next_create`` drops the reply of the next order create (placed)."""

    def __init__(self, private_pem: str | None = None, *, page_size: int = 2) -> None:
        self.public_key = (
            serialization.load_pem_private_key(private_pem.encode(), None).public_key() if private_pem else None
        )
        self.page_size = page_size
        self.requests: list[httpx.Request] = []
        self.orders: dict[str, dict[str, Any]] = {}
        self.fills: list[dict[str, Any]] = []
        self.api_keys: dict[str, dict[str, Any]] = {"key-1": {"api_key_id": "key-1", "name": "main", "scopes": []}}
        self.lose_next_create = False
        self.creates = 0

    # -- plumbing ---------------------------------------------------------------------------------

    def _signed(self, request: httpx.Request) -> bool:
        signature = request.headers.get("KALSHI-ACCESS-SIGNATURE")
        if signature is None or self.public_key is None:
            return False
        message = (request.headers["KALSHI-ACCESS-TIMESTAMP"] + request.method + request.url.path).encode()
        raw = base64.b64decode(signature)
        try:
            if isinstance(self.public_key, ed25519.Ed25519PublicKey):
                self.public_key.verify(raw, message)
            else:
                pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
                self.public_key.verify(raw, message, pss, hashes.SHA256())  # type: ignore[union-attr]
        except Exception:
            return False
        return True

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix(PREFIX)
        if path.startswith(("/portfolio", "/api_keys")) and not self._signed(request):
            return _error(401, "authentication_error", "missing or bad signature")
        body = json.loads(request.content) if request.content else {}
        return self._route(request.method, path, request.url.params, body, request)

    def _route(self, method: str, path: str, params: Any, body: Any, request: httpx.Request) -> httpx.Response:
        parts = path.strip("/").split("/")
        if (method, path) == ("GET", "/exchange/status"):
            return httpx.Response(200, json={"exchange_active": True, "trading_active": True})
        if (method, path) == ("GET", "/markets"):
            return self._page(MARKETS, "markets", params)
        if method == "GET" and len(parts) == 2 and parts[0] == "markets":
            market = next((m for m in MARKETS if m["ticker"] == parts[1]), None)
            return httpx.Response(200, json={"market": market}) if market else _error(404, "not_found", "no market")
        if (method, path) == ("GET", "/portfolio/balance"):
            return httpx.Response(200, json={"balance": 10_000, "portfolio_value": 0, "updated_ts": 1})
        if path.startswith("/portfolio/events/orders"):
            return self._orders_v2(method, parts, params, body, request)
        if method == "GET" and len(parts) == 3 and parts[:2] == ["portfolio", "orders"]:
            order = self._find(parts[2])
            return httpx.Response(200, json={"order": order}) if order else _error(404, "not_found", "no order")
        if (method, path) == ("GET", "/portfolio/orders"):
            rows = [o for o in self.orders.values() if params.get("ticker") in (None, o["ticker"])]
            return self._page(rows, "orders", params)
        if (method, path) == ("GET", "/portfolio/fills"):
            return self._page(self.fills, "fills", params)
        if (method, path) == ("GET", "/portfolio/positions"):
            return httpx.Response(200, json=self._positions())
        if path.startswith("/api_keys"):
            return self._keys(method, parts, body)
        return _error(404, "not_found", f"{method} {path}")

    def _page(self, rows: list[dict[str, Any]], field: str, params: Any) -> httpx.Response:
        limit = min(int(params.get("limit", self.page_size)), self.page_size)
        start = int(params.get("cursor") or 0)
        chunk = rows[start : start + limit]
        cursor = str(start + limit) if start + limit < len(rows) else ""
        return httpx.Response(200, json={field: chunk, "cursor": cursor})

    # -- orders -----------------------------------------------------------------------------------

    def _orders_v2(self, method: str, parts: list[str], params: Any, body: Any, request: httpx.Request) -> Any:
        if method == "POST" and len(parts) == 3:
            return self._create(body, request)
        order = self._find(parts[3]) if len(parts) > 3 else None
        if order is None:
            return _error(404, "not_found", "no such order")
        if method == "POST" and parts[-1] == "amend":
            remaining = f"{Decimal(body['count']):.2f}"
            order.update(book_side=body["side"], yes_price_dollars=body["price"], remaining_count_fp=remaining)
            if "updated_client_order_id" in body:
                order["client_order_id"] = body["updated_client_order_id"]
            return httpx.Response(200, json=self._result(order) | {"fill_count": order["fill_count_fp"]})
        if method == "POST" and parts[-1] == "decrease":
            remaining = Decimal(order["remaining_count_fp"]) - Decimal(body.get("reduce_by", "0"))
            order["remaining_count_fp"] = f"{remaining:.2f}"
            return httpx.Response(200, json=self._result(order))
        if method == "DELETE":
            reduced = order["remaining_count_fp"]
            order.update(status="canceled", remaining_count_fp="0.00")
            return httpx.Response(200, json={**self._result(order), "reduced_by": reduced})
        return _error(405, "method_not_allowed", method)

    def _find(self, order_id: str) -> dict[str, Any] | None:
        return next((o for o in self.orders.values() if o["order_id"] == order_id), None)

    def _result(self, order: dict[str, Any]) -> dict[str, Any]:
        return {
            "order_id": order["order_id"],
            "client_order_id": order["client_order_id"],
            "remaining_count": order["remaining_count_fp"],
            "ts_ms": 2,
        }

    def _create(self, body: dict[str, Any], request: httpx.Request) -> httpx.Response:
        self.creates += 1
        coid = body["client_order_id"]
        if coid not in self.orders:
            count = Decimal(body["count"])
            filled = count if body.get("time_in_force") == "immediate_or_cancel" else Decimal(0)
            self.orders[coid] = {
                "order_id": f"ord-{len(self.orders) + 1}",
                "client_order_id": coid,
                "ticker": body["ticker"],
                "book_side": body["side"],
                "yes_price_dollars": body["price"],
                "status": "executed" if filled else "resting",
                "fill_count_fp": f"{filled:.2f}",
                "remaining_count_fp": f"{count - filled:.2f}",
            }
            if filled:
                self.fills.append(
                    {
                        "fill_id": f"fill-{len(self.fills) + 1}",
                        "order_id": self.orders[coid]["order_id"],
                        "ticker": body["ticker"],
                        "book_side": body["side"],
                        "count_fp": f"{filled:.2f}",
                        "yes_price_dollars": body["price"],
                        "is_taker": True,
                    }
                )
        order = self.orders[coid]
        if self.lose_next_create:
            self.lose_next_create = False
            raise httpx.ReadTimeout("reply lost", request=request)
        return httpx.Response(
            201,
            json={
                "order_id": order["order_id"],
                "client_order_id": coid,
                "fill_count": order["fill_count_fp"],
                "remaining_count": order["remaining_count_fp"],
                "ts_ms": 1,
            },
        )

    def _positions(self) -> dict[str, Any]:
        held: dict[str, Decimal] = {}
        for fill in self.fills:
            sign = 1 if fill["book_side"] == "bid" else -1
            held[fill["ticker"]] = held.get(fill["ticker"], Decimal(0)) + sign * Decimal(fill["count_fp"])
        rows = [{"ticker": t, "position_fp": f"{n:.2f}"} for t, n in held.items()]
        return {"market_positions": rows, "event_positions": [], "cursor": ""}

    # -- API keys -------------------------------------------------------------------------------------

    def _keys(self, method: str, parts: list[str], body: dict[str, Any]) -> httpx.Response:
        if method == "GET" and len(parts) == 1:
            return httpx.Response(200, json={"api_keys": list(self.api_keys.values())})
        if method == "POST" and parts[-1] == "generate":
            key_id = str(uuid.uuid4())
            self.api_keys[key_id] = {"api_key_id": key_id, "name": body.get("name", ""), "scopes": []}
            return httpx.Response(201, json={"api_key_id": key_id, "private_key": new_rsa_pem()})
        if method == "POST":
            if "PUBLIC KEY" not in body.get("public_key", ""):
                return _error(400, "bad_request", "public_key is not a PEM public key")
            key_id = str(uuid.uuid4())
            self.api_keys[key_id] = {"api_key_id": key_id, "name": body.get("name", ""), "scopes": []}
            return httpx.Response(201, json={"api_key_id": key_id})
        if method == "DELETE" and len(parts) == 2:
            if self.api_keys.pop(parts[1], None) is None:
                return _error(404, "not_found", "no such key")
            return httpx.Response(204)
        return _error(404, "not_found", "/".join(parts))


class _Handler(http.server.BaseHTTPRequestHandler):
    standin: StandIn

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        content = self.rfile.read(length) if length else b""
        url = f"http://{self.headers['Host']}{self.path}"
        request = httpx.Request(self.command, url, headers=dict(self.headers.items()), content=content)
        try:
            response = self.standin(request)
        except httpx.TimeoutException:
            self.close_connection = True
            return
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    do_GET = do_POST = do_PUT = do_DELETE = _serve  # noqa: N815 - the names http.server calls

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(standin: StandIn) -> Iterator[str]:
    """Serve ``standin`` on 127.0.0.1 (a free port) until the block ends; yield its base URL."""
    handler: Callable[..., Any] = type("Handler", (_Handler,), {"standin": standin})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
