"""Validation of a user-supplied REST base URL or WebSocket URL (one rule set for both).

Signed requests must never go to a typo: a URL is accepted when it is one of Kalshi's hosts for the
API (secure scheme, the API's exact path, and not production when ``demo=True``), or any other host
when the caller opted in with ``allow_custom_host``; the plain scheme (``http``/``ws``) only reaches
loopback hosts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from ._errors import KalshiConfigurationError

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
EnvironmentName = Literal["production", "demo", "custom"]


@dataclass(frozen=True, slots=True)
class UrlRules:
    """What one API accepts: its hosts, path and schemes, and how messages name things."""

    label: str  # "Trade API v2", "prediction WebSocket API"...
    argument: str  # "base_url" or "url", as the user typed it
    path: str
    production_hosts: frozenset[str]
    demo_hosts: frozenset[str]
    secure_scheme: str  # "https" / "wss"
    plain_scheme: str  # "http" / "ws"
    allow_query: bool = False
    example: str = ""


@dataclass(frozen=True, slots=True)
class CheckedUrl:
    url: str  # normalised: lower-case host, no trailing slash
    environment: EnvironmentName
    path: str


def check_url(rules: UrlRules, url: object, *, demo: bool, allow_custom_host: bool) -> CheckedUrl:
    """Validate ``url`` against ``rules``.

    Raises:
        KalshiConfigurationError: not a str or not an absolute URL of the two schemes; credentials,
            a fragment (or a query where not allowed) in it; a Kalshi host with the plain scheme or
            the wrong path; a production host with ``demo=True``; an unknown host without
            ``allow_custom_host``; the plain scheme to a non-loopback host. Messages never echo
            the URL (it may carry credentials).
    """
    name = rules.argument
    if not isinstance(url, str):
        raise KalshiConfigurationError(f"{name} must be a str, not {type(url).__name__}")
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        raise KalshiConfigurationError(f"{name} is not a valid URL") from None
    schemes = (rules.plain_scheme, rules.secure_scheme)
    if parts.scheme not in schemes or not host:
        raise KalshiConfigurationError(
            f"{name} must be an absolute {rules.plain_scheme}(s) URL such as {rules.example}"
        )
    if parts.username is not None or parts.password is not None:
        raise KalshiConfigurationError(f"{name} must not contain credentials (user:password@)")
    if parts.fragment or (parts.query and not rules.allow_query):
        raise KalshiConfigurationError(
            f"{name} must not contain a fragment" + ("" if rules.allow_query else " or a query string")
        )
    path = parts.path.rstrip("/")
    normalised = f"{parts.scheme}://{parts.netloc.lower()}{path}" + (f"?{parts.query}" if parts.query else "")

    known_port = port in (None, 443)
    is_production = host in rules.production_hosts and known_port
    is_demo = host in rules.demo_hosts and known_port
    if is_production or is_demo:
        if parts.scheme != rules.secure_scheme:
            raise KalshiConfigurationError(
                f"Kalshi hosts are {rules.secure_scheme} only; got a {parts.scheme} URL for {host}"
            )
        if path != rules.path:
            raise KalshiConfigurationError(
                f"the {rules.label} lives under {rules.path} on {host}; {name} has path {path or '/'!r}"
            )
        if demo and is_production:
            raise KalshiConfigurationError(
                f"demo=True but {name} points at the production host {host}; drop one of the two"
            )
        return CheckedUrl(normalised, "production" if is_production else "demo", path)
    if not allow_custom_host:
        raise KalshiConfigurationError(
            f"{name} host {host!r} is not a known {rules.label} host; signed requests only go to Kalshi's "
            "hosts unless you pass allow_custom_host=True (needed for proxies and local test servers, "
            "loopback included)"
        )
    if parts.scheme == rules.plain_scheme and host not in LOOPBACK_HOSTS:
        raise KalshiConfigurationError(
            f"plain {rules.plain_scheme} is only allowed for loopback hosts; use {rules.secure_scheme}"
        )
    return CheckedUrl(normalised, "custom", path or "/")
