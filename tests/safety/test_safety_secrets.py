"""No secret in any error, log record or repr: signed requests against a server that echoes the
signature (and the Klear token) everywhere it can in its answers, key generation and its failures,
all with every logger at DEBUG. Every place an error reporter or a log could read is scanned."""

from __future__ import annotations

import json
import logging
import pickle
import socket
import traceback
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from safety_server import RawServer, Request, options

from kalshi_ext import KalshiClient, KalshiError, KlearClient

TOKEN = "klear-token-" + "s3cr3t" * 4
PASSPHRASE = "a passphrase nobody may see"


def _pem(key: Any) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


class Secrets:
    def __init__(self) -> None:
        self.values: set[str] = {TOKEN, PASSPHRASE}
        self.sent: list[str] = []  # the credentials requests carried (signatures, Bearer values)

    def add_pem(self, pem: str) -> None:
        self.values.update(line for line in pem.splitlines() if line and not line.startswith("-----"))

    def hits(self, text: str) -> list[str]:
        return [value for value in self.values if value in text]


def _echoing(secrets: Secrets, generated_pem: str) -> Any:
    """A server that answers errors repeating the request's credentials in every field it has."""

    def behaviour(request: Request, conn: socket.socket) -> None:
        credential = request.headers.get("kalshi-access-signature") or request.headers.get("authorization", "")
        token = credential.rsplit(":", 1)[-1]
        secrets.values.update(v for v in (credential, token) if v)
        secrets.sent.append(credential)
        if request.path.endswith("/api_keys/generate"):
            status = 200 if b'"raw"' in request.body else 201  # 200 is undocumented: the raw call fails
            body = {"api_key_id": "k-new", "private_key": generated_pem}
            payload = json.dumps(body).encode()
        else:
            status = 500 if request.method == "GET" else 400
            payload = json.dumps(
                {
                    "error": {
                        "code": f"bad_{credential}",
                        "message": f"signature {credential} rejected",
                        "details": {"echo": [credential, {"nested": credential}], credential: token},
                        "service": credential,
                    }
                }
            ).encode()
        head = (
            f"HTTP/1.1 {status} {credential[:40] or 'X'}\r\nContent-Type: application/json\r\n"
            f"X-Request-Id: {credential}\r\nContent-Length: {len(payload)}\r\n\r\n"
        )
        conn.sendall(head.encode("latin-1") + payload)

    return behaviour


def _places(error: BaseException) -> list[str]:
    """Every text an error exposes: str, repr, args, details, attributes, pickle, chained errors."""
    texts: list[str] = []
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen), repr(seen.args), repr(getattr(seen, "details", None))]
        texts += [repr({k: v for k, v in vars(seen).items() if k != "_private_key_pem"})]
        texts += list(getattr(seen, "__notes__", []))
        texts.append("".join(traceback.format_exception(seen)))
        try:
            texts.append(pickle.dumps(seen).decode("latin-1"))
        except TypeError as exc:  # ApiKeySaveError refuses: it is the one error that holds a key
            texts.append(str(exc))
        seen = seen.__cause__ or seen.__context__
    return texts


def test_no_secret_reaches_any_error_log_or_repr(
    server: RawServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: kalshi_ext, httpx, httpcore
    for name in ("kalshi_ext", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    secrets = Secrets()
    rsa_key, ed_key = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
        ed25519.Ed25519PrivateKey.generate(),
    )
    generated = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    for key in (rsa_key, ed_key, generated):
        secrets.add_pem(_pem(key))
    server.behaviour = _echoing(secrets, _pem(generated))
    texts: list[str] = []
    errors: list[BaseException] = []

    def expect_error(call: Any) -> None:
        try:
            call()
        except (KalshiError, TypeError, ValueError) as exc:
            errors.append(exc)
        else:
            raise AssertionError("the call should have failed")

    for key in (rsa_key, ed_key):
        with KalshiClient(**options(server, _pem(key))) as kalshi:
            texts.append(repr(kalshi))
            expect_error(kalshi.portfolio.balance)  # 500 echoing the signature
            expect_error(lambda: kalshi.orders.cancel_v2("ORDER-1"))  # 400 echoing it
            expect_error(lambda: kalshi.request("GET", "/exchange/status"))
            saved = kalshi.generate_api_key("bot", save_to=tmp_path / f"bot-{id(key)}.pem")
            texts += [repr(saved), str(saved)]
    from kalshi_trade_api.api.api_keys import generate_api_key
    from kalshi_trade_api.models import GenerateApiKeyRequest

    with KalshiClient(**options(server, ed_key)) as kalshi:
        # A raw generate whose answer status is undocumented: the error must not carry the key.
        expect_error(lambda: kalshi._call(generate_api_key.sync_detailed, body=GenerateApiKeyRequest(name="raw")))
    with KlearClient(
        admin_user_id="admin", access_token=TOKEN, base_url=server.url + "/klear-api/v1", allow_custom_host=True
    ) as klear:
        texts += [repr(klear), repr(klear.credentials)]
        expect_error(klear.margin.settlement_balance)
    encrypted = rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"the right one"),
    ).decode()
    expect_error(lambda: KalshiClient(key_id="k", private_key=encrypted, private_key_passphrase=PASSPHRASE))
    expect_error(lambda: pickle.dumps(KalshiClient(key_id="k", private_key=ed_key).signer))

    for error in errors:
        texts += _places(error)
    records = caplog.get_records("call")
    for record in records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
        texts.append(record.exc_text or "")
    assert len(errors) >= 9 and records and len(secrets.sent) >= 9 and all(secrets.sent)
    leaks = [(hit, text[:120]) for text in texts for hit in secrets.hits(text)]
    print(f"\nsecrets: {len(secrets.values)} secret values, {len(texts)} places scanned, {len(leaks)} hits")
    assert leaks == []
