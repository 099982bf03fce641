"""The REST front door shared by every front end: one request in, one wire response out.

``RestApp.handle`` resolves the operation (``_coverage``), applies fault rules, verifies the
signature, runs the handler under the simulator's lock and encodes the answer. Handlers live in
``_routes_*`` modules and return ``(status, body)``; a :class:`SimError` becomes its wire body.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from ._auth import ApiKey
from ._coverage import path_exists, resolve
from ._errors import SimError
from ._profiles import quirk

if TYPE_CHECKING:
    from ._simulator import Simulator

PREFIX = "/trade-api/v2"
# Operations anyone may call without a key (market data); a signature, if sent, is still verified.
PUBLIC_PREFIXES = (
    "/exchange/",
    "/series",
    "/events",
    "/markets",
    "/search/",
    "/milestones",
    "/structured_targets",
    "/incentive_programs",
    "/historical/cutoff",
    "/historical/markets",
)


@dataclass(slots=True)
class Request:
    method: str
    raw_path: str  # as sent, percent-escapes unchanged, without the query
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""

    @classmethod
    def build(cls, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Request:
        path, _, query = target.partition("?")
        return cls(
            method.upper(),
            path,
            parse_qsl(query, keep_blank_values=True),
            {k.lower(): v for k, v in headers.items()},
            body,
        )


@dataclass(slots=True)
class Response:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    operation: str | None = None  # the operationId served (None for unknown paths)


@dataclass(slots=True)
class Ctx:
    sim: Simulator
    operation: str
    params: dict[str, str]
    request: Request
    key: ApiKey | None

    @property
    def user(self) -> str:
        if self.key is None:
            raise SimError.unauthorized("signature_is_missing_from_headers")
        return self.key.user_id

    def q(self, name: str) -> str | None:
        for k, v in self.request.query:
            if k == name:
                return v
        return None

    def q_all(self, name: str) -> list[str]:
        return [v for k, v in self.request.query if k == name]

    def q_int(
        self, name: str, default: int | None = None, *, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        text = self.q(name)
        if text is None or text == "":
            return default
        try:
            value = int(text)
        except ValueError:
            raise SimError.param_validation(self.operation, f"{name} must be an integer") from None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise SimError.param_validation(self.operation, f"{name} must be between {minimum} and {maximum}")
        return value

    def json(self) -> Any:
        raw = self.request.body
        if not raw:
            return {}
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise SimError.bad_json(f"invalid JSON body: {exc}") from None


Handler = Callable[[Ctx], tuple[int, Any]]


def encode_cursor(kind: str, index: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([kind, index]).encode()).decode().rstrip("=")


def decode_cursor(kind: str, cursor: str | None) -> int | None:
    """The position a cursor points at; a garbage cursor reads as the start (as the wire does)."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got_kind, index = json.loads(raw)
    except (ValueError, TypeError):
        return None
    return index if got_kind == kind and isinstance(index, int) and index >= 0 else None


def page(
    items: Sequence[Any], kind: str, ctx: Ctx, *, default: int = 100, maximum: int = 1000, minimum: int = 1
) -> tuple[list[Any], str]:
    """One page of ``items`` (already in listing order) and the next cursor (``""`` on the last)."""
    limit = ctx.q_int("limit", default, minimum=minimum, maximum=maximum) or default
    start = decode_cursor(kind, ctx.q("cursor")) or 0
    chunk = list(items[start : start + limit])
    nxt = start + limit
    return chunk, (encode_cursor(kind, nxt) if nxt < len(items) else "")


class RestApp:
    """Dispatch for ``/trade-api/v2``; ``routes`` maps operationId to handler."""

    def __init__(self, sim: Simulator, routes: dict[str, Handler]) -> None:
        self.sim = sim
        self.routes = routes

    def handle(self, request: Request) -> Response:
        found: list[str] = []
        try:
            status, body, headers = self._dispatch(request, found)
        except SimError as err:
            status, body, headers = err.status, err.body(), dict(err.headers)
        if self.sim.profile == "quirks" and status < 300 and found:
            body = quirk(found[0], body)
        data = b"" if body is None else json.dumps(body, separators=(",", ":")).encode()
        if body is not None:
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return Response(status, data, headers, found[0] if found else None)

    def _dispatch(self, request: Request, found_op: list[str]) -> tuple[int, Any, dict[str, str]]:
        path = request.raw_path
        if not path.startswith(PREFIX + "/"):
            raise SimError(404, "not_found", "404 page not found", shape="flat")
        sub = unquote(path[len(PREFIX) :])
        found = resolve(request.method, sub)
        if found is None:
            if path_exists(sub):
                raise SimError(405, "method_not_allowed", "method not allowed", shape="flat")
            raise SimError(404, "not_found", "404 page not found", shape="flat")
        operation, coverage, params = found
        found_op.append(operation)
        sim = self.sim
        with sim.lock:
            sim.faults.before(operation, request)
            key = None
            signed = any(h in request.headers for h in ("kalshi-access-key", "kalshi-access-signature"))
            if signed or not sub.startswith(PUBLIC_PREFIXES):
                key = sim.keys.authenticate(request.method, path, request.headers)
            if coverage == "unsupported":
                err = SimError.unsupported(operation)
                return err.status, err.body(), dict(err.headers)
            handler = self.routes[operation]
            ctx = Ctx(sim, operation, params, request, key)
            if sim.rate_limiter is not None and key is not None:
                body = ctx.json() if operation in ("BatchCreateOrdersV2", "BatchCancelOrdersV2") else None
                sim.rate_limiter.charge(key.user_id, operation, request.method, body)
            status, body = handler(ctx)
            sim.after_request(operation, request.method)
            status, body = sim.faults.after(operation, request, status, body)
            return status, body, {}
