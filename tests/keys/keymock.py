"""A loopback mock of Kalshi's API-key endpoints that checks every request signature.

It knows one admin key at start. ``POST /api_keys/generate`` makes a pair (RSA as PKCS#1,
Ed25519 as PKCS#8, as the spec documents) and keeps the public half; ``POST /api_keys`` keeps
the uploaded public key; ``DELETE`` forgets a key. Every request must be signed by a key it
knows, verified with that key's public half, so a client built on a new key proves that the
saved private key matches what the server holds. Every private key it hands out and every
signature it sees is registered as a secret.
"""

from __future__ import annotations

import base64
import http.server
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

PREFIX = "/trade-api/v2"
ADMIN_ID = "admin-key-0001-abcdef"
# Quick retries: a test must never wait for a backoff.
FAST_RETRY = {"max_attempts": 2, "backoff_base": 0.001, "backoff_max": 0.002, "total_budget": 5.0}


def pem_private(key: Any, fmt: serialization.PrivateFormat = serialization.PrivateFormat.PKCS8) -> str:
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode()


def pem_public(key: Any) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def secret_lines(pem: str) -> list[str]:
    """Body lines of a PEM: any leak of the key would contain one of them."""
    return [line for line in pem.splitlines() if line and not line.startswith("-----")]


class Secrets:
    """Strings that must never appear in a log line, repr, exception or CLI output."""

    def __init__(self) -> None:
        self.values: set[str] = set()
        self._lock = threading.Lock()

    def add(self, *values: str) -> None:
        with self._lock:
            self.values.update(v for v in values if v and len(v) >= 8)

    def add_pem(self, pem: str | bytes) -> None:
        self.add(*secret_lines(pem.decode() if isinstance(pem, bytes) else pem))

    def leaks(self, text: str) -> list[str]:
        with self._lock:
            return [v for v in self.values if v in text]


@dataclass
class StoredKey:
    api_key_id: str
    name: str
    public_key: Any
    scopes: list[str] = field(default_factory=lambda: ["read", "write"])
    key_type: str = "rsa"


@dataclass
class Seen:
    method: str
    path: str
    key_id: str
    body: Any


@dataclass
class Reply:
    status: int
    body: Any = None  # JSON-serialisable, or None for no body


def verify(public_key: Any, headers: dict[str, str], method: str, path: str) -> None:
    message = f"{headers['kalshi-access-timestamp']}{method}{path}".encode()
    signature = base64.b64decode(headers["kalshi-access-signature"], validate=True)
    if isinstance(public_key, rsa.RSAPublicKey):
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        public_key.verify(signature, message, pss, hashes.SHA256())
    else:
        public_key.verify(signature, message)


class KeyMock:
    """The mock server. ``override`` maps ``"METHOD /path"`` (without prefix) to a function that
    may return a Reply to send instead (failure injection); it runs after signature checks."""

    def __init__(self, secrets: Secrets, admin_id: str, admin_private: Any) -> None:
        self.secrets = secrets
        self.keys: dict[str, StoredKey] = {admin_id: StoredKey(admin_id, "admin", admin_private.public_key())}
        self.seen: list[Seen] = []
        self.generated: dict[str, str] = {}  # key id -> the private key PEM handed out
        self.override: dict[str, Callable[[Seen], Reply | None]] = {}
        self._lock = threading.Lock()
        self._counter = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                reply = outer._dispatch(self.command, self.path, headers, raw)
                payload = b"" if reply.body is None else json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = _handle  # noqa: N815

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _new_id(self) -> str:
        with self._lock:
            self._counter += 1
            return f"mock-key-{self._counter:04d}-0123456789ab"

    def _dispatch(self, method: str, raw_path: str, headers: dict[str, str], raw: bytes) -> Reply:
        self.secrets.add(headers.get("kalshi-access-signature", ""))
        path = raw_path.split("?", 1)[0]
        key_id = headers.get("kalshi-access-key", "")
        stored = self.keys.get(key_id)
        if stored is None:
            return Reply(401, {"error": {"code": "NOT_FOUND", "message": "unknown API key"}})
        try:
            verify(stored.public_key, headers, method, path)
        except (InvalidSignature, KeyError, ValueError):
            return Reply(401, {"error": {"code": "INVALID_SIGNATURE", "message": "bad signature"}})
        body = json.loads(raw) if raw else None
        route = path.removeprefix(PREFIX)
        seen = Seen(method, route, key_id, body)
        self.seen.append(seen)
        override = self.override.get(f"{method} {route}")
        if override is not None:
            reply = override(seen)
            if reply is not None:
                return reply
        return self._route(seen)

    def _route(self, seen: Seen) -> Reply:
        method, route, body = seen.method, seen.path, seen.body
        if method == "GET" and route == "/api_keys":
            keys = [{"api_key_id": k.api_key_id, "name": k.name, "scopes": k.scopes} for k in self.keys.values()]
            return Reply(200, {"api_keys": keys})
        if method == "POST" and route == "/api_keys/generate":
            return self._generate(body)
        if method == "POST" and route == "/api_keys":
            return self._create(body)
        if method == "DELETE" and route.startswith("/api_keys/"):
            key_id = route.removeprefix("/api_keys/")
            if self.keys.pop(key_id, None) is None:
                return Reply(404, {"error": {"code": "not_found", "message": "API key not found"}})
            return Reply(204)
        if method == "GET" and route == "/portfolio/balance":
            return Reply(200, {"balance": 1234, "portfolio_value": 0, "updated_ts": 0})
        return Reply(404, {"error": {"code": "not_found", "message": f"no route {method} {route}"}})

    def _generate(self, body: Any) -> Reply:
        if not isinstance(body, dict) or not body.get("name"):
            return Reply(400, {"error": {"code": "bad_request", "message": "name is required"}})
        key_type = body.get("key_type", "rsa")
        if key_type == "ed25519":
            private: Any = ed25519.Ed25519PrivateKey.generate()
            pem = pem_private(private)
        elif key_type == "rsa":
            private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            pem = pem_private(private, serialization.PrivateFormat.TraditionalOpenSSL)
        else:
            return Reply(400, {"error": {"code": "bad_request", "message": "bad key_type"}})
        self.secrets.add_pem(pem)
        key_id = self._new_id()
        scopes = body.get("scopes") or ["read", "write"]
        self.keys[key_id] = StoredKey(key_id, body["name"], private.public_key(), scopes, key_type)
        self.generated[key_id] = pem
        return Reply(201, {"api_key_id": key_id, "key_type": key_type, "private_key": pem})

    def _create(self, body: Any) -> Reply:
        if not isinstance(body, dict) or not body.get("name") or not body.get("public_key"):
            return Reply(400, {"error": {"code": "bad_request", "message": "name and public_key are required"}})
        try:
            public = serialization.load_pem_public_key(body["public_key"].encode())
        except ValueError:
            return Reply(400, {"error": {"code": "bad_request", "message": "invalid public key"}})
        key_type = "ed25519" if isinstance(public, ed25519.Ed25519PublicKey) else "rsa"
        key_id = self._new_id()
        self.keys[key_id] = StoredKey(key_id, body["name"], public, body.get("scopes") or ["read", "write"], key_type)
        return Reply(201, {"api_key_id": key_id})
