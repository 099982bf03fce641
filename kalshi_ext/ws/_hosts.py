"""WebSocket hosts per API and environment, and URL validation (the WS twin of
:mod:`kalshi_ext._environments`, with the same rule: the signed handshake only goes to a
known Kalshi host unless ``allow_custom_host=True``; plain ``ws://`` only to loopback)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .._environments import PERPS, PREDICTION
from .._urls import EnvironmentName, UrlRules, check_url


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
    rules = UrlRules(
        label=hosts.label,
        argument="url",
        path=hosts.path,
        production_hosts=hosts.production_hosts,
        demo_hosts=hosts.demo_hosts,
        secure_scheme="wss",
        plain_scheme="ws",
        allow_query=True,
        example=f"wss://host{hosts.path}",
    )
    checked = check_url(rules, url, demo=demo, allow_custom_host=allow_custom_host)
    return ResolvedWsUrl(checked.url, checked.environment, checked.path or "/")
