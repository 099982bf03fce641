"""The WebSocket URL variables (``KALSHI_WS_BASE_URL``, ``KALSHI_PERPS_WS_BASE_URL``), read by the
``from_env`` of the WebSocket clients and of the REST clients (for ``websocket()``).

Their rules are those of the REST base-URL variables: a host that is not Kalshi's needs the API's
``..._ALLOW_UNKNOWN_HOST`` (else ``from_env`` raises naming the variable), an explicit ``url=``
wins, and a variable that is set is never silently ignored: a WebSocket client built from an
environment whose REST base URL is not Kalshi's refuses to connect to Kalshi's WebSocket host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import KalshiConfigurationError
from .._options import allow_hint, check_env_base_url
from ._hosts import PERPS_WS, PREDICTION_WS, WsHosts, resolve_ws_url

if TYPE_CHECKING:
    from .._config import HostEnv
    from .._environments import ApiSpec

WS_HOSTS = {"trade": PREDICTION_WS, "perps": PERPS_WS}  # the keys of kalshi_ext._config.HOST_VARIABLES


def ws_url_options(hosts: WsHosts, found: HostEnv, *, demo: bool, allow_custom_host: bool) -> dict[str, Any]:
    """Constructor keywords (``url``, ``allow_custom_host``) for the WebSocket URL variable; ``{}`` unset.

    ``allow_custom_host`` is the caller's option; the ``..._ALLOW_UNKNOWN_HOST`` variable is added.

    Raises:
        KalshiConfigurationError: the URL is refused (see ``resolve_ws_url``); the message starts
            with the variable's name and says which allow variable opts in.
    """
    if found.ws_url is None:
        return {}
    allow = allow_custom_host or found.allow_unknown_host
    try:
        resolve_ws_url(hosts, demo=demo, url=found.ws_url, allow_custom_host=allow)
    except KalshiConfigurationError as exc:
        raise KalshiConfigurationError(f"{found.ws_url_var}: {exc}{allow_hint(found, allow)}") from None
    return {"url": found.ws_url, "allow_custom_host": allow}


def ws_env_options(hosts: WsHosts, rest_api: ApiSpec, found: HostEnv, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The WebSocket client's constructor keywords ``kwargs`` completed from the host variables.

    An explicit ``url=`` wins over every variable. Otherwise the WebSocket URL variable is used,
    and the REST base-URL variable of the same API is honoured too: a demo host there makes the
    client a demo one (as the REST client would be), and a host that is not Kalshi's requires the
    WebSocket URL variable, since Kalshi's WebSocket host is surely not what was meant.

    Raises:
        KalshiConfigurationError: a refused URL in either variable (named); a non-Kalshi REST
            base URL without the WebSocket URL variable (both named).
    """
    if kwargs.get("url") is not None:
        return kwargs
    demo = bool(kwargs.get("demo"))
    allow = bool(kwargs.get("allow_custom_host", False))
    rest_environment = None
    if found.base_url is not None:
        rest_environment = check_env_base_url(rest_api, found, demo=demo, allow_custom_host=allow).environment
        demo = demo or rest_environment == "demo"
    if found.ws_url is None and rest_environment == "custom":
        raise KalshiConfigurationError(
            f"{found.base_url_var} points at a host that is not Kalshi's, so the WebSocket would not go "
            f"to Kalshi's either: set {found.ws_url_var} to that server's WebSocket URL (or pass url=)"
        )
    return {**kwargs, "demo": demo, **ws_url_options(hosts, found, demo=demo, allow_custom_host=allow)}
