"""WebSocket hosts per API and environment, and URL validation (the WS twin of
:mod:`kalshi_ext._environments`, with the same rule: the signed handshake only goes to a
known Kalshi host unless ``allow_custom_host=True``; plain ``ws://`` only to loopback)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from .._environments import LOOPBACK_HOSTS, PERPS, PREDICTION, EnvironmentName
from .._errors import KalshiConfigurationError


@dataclass(frozen=True, slots=True)
class WsHosts:
    """The WebSocket endpoints of one API."""

    label: str
    path: str
    production_url: str
    demo_url: str
    production_hosts: frozenset[str]
    demo_hosts: frozenset[str]


def _url(value: str | None) -> str:
    assert value is not None  # both APIs define their WebSocket URLs
    return value


# Defaults come from kalshi_ext._environments so demo=True flips REST and WS together. The
# prediction spec's `servers` names external-api-ws.kalshi.com; Kalshi's docs use
# api.elections.kalshi.com (the REST host). Both are accepted as production.
PREDICTION_WS = WsHosts(
    label="prediction WebSocket API",
    path="/trade-api/ws/v2",
    production_url=_url(PREDICTION.production.ws_url),
    demo_url=_url(PREDICTION.demo.ws_url),
    production_hosts=frozenset({"api.elections.kalshi.com", "external-api-ws.kalshi.com"}),
    demo_hosts=frozenset({"demo-api.kalshi.co"}),
)

PERPS_WS = WsHosts(
    label="perps WebSocket API",
    path="/trade-api/ws/v2/margin",
    production_url=_url(PERPS.production.ws_url),
    demo_url=_url(PERPS.demo.ws_url),
    production_hosts=frozenset({"external-api-margin-ws.kalshi.com"}),
    demo_hosts=frozenset({"external-api-margin-ws.demo.kalshi.co"}),
)


@dataclass(frozen=True, slots=True)
class ResolvedWsUrl:
    """Where a client connects, and the path its handshake signs."""

    url: str
    environment: EnvironmentName
    path: str


def resolve_ws_url(hosts: WsHosts, *, demo: bool, url: str | None, allow_custom_host: bool) -> ResolvedWsUrl:
    """Pick and validate the WebSocket URL.

    Raises:
        KalshiConfigurationError: not a ws(s) URL; credentials or a fragment in it; ``ws://`` to a
            non-loopback host; a Kalshi host with the wrong path; a production host with
            ``demo=True``; an unknown host without ``allow_custom_host``.
    """
    if url is None:
        chosen = hosts.demo_url if demo else hosts.production_url
        env: Literal["production", "demo"] = "demo" if demo else "production"
        return ResolvedWsUrl(chosen, env, hosts.path)
    if not isinstance(url, str):
        raise KalshiConfigurationError(f"url must be a str, not {type(url).__name__}")
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        raise KalshiConfigurationError("url is not a valid URL") from None
    if parts.scheme not in ("ws", "wss") or not host:
        raise KalshiConfigurationError("url must be an absolute ws(s) URL such as wss://host/trade-api/ws/v2")
    if parts.username is not None or parts.password is not None:
        raise KalshiConfigurationError("url must not contain credentials (user:password@)")
    if parts.fragment:
        raise KalshiConfigurationError("url must not contain a fragment")
    path = parts.path.rstrip("/") or "/"
    normalised = f"{parts.scheme}://{parts.netloc.lower()}{parts.path.rstrip('/')}"
    if parts.query:
        normalised += f"?{parts.query}"

    known_port = port in (None, 443)
    is_production = host in hosts.production_hosts and known_port
    is_demo = host in hosts.demo_hosts and known_port
    if is_production or is_demo:
        if parts.scheme != "wss":
            raise KalshiConfigurationError(f"Kalshi WebSocket hosts are wss only; got a ws URL for {host}")
        if path != hosts.path:
            raise KalshiConfigurationError(f"the {hosts.label} lives at {hosts.path} on {host}; url has path {path!r}")
        if demo and is_production:
            raise KalshiConfigurationError(
                f"demo=True but url points at the production host {host}; drop one of the two"
            )
        return ResolvedWsUrl(normalised, "production" if is_production else "demo", path)
    if not allow_custom_host:
        raise KalshiConfigurationError(
            f"url host {host!r} is not a known {hosts.label} host; the signed handshake only goes to Kalshi's "
            "hosts unless you pass allow_custom_host=True (needed for proxies and local test servers, "
            "loopback included)"
        )
    if parts.scheme == "ws" and host not in LOOPBACK_HOSTS:
        raise KalshiConfigurationError("plain ws:// is only allowed for loopback hosts; use wss://")
    return ResolvedWsUrl(normalised, "custom", path)
