"""Turn an HTTP error response into a :class:`~kalshi_ext.KalshiAPIError` (pure; no httpx).

Two body shapes are accepted: ``{"error": {"code", "message", "details", "service"}}`` (what the
live API sends) and the specs' flat ``{"code", "message", "details", "service"}``. Anything else
(HTML from a gateway, empty bodies) yields a short, whitespace-collapsed excerpt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import KalshiAPIError, RateLimitedError, error_class_for_status
from ._secrets import scrub, scrub_deep

# Headers that carry a request id, most specific first. Kalshi has not documented one; these
# are the names its CDN and load balancers are known to use, so support can trace a failure.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-cf-id", "cf-ray")

# A signed request carries a millisecond timestamp that Kalshi checks against its own clock.
# The Date header has one-second resolution and the answer takes time to arrive, so a few
# seconds of apparent skew are noise; five seconds is beyond that noise and well inside any
# plausible server tolerance, so warning at five points at the cause before it bites harder.
CLOCK_SKEW_THRESHOLD_S = 5.0

_EXCERPT_CHARS = 200
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _maybe_applied(status: int) -> bool:
    """Whether a write answered ``status`` may still have been processed. 501 Not Implemented (the
    simulator's ``not_supported_in_simulator``) says the server has no such operation: final."""
    return status == 408 or (status >= 500 and status != 501)


@dataclass(frozen=True, slots=True)
class ErrorContext:
    """What the transport knows about the request beyond the response itself."""

    method: str
    path: str
    has_credentials: bool = True
    environment: str = "production"
    now: float | None = None  # local wall clock (epoch seconds) when the answer arrived
    secrets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ErrorBody:
    code: str | None
    message: str | None
    details: Any
    service: str | None


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "…"


def _opt_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def parse_error_body(body: bytes) -> ErrorBody:
    """Extract Kalshi's error fields from a response body of either documented shape."""
    try:
        data = json.loads(body) if body else None
    except ValueError:
        text = body.decode("utf-8", errors="replace")
        return ErrorBody(None, _excerpt(text) or None, None, None)
    if not isinstance(data, dict):
        return ErrorBody(None, _excerpt(str(data)) if data is not None else None, None, None)
    source: Mapping[str, Any] = data
    nested = data.get("error")
    if isinstance(nested, dict):
        source = nested
    elif isinstance(nested, str) and "message" not in data:
        # {"error": "some text"}: seen from gateways in front of the API.
        return ErrorBody(_opt_str(data.get("code")), nested, data.get("details"), _opt_str(data.get("service")))
    message = source.get("message", source.get("msg"))
    return ErrorBody(
        code=_opt_str(source.get("code")),
        message=_excerpt(message) if isinstance(message, str) else _opt_str(message),
        details=source.get("details"),
        service=_opt_str(source.get("service")),
    )


def find_request_id(headers: Mapping[str, str]) -> str | None:
    """Return the first request-id-like header value (``headers`` keys must be lower-case)."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def clock_skew_seconds(date_header: str | None, now: float | None) -> float | None:
    """Local clock minus the server's ``Date`` (seconds), or None if either is unknown."""
    if not date_header or now is None:
        return None
    from email.utils import parsedate_to_datetime

    try:
        server = parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError):
        return None
    if server.tzinfo is None:
        return None
    return now - server.timestamp()


def _mentions_not_found(*values: Any) -> bool:
    for value in values:
        if value is None:
            continue
        normalised = re.sub(r"[\s\-]+", "_", str(value).upper())
        if "NOT_FOUND" in normalised or "NOTFOUND" in normalised:
            return True
    return False


def _hints(status: int, body: ErrorBody, headers: Mapping[str, str], ctx: ErrorContext) -> list[str]:
    hints: list[str] = []
    if status == 401:
        if not ctx.has_credentials:
            hints.append("this client has no credentials: the endpoint needs an API key (or Klear token)")
        elif _mentions_not_found(body.code, body.details, body.message):
            other = "production" if ctx.environment == "demo" else "demo"
            hints.append(
                f"Kalshi did not find this API key in the {ctx.environment} environment; "
                f"keys are per environment, so this is usually a {other} key (check demo=...)"
            )
        skew = clock_skew_seconds(headers.get("date"), ctx.now)
        if skew is not None and abs(skew) > CLOCK_SKEW_THRESHOLD_S:
            direction = "ahead of" if skew > 0 else "behind"
            hints.append(
                f"the local clock is about {abs(skew):.0f} s {direction} the server's Date header; "
                "signatures are timestamped, so synchronise the clock (NTP)"
            )
    if ctx.method.upper() not in _SAFE_METHODS and _maybe_applied(status):
        hints.append(
            "the write may have been processed: look it up (for orders, by client_order_id) before sending it again"
        )
    return hints


def api_error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    ctx: ErrorContext,
    *,
    reason: str | None = None,
    retry_after: float | None = None,
) -> KalshiAPIError:
    """Build the typed error for an error response.

    ``headers`` must have lower-case keys. Secrets listed in ``ctx.secrets`` (the credentials and
    the signatures the request carried) are scrubbed from everything kept on the error (message,
    code, nested details, service, request id), in case a server echoes them.
    """
    parsed = parse_error_body(body)
    secrets = ctx.secrets
    reason = scrub(reason, secrets) if reason else None
    message = scrub(parsed.message or "", secrets) or (reason or "error")
    details = scrub_deep(parsed.details, secrets)  # nested dicts and lists too
    code = scrub(parsed.code, secrets) if parsed.code else None
    service = scrub(parsed.service, secrets) if parsed.service else None
    request_id = find_request_id(headers)
    request_id = scrub(request_id, secrets) if request_id else None
    hints = tuple(_hints(status, parsed, headers, ctx))

    head = f"{status} {reason}" if reason else str(status)
    parts = [f"{head}: {code}: {message}" if code else f"{head}: {message}"]
    if isinstance(details, str) and details and details != message:
        parts.append(f"details: {_excerpt(details)}")
    parts.append(f"request: {ctx.method.upper()} {ctx.path}")
    if request_id:
        parts.append(f"request id: {request_id}")
    summary = " | ".join(parts)
    if hints:
        summary += "".join(f"\n  hint: {hint}" for hint in hints)

    error = error_class_for_status(status)(
        status=status,
        message=message,
        code=code,
        details=details,
        service=service,
        request_id=request_id,
        method=ctx.method.upper(),
        path=ctx.path,
        hints=hints,
        outcome_unknown=ctx.method.upper() not in _SAFE_METHODS and _maybe_applied(status),
        summary=summary,
    )
    if isinstance(error, RateLimitedError):
        error.retry_after = retry_after
    return error


def lower_headers(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-case header names (first value wins) so lookups are case-insensitive."""
    out: dict[str, str] = {}
    for key, value in items:
        out.setdefault(key.lower(), value)
    return out
