"""What sits between the facade and Prism: a recording transport, the clients, argument building and
the checks each contract test makes.

The client is built exactly as a user builds it (``base_url=`` + ``allow_custom_host=True``, real
keys); only its innermost httpx transport is ours (the documented ``transport=`` option). That
transport sees each request after kalshi_ext has signed it, so it can check the signature, then:

- strips the base path (``/trade-api/v2``, ``/klear-api/v1``): Prism serves each spec's paths at its
  root and ignores the servers' base path, while the client signs the full path as Kalshi wants;
- adds ``Prefer: code=<documented success>`` (and ``dynamic=true, seed=...`` for the dynamic pass),
  so Prism answers with the success response instead of whichever example it would pick;
- optionally mutates the request (the negative tests break a request on purpose);
- records what Prism received and answered, including its ``sl-violations`` header, before
  kalshi_ext turns a non-2xx answer into a typed error.
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import datetime
import enum
import importlib
import inspect
import json
import re
import time
import types
import typing
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
from contract_spec import PACKAGES, PATH_PREFIX, Operation, example_value
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

# ---------------------------------------------------------------------------------------------
# Credentials: generated per session; Trade signs with Ed25519 and Perps with RSA so both signers
# meet the judge.


@dataclass(frozen=True)
class Credentials:
    trade_key_id: str
    trade_key: ed25519.Ed25519PrivateKey
    perps_key_id: str
    perps_key: rsa.RSAPrivateKey
    klear_admin_user_id: str
    klear_access_token: str

    @classmethod
    def generate(cls) -> Credentials:
        return cls(
            trade_key_id="a952bcbe-ec3b-4b5b-b8f9-11dae589608c",
            trade_key=ed25519.Ed25519PrivateKey.generate(),
            perps_key_id="0e6b4c4c-7d3e-4b6e-9f0a-3c1d2b5e8f71",
            perps_key=rsa.generate_private_key(public_exponent=65537, key_size=2048),
            klear_admin_user_id="7f1c2b9e-5d4a-4c3b-8e2f-1a0b9c8d7e6f",
            klear_access_token="klear-contract-token-" + "x" * 24,
        )

    def public_pem(self) -> str:
        """A real public key PEM, for the create-API-key bodies."""
        return (
            self.trade_key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )


# ---------------------------------------------------------------------------------------------
# Recording


@dataclass
class Exchange:
    """One request as the client sent it and as Prism received it, and Prism's answer."""

    client_method: str
    client_raw_path: str  # with the base path and the query, percent-escapes as sent
    client_headers: httpx.Headers
    sent: httpx.Request  # what Prism received (base path stripped, Prefer added, maybe mutated)
    status: int
    headers: httpx.Headers
    body: bytes

    @property
    def violations(self) -> list[dict[str, Any]]:
        """Prism's ``sl-violations`` header, decoded (an empty list when absent)."""
        raw = self.headers.get("sl-violations")
        if not raw:
            return []
        try:
            decoded = json.loads(raw)
        except ValueError:  # "Too many violations! ..." (truncated)
            return [{"location": [], "severity": "Error", "message": raw[:500]}]
        return decoded if isinstance(decoded, list) else [decoded]

    def json(self) -> Any:
        return json.loads(self.body) if self.body.strip() else None


@dataclass
class Expectation:
    """What the next request(s) should be, set around one facade call."""

    op: Operation
    prefer: str
    mutate: Callable[[httpx.Request], httpx.Request] | None = None
    exchanges: list[Exchange] = field(default_factory=list)


CURRENT: contextvars.ContextVar[Expectation | None] = contextvars.ContextVar("contract_expectation", default=None)


def prefer_header(op: Operation, *, dynamic_seed: str | None = None) -> str:
    value = f"code={op.success_code}"
    if dynamic_seed is not None:
        value += f", dynamic=true, seed={dynamic_seed}"
    return value


@contextlib.contextmanager
def expect(
    op: Operation, *, dynamic_seed: str | None = None, mutate: Callable[[httpx.Request], httpx.Request] | None = None
) -> Iterator[Expectation]:
    expectation = Expectation(op, prefer_header(op, dynamic_seed=dynamic_seed), mutate)
    token = CURRENT.set(expectation)
    try:
        yield expectation
    finally:
        CURRENT.reset(token)


def _forwarded(request: httpx.Request, prefix: str, expectation: Expectation | None) -> httpx.Request:
    raw = request.url.raw_path.decode("ascii")
    stripped = raw[len(prefix) :] if raw.startswith(prefix + "/") else raw
    headers = httpx.Headers(request.headers)
    headers.pop("host", None)
    if expectation is not None:
        headers["Prefer"] = expectation.prefer
    forwarded = httpx.Request(
        request.method,
        request.url.copy_with(raw_path=stripped.encode("ascii")),
        headers=headers,
        content=request.content,
    )
    if expectation is not None and expectation.mutate is not None:
        forwarded = expectation.mutate(forwarded)
    return forwarded


def _record(
    expectation: Expectation | None, request: httpx.Request, sent: httpx.Request, answer: httpx.Response
) -> None:
    if expectation is None:
        return
    expectation.exchanges.append(
        Exchange(
            client_method=request.method,
            client_raw_path=request.url.raw_path.decode("ascii"),
            client_headers=httpx.Headers(request.headers),
            sent=sent,
            status=answer.status_code,
            headers=answer.headers,
            body=answer.content,
        )
    )


def _reply(request: httpx.Request, answer: httpx.Response) -> httpx.Response:
    return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content, request=request)


class RecordingTransport(httpx.BaseTransport):
    """The innermost sync transport: forwards to Prism and records the exchange."""

    def __init__(self, api: str) -> None:
        self._prefix = PATH_PREFIX[api]
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        expectation = CURRENT.get()
        sent = _forwarded(request, self._prefix, expectation)
        answer = self._inner.handle_request(sent)
        try:
            answer.read()
        finally:
            answer.close()
        _record(expectation, request, sent, answer)
        return _reply(request, answer)

    def close(self) -> None:
        self._inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """The innermost async transport: forwards to Prism and records the exchange."""

    def __init__(self, api: str) -> None:
        self._prefix = PATH_PREFIX[api]
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        expectation = CURRENT.get()
        sent = _forwarded(request, self._prefix, expectation)
        answer = await self._inner.handle_async_request(sent)
        try:
            await answer.aread()
        finally:
            await answer.aclose()
        _record(expectation, request, sent, answer)
        return _reply(request, answer)

    async def aclose(self) -> None:
        await self._inner.aclose()


# ---------------------------------------------------------------------------------------------
# Clients


def client_options(api: str, prism_url: str, creds: Credentials) -> dict[str, Any]:
    """Constructor keywords of the client for ``api`` pointed at its Prism (as a user would write them)."""
    from kalshi_ext import RetryPolicy

    common: dict[str, Any] = {
        "base_url": prism_url + PATH_PREFIX[api],
        "allow_custom_host": True,
        "timeout": 30.0,
        # One attempt: a retry would hide the first answer, and Prism's answers are deterministic.
        "retry": RetryPolicy(max_attempts=1),
    }
    if api == "trade":
        return {**common, "key_id": creds.trade_key_id, "private_key": creds.trade_key}
    if api == "perps":
        return {**common, "key_id": creds.perps_key_id, "private_key": creds.perps_key}
    return {**common, "admin_user_id": creds.klear_admin_user_id, "access_token": creds.klear_access_token}


def make_client(api: str, prism_url: str, creds: Credentials, *, asynchronous: bool = False) -> Any:
    import kalshi_ext

    names = {"trade": "KalshiClient", "perps": "PerpsClient", "klear": "KlearClient"}
    cls = getattr(kalshi_ext, ("Async" if asynchronous else "") + names[api])
    transport = AsyncRecordingTransport(api) if asynchronous else RecordingTransport(api)
    return cls(transport=transport, **client_options(api, prism_url, creds))


# ---------------------------------------------------------------------------------------------
# Arguments


def facade_method(client: Any, op: Operation) -> Callable[..., Any]:
    """``client.<resource>.<method>`` for ``op`` (the name from openapi/operations.tsv)."""
    assert op.facade_name is not None, f"{op}: no facade name in openapi/operations.tsv"
    target: Any = client
    for part in op.facade_name.split("."):
        target = getattr(target, part)
    return typing.cast("Callable[..., Any]", target)


_ENDPOINT_IMPORT = re.compile(r"from (kalshi_\w+\.api\.\w+) import (\w+) as _endpoint")


def endpoint_module(method: Callable[..., Any]) -> types.ModuleType:
    """The generated endpoint module behind a facade method (read from the generated facade's source).

    kalshi_ext may override a generated method (``orders.create_v2`` places orders at most once);
    the module is then found on the generated class the override derives from. An operation with a
    request body sends it from its private ``_<name>`` twin (the public method builds the body).
    """
    for name in (f"_{method.__name__}", method.__name__):
        for cls in type(getattr(method, "__self__", None)).__mro__:
            fn = cls.__dict__.get(name)
            match = _ENDPOINT_IMPORT.search(inspect.getsource(fn)) if fn is not None else None
            if match:
                return importlib.import_module(f"{match.group(1)}.{match.group(2)}")
    raise AssertionError(f"{method.__qualname__}: no generated endpoint import found")


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _to_python(value: Any, annotation: Any, unset: type) -> Any:
    """Turn a JSON-ish value into what the generated signature takes (enums, dates, models...)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a not in (unset, type(None))]
        errors = []
        for option in options:
            try:
                return _to_python(value, option, unset)
            except (TypeError, ValueError, KeyError) as exc:
                errors.append(exc)
        raise TypeError(f"no option of {annotation} takes {value!r}: {errors}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [_to_python(v, item, unset) for v in value]
    if not isinstance(annotation, type):
        return value
    if issubclass(annotation, enum.Enum):
        return annotation(value)
    if annotation is datetime.datetime:
        return datetime.datetime.fromisoformat(value)
    if annotation is datetime.date:
        return datetime.date.fromisoformat(value)
    if annotation is Decimal:
        return Decimal(str(value))
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(value)
    if annotation in (int, float, str, bool) and not isinstance(value, annotation):
        raise TypeError(f"{value!r} is not {annotation.__name__}")
    return value


@dataclass
class CallPlan:
    """The facade call for one operation: arguments, and what should reach the wire."""

    method: Callable[..., Any]
    kwargs: dict[str, Any]
    query_sent: dict[str, Any]  # spec name -> JSON-ish value we asked for
    body_json: Any  # the body as built, before it became a model
    problems: list[str]


def plan_call(client: Any, op: Operation, creds: Credentials, *, overrides: dict[str, Any] | None = None) -> CallPlan:
    """Build the facade call for ``op`` with every parameter (required and optional) and its body."""
    method = facade_method(client, op)
    module = endpoint_module(method)
    unset = importlib.import_module(f"{PACKAGES[op.api]}.types").Unset
    hints = typing.get_type_hints(module._get_kwargs)
    signature = inspect.signature(method)
    by_squash = {_squash(name): name for name in signature.parameters}
    problems: list[str] = []
    kwargs: dict[str, Any] = {}
    query_sent: dict[str, Any] = {}
    overrides = overrides or {}
    for param in op.params:
        if param.deprecated and not param.required:
            continue  # a client should not send what the spec is phasing out (Prism warns on it)
        py_name = by_squash.get(_squash(param.name))
        if py_name is None:
            problems.append(f"the facade method has no argument for the {param.location} parameter {param.name!r}")
            continue
        raw = overrides.get(param.name, example_value(op.spec, param.schema, param.name, op.api))
        kwargs[py_name] = _to_python(raw, hints[py_name], unset)
        if param.location == "query":
            query_sent[param.name] = raw
    body_json = None
    if op.body_schema is not None:
        if "body" not in signature.parameters:
            problems.append("the spec has a request body but the facade method takes no body")
        else:
            body_json = overrides.get("body", example_value(op.spec, op.body_schema, "", op.api))
            body_json = _fill_body(op, body_json, creds)
            kwargs["body"] = _to_python(body_json, hints["body"], unset)
    return CallPlan(method, kwargs, query_sent, body_json, problems)


def _fill_body(op: Operation, body: Any, creds: Credentials) -> Any:
    # Values no schema can make up: a real public key for the create-key operations.
    if isinstance(body, dict) and "public_key" in body:
        body = {**body, "public_key": creds.public_pem()}
    return body


# ---------------------------------------------------------------------------------------------
# Checks


def _path_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def expected_path(op: Operation, plan: CallPlan) -> str:
    """The request path the generated client must send for ``plan`` (percent-escaped as it does)."""
    path = op.path
    for param in op.params:
        if param.location == "path":
            py_name = next(n for n in plan.kwargs if _squash(n) == _squash(param.name))
            path = path.replace("{" + param.name + "}", urllib.parse.quote(str(plan.kwargs[py_name]), safe=""))
    return path


def verify_auth(op: Operation, exchange: Exchange, creds: Credentials) -> list[str]:
    """Check the auth headers the client sent: a valid fresh signature, or the Klear Bearer token."""
    headers = exchange.client_headers
    if op.auth is None:
        return []
    if op.auth == "bearer":
        wanted = f"Bearer {creds.klear_admin_user_id}:{creds.klear_access_token}"
        return [] if headers.get("authorization") == wanted else ["the Authorization header is not the Klear Bearer"]
    key_id = headers.get("kalshi-access-key")
    stamp = headers.get("kalshi-access-timestamp", "")
    signature = headers.get("kalshi-access-signature", "")
    expected_id = creds.trade_key_id if op.api == "trade" else creds.perps_key_id
    problems = []
    if key_id != expected_id:
        problems.append(f"KALSHI-ACCESS-KEY is {key_id!r}")
    if not stamp.isdigit() or abs(int(stamp) - time.time() * 1000) > 60_000:
        problems.append(f"KALSHI-ACCESS-TIMESTAMP {stamp!r} is not the current time in ms")
    message = f"{stamp}{exchange.client_method}{exchange.client_raw_path.split('?', 1)[0]}".encode()
    try:
        raw = base64.b64decode(signature, validate=True)
        if op.api == "trade":
            creds.trade_key.public_key().verify(raw, message)
        else:
            creds.perps_key.public_key().verify(
                raw, message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256()
            )
    except Exception as exc:  # InvalidSignature, binascii.Error
        problems.append(f"KALSHI-ACCESS-SIGNATURE does not verify over timestamp+method+path ({type(exc).__name__})")
    return problems


def describe_violations(exchange: Exchange) -> list[str]:
    return [
        f"Prism {v.get('severity', '?')}: {'.'.join(map(str, v.get('location', [])))} {v.get('message', '')}".strip()
        for v in exchange.violations
    ]


def check_exchange(op: Operation, expectation: Expectation, plan: CallPlan | None, creds: Credentials) -> list[str]:
    """Everything the contract asks of one facade call's traffic; returns the problems found."""
    problems: list[str] = list(plan.problems) if plan else []
    if len(expectation.exchanges) != 1:
        return [*problems, f"expected exactly one request, saw {len(expectation.exchanges)}"]
    exchange = expectation.exchanges[0]
    problems += describe_violations(exchange)
    sent = exchange.sent
    if sent.method != op.method:
        problems.append(f"sent {sent.method}, the operation is {op.method}")
    sent_path = sent.url.raw_path.decode("ascii").split("?", 1)[0]
    if not _path_regex(op.path).match(sent_path):
        problems.append(f"sent path {sent_path} does not match {op.path}")
    elif plan is not None and sent_path != expected_path(op, plan):
        problems.append(f"sent path {sent_path}, expected {expected_path(op, plan)}")
    if not exchange.client_raw_path.startswith(PATH_PREFIX[op.api] + "/"):
        problems.append(f"the client did not send the base path {PATH_PREFIX[op.api]}")
    sent_query = {k for k, _ in sent.url.params.multi_items()}
    unknown = sorted(sent_query - op.query_names)
    if unknown:
        # Prism ignores query parameters the spec does not declare; a misspelled optional one would
        # pass it silently, so this check is ours.
        problems.append(f"query parameters not in the spec: {unknown}")
    if plan is not None:
        missing = sorted(set(plan.query_sent) - sent_query)
        if missing:
            problems.append(f"arguments that never reached the query string: {missing}")
    problems += verify_auth(op, exchange, creds)
    if sent.content and "application/json" not in sent.headers.get("content-type", ""):
        problems.append(f"a body was sent with Content-Type {sent.headers.get('content-type')!r}")
    if exchange.status != op.success_code:
        problems.append(
            f"Prism answered {exchange.status}, not the documented {op.success_code}: {exchange.body[:300]!r}"
        )
    return problems


def check_result(op: Operation, result: Any) -> list[str]:
    """The facade returned the documented success model (every list item parsed), or None."""
    if op.success_schema is None:
        return [] if result is None else [f"a documented empty {op.success_code} returned {type(result).__name__}"]
    models = importlib.import_module(f"{PACKAGES[op.api]}.models")
    expected = getattr(models, op.success_schema, None)
    if expected is None:
        return [f"no generated model named {op.success_schema}"]
    if not isinstance(result, expected):
        return [f"returned {type(result).__name__}, not {op.success_schema}"]
    # to_dict() reads every field, and so parses every item of every lazy list.
    try:
        result.to_dict()
    except Exception as exc:
        return [f"reading the result's lazily parsed items raised {type(exc).__module__}.{type(exc).__name__}: {exc}"]
    return []


# ---------------------------------------------------------------------------------------------
# Session figures for the coverage line (tests/contract/conftest.py prints them)


@dataclass
class RunStats:
    violations: int = 0  # sl-violations entries seen in the positive passes (must stay 0)
    dynamic_calls: int = 0
    dynamic_ok: int = 0
    async_calls: int = 0
    async_ok: int = 0
    seeds: list[str] = field(default_factory=list)
    dynamic_nulls: int = 0  # variety the dynamic answers carried, to show it was there
    dynamic_empty_lists: int = 0
    dynamic_list_items: int = 0
    xfail_reasons: dict[str, str] = field(default_factory=dict)

    def count_violations(self, expectation: Expectation) -> None:
        self.violations += sum(len(e.violations) for e in expectation.exchanges)

    def count_variety(self, value: Any) -> None:
        if value is None:
            self.dynamic_nulls += 1
        elif isinstance(value, list):
            self.dynamic_empty_lists += not value
            self.dynamic_list_items += len(value)
            for item in value:
                self.count_variety(item)
        elif isinstance(value, dict):
            for item in value.values():
                self.count_variety(item)


STATS = RunStats()
