"""Merging ``from_env`` keyword options with what the environment provided."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import KalshiConfigurationError
from ._validate import check_bool

if TYPE_CHECKING:
    from ._config import HostEnv
    from ._environments import ApiSpec, ResolvedEndpoint

_CREDENTIAL_OPTIONS = frozenset(
    {"key_id", "private_key", "private_key_path", "private_key_passphrase", "admin_user_id", "access_token"}
)


def env_client_options(options: dict[str, Any], demo: bool | None, env_demo: bool | None) -> dict[str, Any]:
    """Return constructor keywords: ``options`` plus the resolved ``demo`` flag.

    An explicit ``demo`` argument wins over the environment's ``*_DEMO`` variable.

    Raises:
        KalshiConfigurationError: credentials passed as options (from_env reads them from the
            environment; pass them to the constructor instead), or a non-bool ``demo``.
    """
    clash = sorted(_CREDENTIAL_OPTIONS.intersection(options))
    if clash:
        raise KalshiConfigurationError(
            f"from_env() reads credentials from the environment; pass {', '.join(clash)} to the constructor instead"
        )
    if demo is not None:
        check_bool("demo", demo)
    resolved = demo if demo is not None else (env_demo if env_demo is not None else False)
    return {**options, "demo": resolved}


def apply_host_env(api: ApiSpec, kwargs: dict[str, Any], hosts: HostEnv) -> dict[str, Any]:
    """``kwargs`` with the base URL from the environment, checked now so the error names the variable.

    An explicit ``base_url=`` option wins over the variable (and then the variable is not used).

    Raises:
        KalshiConfigurationError: the variable's URL is refused (a host that is not Kalshi's
            without ``..._ALLOW_UNKNOWN_HOST``, a production host with demo, plain http...).
    """
    if hosts.base_url is None or kwargs.get("base_url") is not None:
        return kwargs
    allow = bool(kwargs.get("allow_custom_host", False)) or hosts.allow_unknown_host
    check_env_base_url(api, hosts, demo=bool(kwargs.get("demo")), allow_custom_host=allow)
    return {**kwargs, "base_url": hosts.base_url, "allow_custom_host": allow}


def check_env_base_url(api: ApiSpec, hosts: HostEnv, *, demo: bool, allow_custom_host: bool) -> ResolvedEndpoint:
    """Validate the base-URL variable of ``hosts`` (which must be set) as ``base_url=`` would be.

    ``allow_custom_host`` is the caller's option; the ``..._ALLOW_UNKNOWN_HOST`` variable is added to it.

    Raises:
        KalshiConfigurationError: the URL is refused; the message starts with the variable's name.
    """
    from ._environments import resolve_base_url

    assert hosts.base_url is not None
    allow = allow_custom_host or hosts.allow_unknown_host
    try:
        return resolve_base_url(api, demo=demo, base_url=hosts.base_url, allow_custom_host=allow)
    except KalshiConfigurationError as exc:
        raise KalshiConfigurationError(f"{hosts.base_url_var}: {exc}{allow_hint(hosts, allow)}") from None


def allow_hint(hosts: HostEnv, allowed: bool) -> str:
    """The tail of a refused-URL message: how to opt in (nothing when already allowed)."""
    return "" if allowed else f"; set {hosts.allow_var}=1 if this host is meant"
