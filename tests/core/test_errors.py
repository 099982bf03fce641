"""Error mapping: status -> class, both body shapes, request ids, diagnosis hints, no secrets,
and no generated/builtin exception ever leaking out of a call."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from kx_support import KeyPair, MockRecorder

from kalshi_ext import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    KalshiClient,
    KalshiConfigurationError,
    KalshiError,
    KalshiResponseError,
    KlearClient,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
)
from kalshi_ext._error_mapping import ErrorContext, api_error_from_response, parse_error_body

CTX = ErrorContext(method="GET", path="/trade-api/v2/markets/X", environment="production", now=1_700_000_000.0)


def _error(status: int, body: Any = None, headers: dict[str, str] | None = None, ctx: ErrorContext = CTX) -> Any:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
    return api_error_from_response(status, headers or {}, raw, ctx, reason="Reason")


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitedError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (405, KalshiAPIError),
        (418, KalshiAPIError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[KalshiAPIError]) -> None:
    error = _error(status, {"error": {"code": "c", "message": "m"}})
    assert type(error) is cls
    assert isinstance(error, KalshiError)
    assert error.status == status


def test_nested_body_shape() -> None:
    body = {"error": {"code": "market_not_found", "message": "no such market", "details": "X", "service": "exchange"}}
    error = _error(404, body)
    assert (error.code, error.message, error.details, error.service) == (
        "market_not_found",
        "no such market",
        "X",
        "exchange",
    )
    assert "404 Reason: market_not_found: no such market" in str(error)
    assert "GET /trade-api/v2/markets/X" in str(error)


def test_flat_body_shape() -> None:
    error = _error(400, {"code": "invalid_parameters", "message": "bad limit", "details": "limit > 1000"})
    assert (error.code, error.message, error.details) == ("invalid_parameters", "bad limit", "limit > 1000")
    assert "details: limit > 1000" in str(error)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html><body>502 Bad   Gateway</body></html>", "<html><body>502 Bad Gateway</body></html>"),
        (b"", "Reason"),
        (json.dumps({"error": "plain text"}).encode(), "plain text"),
        (json.dumps(["odd"]).encode(), "['odd']"),
    ],
)
def test_other_bodies(body: bytes, message: str) -> None:
    assert _error(502, body).message == message


def test_long_bodies_are_excerpted() -> None:
    error = _error(500, b"x" * 5000)
    assert len(error.message) <= 200
    assert len(str(error)) < 400


@pytest.mark.parametrize("header", ["X-Request-Id", "request-id", "x-amzn-requestid", "cf-ray"])
def test_request_id(header: str) -> None:
    error = _error(500, {}, {header.lower(): "req-42"})
    assert error.request_id == "req-42"
    assert "request id: req-42" in str(error)
    assert "req-42" in repr(error)


@pytest.mark.parametrize(
    "body",
    [
        {"error": {"code": "unauthorized", "message": "auth failed", "details": "NOT_FOUND"}},
        {"code": "NOT_FOUND", "message": "key"},
        {"error": {"code": "api_key_not_found", "message": "x"}},
        {"error": {"code": "unauthorized", "message": "Not Found"}},
    ],
)
def test_401_not_found_hints_at_the_other_environment(body: dict[str, Any]) -> None:
    error = _error(401, body)
    assert any("demo key" in hint for hint in error.hints)
    assert "hint:" in str(error)
    demo = _error(401, body, ctx=ErrorContext(method="GET", path="/x", environment="demo", now=CTX.now))
    assert any("production key" in hint for hint in demo.hints)


def test_401_without_not_found_has_no_environment_hint() -> None:
    assert _error(401, {"error": {"code": "invalid_signature", "message": "bad"}}).hints == ()


def _date(offset: float) -> str:
    assert CTX.now is not None
    return format_datetime(datetime.fromtimestamp(CTX.now + offset, tz=UTC), usegmt=True)


@pytest.mark.parametrize(("offset", "hinted"), [(0, False), (3, False), (-4, False), (30, True), (-120, True)])
def test_401_clock_skew_hint(offset: float, hinted: bool) -> None:
    error = _error(401, {"error": {"code": "unauthorized", "message": "x"}}, {"date": _date(offset)})
    hints = [h for h in error.hints if "clock" in h]
    assert bool(hints) is hinted
    if hinted:
        assert ("behind" if offset > 0 else "ahead of") in hints[0]


def test_401_without_credentials_says_so() -> None:
    ctx = ErrorContext(method="GET", path="/x", has_credentials=False)
    assert any("no credentials" in h for h in _error(401, {}, ctx=ctx).hints)


@pytest.mark.parametrize(
    ("method", "status", "unknown"),
    [("POST", 504, True), ("POST", 500, True), ("POST", 408, True), ("POST", 400, False), ("GET", 504, False)],
)
def test_outcome_unknown_for_writes(method: str, status: int, unknown: bool) -> None:
    error = _error(status, {}, ctx=ErrorContext(method=method, path="/trade-api/v2/portfolio/events/orders"))
    assert error.outcome_unknown is unknown
    assert ("client_order_id" in str(error)) is unknown


def test_secrets_echoed_by_a_server_are_scrubbed() -> None:
    token = "tok_SUPERSECRET_123456"
    ctx = ErrorContext(method="GET", path="/x", secrets=(token,))
    error = _error(401, {"error": {"code": "c", "message": f"bad token {token}", "details": f"got {token}"}}, ctx=ctx)
    for text in (str(error), repr(error), error.message, str(error.details)):
        assert token not in text


def test_parse_error_body_tolerates_garbage() -> None:
    assert parse_error_body(b"\xff\xfe").message is not None
    assert parse_error_body(b"null").message is None
    assert parse_error_body(b'{"error": {"code": 7}}').code == "7"


# --------------------------------------------------------------------------- through a client


def _kalshi(handler: Any, key: KeyPair | None = None, **kwargs: Any) -> KalshiClient:
    creds: dict[str, Any] = {"key_id": "kid-123", "private_key": key.private} if key else {}
    return KalshiClient(transport=httpx.MockTransport(handler), retry=RetryPolicy.disabled(), **creds, **kwargs)


def test_client_raises_typed_error_with_request_id(recorder: Any, rsa_key: KeyPair) -> None:
    rec: MockRecorder = recorder(
        lambda r: httpx.Response(
            409, json={"error": {"code": "order_already_exists", "message": "dup"}}, headers={"x-request-id": "r-1"}
        )
    )
    with _kalshi(rec, rsa_key) as client, pytest.raises(ConflictError) as info:
        client.request("POST", "/portfolio/events/orders", json={"client_order_id": "abc", "secret_field": "zzz"})
    error = info.value
    assert (error.code, error.request_id, error.method, error.path) == (
        "order_already_exists",
        "r-1",
        "POST",
        "/trade-api/v2/portfolio/events/orders",
    )
    assert "zzz" not in str(error)  # request bodies never appear in messages
    signature = rec.requests[0].headers["KALSHI-ACCESS-SIGNATURE"]
    assert signature not in str(error) and signature not in repr(error)


def test_klear_token_never_in_error(recorder: Any) -> None:
    token = "klear-access-token-987654"
    rec: MockRecorder = recorder(
        lambda r: httpx.Response(401, json={"error": {"code": "unauthorized", "message": f"token {token} invalid"}})
    )
    with KlearClient(admin_user_id="admin", access_token=token, transport=httpx.MockTransport(rec)) as klear:
        with pytest.raises(AuthenticationError) as info:
            klear.request("GET", "/margin/settlement_balance")
    assert token not in str(info.value) and token not in repr(info.value)
    assert rec.requests[0].headers["authorization"] == f"Bearer admin:{token}"


@pytest.mark.parametrize("body", [b"[1, 2]", b"not json", b'"a string"', b'{"exchange_active": {"nested": 1}}x'])
def test_malformed_success_body_is_a_response_error(body: bytes) -> None:
    from kalshi_trade_api.api.exchange import get_exchange_status

    with _kalshi(lambda r: httpx.Response(200, content=body)) as client, pytest.raises(KalshiResponseError) as info:
        client._call(get_exchange_status.sync_detailed)
    assert isinstance(info.value.__cause__, KeyError | TypeError | ValueError | AttributeError)
    assert "get_exchange_status" in str(info.value)


def test_undocumented_success_status_is_a_response_error() -> None:
    from kalshi_trade_api.api.exchange import get_exchange_status

    handler = lambda r: httpx.Response(202, json={"exchange_active": True, "trading_active": True})  # noqa: E731
    with _kalshi(handler) as client, pytest.raises(KalshiResponseError) as info:
        client._call(get_exchange_status.sync_detailed)
    assert info.value.status == 202
    assert info.value.body == {"exchange_active": True, "trading_active": True}


def test_documented_error_statuses_never_reach_generated_parsers() -> None:
    from kalshi_trade_api.api.exchange import get_exchange_status

    # The spec documents 500 with an ExchangeStatus body; we still raise ServerError.
    with _kalshi(lambda r: httpx.Response(500, json={"garbage": True})) as client, pytest.raises(ServerError):
        client._call(get_exchange_status.sync_detailed)


def test_bad_arguments_are_configuration_errors() -> None:
    from kalshi_trade_api.api.market import get_markets

    calls: list[Any] = []
    with _kalshi(lambda r: calls.append(r) or httpx.Response(200, json={})) as client:
        with pytest.raises(KalshiConfigurationError, match="invalid arguments"):
            client._call(get_markets.sync_detailed, no_such_argument=1)
    assert calls == []


def test_request_json_errors() -> None:
    with _kalshi(lambda r: httpx.Response(200, content=b"<html>")) as client, pytest.raises(KalshiResponseError):
        client.request("GET", "/exchange/status")
    with _kalshi(lambda r: httpx.Response(204)) as client:
        assert client.request("DELETE", "/x") is None


def test_redirects_are_errors_not_followed() -> None:
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})

    with _kalshi(handler) as client, pytest.raises(KalshiAPIError) as info:
        client.request("GET", "/exchange/status")
    assert info.value.status == 302
    assert len(seen) == 1


def test_error_reprs_hold_no_secrets(rsa_key: KeyPair) -> None:
    errors: list[BaseException] = [
        _error(status, {"error": {"code": "c", "message": "m", "details": "d"}}) for status in (400, 401, 429, 500)
    ]
    for error in errors:
        for text in (str(error), repr(error)):
            for fragment in rsa_key.secret_fragments():
                assert fragment not in text


def test_corrupt_compressed_body_is_a_response_error() -> None:
    handler = lambda r: httpx.Response(200, content=b"not gzip at all", headers={"Content-Encoding": "gzip"})  # noqa: E731
    with _kalshi(handler) as client, pytest.raises(KalshiResponseError, match="could not decode") as info:
        client.request("GET", "/exchange/status")
    assert isinstance(info.value.__cause__, httpx.DecodingError)


@pytest.mark.parametrize("kwargs", [{"json": {"x": object()}}, {"json": float("nan")}])
def test_unencodable_request_arguments_are_configuration_errors(kwargs: dict[str, Any]) -> None:
    calls: list[Any] = []
    with _kalshi(lambda r: calls.append(r) or httpx.Response(200, json={})) as client:
        with pytest.raises(KalshiConfigurationError, match="invalid request arguments"):
            client.request("POST", "/portfolio/events/orders", **kwargs)
    assert calls == []


def test_an_undocumented_success_body_keeps_no_secret_fields() -> None:
    import httpx
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from kalshi_ext import KalshiClient, KalshiResponseError

    pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    leaked = {"api_key_id": "k-9", "private_key": "-----BEGIN " + "PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=leaked))  # the spec documents 201
    with KalshiClient(key_id="k-1", private_key=pem, transport=transport) as kalshi:
        from kalshi_trade_api.models import GenerateApiKeyRequest

        try:
            kalshi.api_keys.generate(body=GenerateApiKeyRequest(name="bot"))
        except KalshiResponseError as exc:
            assert exc.body == {"api_key_id": "k-9", "private_key": "<redacted>"}
            assert "BEGIN" not in repr(exc) + str(exc)
        else:
            raise AssertionError("an undocumented status must raise")
