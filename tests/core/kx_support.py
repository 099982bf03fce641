"""Test support for kalshi_ext: key pairs, signature verification, a secrets registry, a
recording loopback HTTP server and a recording MockTransport handler."""

from __future__ import annotations

import base64
import http.server
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def pem_of(key: Any) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@dataclass
class KeyPair:
    private: Any
    pem: str  # unencrypted PKCS8 PEM

    @property
    def public(self) -> Any:
        return self.private.public_key()

    def encrypted_pem(self, passphrase: bytes) -> str:
        return self.private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        ).decode()

    def secret_fragments(self) -> list[str]:
        """Body lines of the PEM: any leak of key material would contain one of them."""
        return [line for line in self.pem.splitlines() if line and not line.startswith("-----")]


def verify_signature(public_key: Any, headers: dict[str, str], method: str, signed_path: str) -> None:
    """Check the KALSHI-ACCESS-* headers the way Kalshi does; raises InvalidSignature on mismatch."""
    timestamp = headers["kalshi-access-timestamp"]
    signature = base64.b64decode(headers["kalshi-access-signature"], validate=True)
    message = f"{timestamp}{method}{signed_path}".encode()
    if isinstance(public_key, rsa.RSAPublicKey):
        public_key.verify(
            signature,
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
            hashes.SHA256(),
        )
    else:
        public_key.verify(signature, message)


class SecretRegistry:
    """Strings that must never appear in a log line; checked after every test."""

    def __init__(self) -> None:
        self.values: set[str] = set()

    def add(self, *values: str) -> None:
        self.values.update(v for v in values if v)

    def add_from_headers(self, headers: dict[str, str]) -> None:
        for name in ("kalshi-access-signature", "authorization"):
            if name in headers:
                self.add(headers[name])
                if name == "authorization":
                    self.add(headers[name].split(":", 1)[-1])

    def leaks(self, text: str) -> list[str]:
        return [value for value in self.values if value in text]


@dataclass
class Recorded:
    method: str
    raw_path: str  # as sent, query included
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.raw_path.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.raw_path.split("?", 1)[1] if "?" in self.raw_path else ""


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=dict)  # JSON-serialisable, or bytes sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Handler = Callable[[Recorded], Reply]


class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 that records every request."""

    def __init__(self, secrets: SecretRegistry) -> None:
        self.requests: list[Recorded] = []
        self.handler: Handler = lambda rec: Reply()
        self._secrets = secrets
        self._lock = threading.Lock()
        outer = self

        class _RequestHandler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                rec = Recorded(self.command, self.path, headers, body)
                with outer._lock:
                    outer.requests.append(rec)
                outer._secrets.add_from_headers(headers)
                reply = outer.handler(rec)
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    sent = {k.lower() for k in reply.headers}
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if "content-type" not in sent:
                        self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up (timeout tests)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle  # noqa: N815

        class _Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@dataclass
class Sent:
    """A snapshot of one attempt (the transport reuses the Request object across retries)."""

    method: str
    url: Any
    headers: Any  # httpx.Headers copy: case-insensitive
    content: bytes


class MockRecorder:
    """An httpx.MockTransport handler that snapshots each attempt and registers its secrets."""

    def __init__(self, secrets: SecretRegistry, handler: Callable[[Any], Any]) -> None:
        self.requests: list[Sent] = []
        self._secrets = secrets
        self._handler = handler

    def __call__(self, request: Any) -> Any:
        import httpx

        self.requests.append(Sent(request.method, request.url, httpx.Headers(request.headers), request.content))
        self._secrets.add_from_headers({k.lower(): v for k, v in request.headers.items()})
        return self._handler(request)
