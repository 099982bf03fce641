"""Where a command goes (production, demo, a custom host, the simulator) and with which key.

Credentials come from the environment exactly as ``KalshiClient.from_env()`` reads them.
Production is the default target of the API, as in the SDK; commands that trade refuse it
unless ``--prod`` is given or ``KALSHI_CLI_PROD=1`` is set, so a demo habit never moves real
money by accident. A ``--base-url`` host that is not Kalshi's needs ``--allow-custom-host``
(the SDK's custom-host rule): signed requests never go to a typo.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from ._keys import UsageError

if TYPE_CHECKING:
    from kalshi_ext import KalshiClient, PerpsClient

PROD_ENV = "KALSHI_CLI_PROD"
_TRUE = frozenset({"1", "true", "yes", "on"})


def add_target_options(parser: argparse.ArgumentParser, *, sim: bool = True) -> None:
    """The connection and output options every API command takes."""
    group = parser.add_argument_group("target")
    group.add_argument("--demo", action="store_true", help="use Kalshi's demo environment (default: KALSHI_DEMO)")
    group.add_argument(
        "--prod",
        action="store_true",
        help=f"allow commands that trade to act on production (or set {PROD_ENV}=1)",
    )
    if sim:
        group.add_argument(
            "--sim", action="store_true", help="run against an offline simulator started for this command"
        )
        group.add_argument(
            "--sim-speed",
            type=float,
            default=1.0,
            metavar="X",
            help="with --sim, streaming commands: simulated seconds per wall-clock second (default 1)",
        )
    group.add_argument("--base-url", metavar="URL", help="another REST base URL (a proxy, a local simulator)")
    group.add_argument("--ws-url", metavar="URL", help="the WebSocket URL to use with --base-url")
    group.add_argument(
        "--allow-custom-host", action="store_true", help="allow a --base-url host that is not one of Kalshi's"
    )
    group.add_argument("--timeout", type=float, metavar="SECONDS", help="per-request timeout (default 10)")
    output = parser.add_argument_group("output")
    output.add_argument("--json", action="store_true", help="print JSON (one document; JSON lines for streams)")
    output.add_argument("--utc", action="store_true", help="show times in UTC instead of the local time zone")


def production_allowed(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "prod", False)) or os.environ.get(PROD_ENV, "").strip().lower() in _TRUE


def _check(args: argparse.Namespace) -> None:
    if args.demo and args.prod:
        raise UsageError("--demo and --prod contradict each other")
    if getattr(args, "sim", False) and (args.base_url or args.demo or args.prod):
        raise UsageError("--sim runs against its own simulator: --base-url, --demo and --prod do not apply")
    if getattr(args, "sim_speed", 1.0) <= 0:
        raise UsageError("--sim-speed must be above 0")
    if args.ws_url and not args.base_url:
        raise UsageError("--ws-url goes with --base-url")


def _rest_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.base_url is not None:
        options["base_url"] = args.base_url
    if args.allow_custom_host:
        options["allow_custom_host"] = True
    if args.timeout is not None:
        options["timeout"] = args.timeout
    return options


@contextmanager
def trade_client(args: argparse.Namespace) -> Iterator[KalshiClient]:
    """The Trade API client the options describe (closed on exit).

    Raises:
        UsageError: contradictory options.
        KalshiConfigurationError: bad credentials in the environment, a bad URL or host.
    """
    _check(args)
    if getattr(args, "sim", False):
        from ._simtarget import sim_trade_client

        with sim_trade_client(args) as client:
            yield client
        return
    from kalshi_ext import KalshiClient

    client = KalshiClient.from_env(demo=True if args.demo else None, **_rest_options(args))
    try:
        yield client
    finally:
        client.close()


@contextmanager
def perps_client(args: argparse.Namespace) -> Iterator[PerpsClient]:
    """The Perps API client the options describe (closed on exit).

    Raises:
        UsageError: contradictory options.
        KalshiConfigurationError: bad credentials in the environment, a bad URL or host.
    """
    _check(args)
    from kalshi_ext import PerpsClient

    client = PerpsClient.from_env(demo=True if args.demo else None, **_rest_options(args))
    try:
        yield client
    finally:
        client.close()


@contextmanager
def streaming_target(args: argparse.Namespace) -> Iterator[tuple[KalshiClient, str | None]]:
    """A Trade client and the WebSocket URL to use with it (None: the client's own environment).

    Raises:
        UsageError: contradictory options.
        KalshiConfigurationError: bad credentials in the environment, a bad URL or host.
    """
    _check(args)
    if getattr(args, "sim", False):
        from ._simtarget import sim_served

        with sim_served(args) as (client, url):
            yield client, url
        return
    with trade_client(args) as client:
        yield client, ws_url_for(args, client.base_url)


def ws_url_for(args: argparse.Namespace, rest_base_url: str) -> str | None:
    """The WebSocket URL for a custom REST base URL (``--ws-url``, else derived), None for Kalshi's hosts."""
    if args.ws_url:
        return str(args.ws_url)
    if not args.base_url:
        return None
    # The simulator and most test servers serve both under one host: http -> ws, the API prefix -> its WS prefix.
    parts = urlsplit(rest_base_url)
    scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
    path = parts.path.rstrip("/")
    path = path[: -len("/trade-api/v2")] + "/trade-api/ws/v2" if path.endswith("/trade-api/v2") else path + "/ws"
    return urlunsplit((scheme, parts.netloc, path, "", ""))


def describe(client: Any) -> str:
    """``production (https://...)`` for confirmation prompts."""
    from ._simtarget import is_sim_client

    if is_sim_client(client):
        return "the offline simulator (--sim)"
    return f"{client.environment} ({client.base_url})"


def require_trading_allowed(args: argparse.Namespace, client: Any) -> None:
    """Refuse a trading command on production without ``--prod`` / ``KALSHI_CLI_PROD``.

    Raises:
        UsageError: the target is production and trading there was not asked for.
    """
    if client.environment == "production" and not production_allowed(args):
        raise UsageError(
            f"this command trades on production ({client.base_url}): pass --prod or set {PROD_ENV}=1 "
            "to act with real money, or --demo for the demo environment"
        )
