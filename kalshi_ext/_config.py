"""Reading configuration from environment variables (only ever called by ``from_env``).

Trade API: ``KALSHI_API_KEY_ID`` (or ``KALSHI_KEY_ID``), ``KALSHI_PRIVATE_KEY_PATH`` or
``KALSHI_PRIVATE_KEY`` (PEM text), ``KALSHI_PRIVATE_KEY_PASSPHRASE``, ``KALSHI_DEMO``.

Perps API: the same names with ``KALSHI_PERPS_`` first, falling back to ``KALSHI_``. The key
source (``PRIVATE_KEY`` / ``PRIVATE_KEY_PATH`` / ``PRIVATE_KEY_PASSPHRASE``) is taken as a unit
from the first prefix that defines ``PRIVATE_KEY`` or ``PRIVATE_KEY_PATH``, so a Perps key is
never decrypted with the Trade key's passphrase.

Klear API: ``KALSHI_KLEAR_ADMIN_USER_ID``, ``KALSHI_KLEAR_ACCESS_TOKEN``, ``KALSHI_KLEAR_DEMO``.

Hosts (kalshi-sdk's names): ``KALSHI_API_BASE_URL`` / ``KALSHI_PERPS_API_BASE_URL`` /
``KALSHI_KLEAR_API_BASE_URL`` replace the base URL; a host that is not Kalshi's also needs the
matching ``..._ALLOW_UNKNOWN_HOST`` (``KALSHI_ALLOW_UNKNOWN_HOST``, ``KALSHI_PERPS_...``,
``KALSHI_KLEAR_...``), else ``from_env`` raises: signed requests never go to a host by accident.
``KALSHI_WS_BASE_URL`` / ``KALSHI_PERPS_WS_BASE_URL`` are the WebSocket URLs (read by the WebSocket
clients' ``from_env`` and kept by the REST clients' ``from_env`` for ``websocket()``), under the same
allow variable as the API's base URL.

Error messages name variables, never their values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ._errors import KalshiConfigurationError

TRADE_PREFIXES = ("KALSHI_",)
PERPS_PREFIXES = ("KALSHI_PERPS_", "KALSHI_")
KLEAR_ADMIN_USER_ID = "KALSHI_KLEAR_ADMIN_USER_ID"
KLEAR_ACCESS_TOKEN = "KALSHI_KLEAR_ACCESS_TOKEN"  # noqa: S105 - a variable name, not a secret
KLEAR_DEMO = "KALSHI_KLEAR_DEMO"

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"", "0", "false", "no", "off"})


def parse_env_bool(name: str, value: str | None) -> bool | None:
    """``1/true/yes/on`` -> True, ``0/false/no/off``/empty -> False, unset -> None.

    Raises:
        KalshiConfigurationError: any other value.
    """
    if value is None:
        return None
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise KalshiConfigurationError(f"{name} must be one of 1/0, true/false, yes/no, on/off")


def _get(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    if value is None or not value.strip():
        return None
    return value


@dataclass(frozen=True, slots=True)
class SigningEnv:
    """API-key settings found in the environment (any may be missing)."""

    key_id: str | None
    private_key: str | None
    private_key_path: str | None
    passphrase: str | None
    demo: bool | None
    key_id_var: str | None  # which variable the key id came from, for messages

    @property
    def has_any_credential(self) -> bool:
        return bool(self.key_id or self.private_key or self.private_key_path)


def read_signing_env(env: Mapping[str, str], prefixes: tuple[str, ...]) -> SigningEnv:
    """Collect signing settings, trying each prefix in order.

    Raises:
        KalshiConfigurationError: both ``PRIVATE_KEY`` and ``PRIVATE_KEY_PATH`` under one
            prefix; an unparseable ``DEMO`` value.
    """
    key_id = key_id_var = None
    for prefix in prefixes:
        for name in (f"{prefix}API_KEY_ID", f"{prefix}KEY_ID"):
            value = _get(env, name)
            if value is not None:
                key_id, key_id_var = value.strip(), name
                break
        if key_id is not None:
            break

    private_key = private_key_path = passphrase = None
    for prefix in prefixes:
        pem = _get(env, f"{prefix}PRIVATE_KEY")
        path = _get(env, f"{prefix}PRIVATE_KEY_PATH")
        if pem is not None and path is not None:
            raise KalshiConfigurationError(
                f"both {prefix}PRIVATE_KEY and {prefix}PRIVATE_KEY_PATH are set; set only one"
            )
        if pem is not None or path is not None:
            from ._keys import normalise_env_pem

            private_key = normalise_env_pem(pem) if pem is not None else None
            private_key_path = path.strip() if path is not None else None
            passphrase = env.get(f"{prefix}PRIVATE_KEY_PASSPHRASE") or None
            break

    demo = None
    for prefix in prefixes:
        name = f"{prefix}DEMO"
        demo = parse_env_bool(name, env.get(name))
        if demo is not None:
            break
    return SigningEnv(key_id, private_key, private_key_path, passphrase, demo, key_id_var)


@dataclass(frozen=True, slots=True)
class KlearEnv:
    admin_user_id: str
    access_token: str
    demo: bool | None


def read_klear_env(env: Mapping[str, str]) -> KlearEnv:
    """Read the Klear Bearer credentials.

    Raises:
        KalshiConfigurationError: a missing variable (named in the message), a bad ``KALSHI_KLEAR_DEMO``.
    """
    admin_user_id = _get(env, KLEAR_ADMIN_USER_ID)
    access_token = _get(env, KLEAR_ACCESS_TOKEN)
    missing = [
        name for name, value in ((KLEAR_ADMIN_USER_ID, admin_user_id), (KLEAR_ACCESS_TOKEN, access_token)) if not value
    ]
    if missing or admin_user_id is None or access_token is None:
        raise KalshiConfigurationError(f"KlearClient.from_env() needs {' and '.join(missing)} to be set")
    return KlearEnv(admin_user_id.strip(), access_token.strip(), parse_env_bool(KLEAR_DEMO, env.get(KLEAR_DEMO)))


@dataclass(frozen=True, slots=True)
class HostEnv:
    """Base-URL settings found in the environment; ``*_var`` name the variables, for messages."""

    base_url: str | None
    base_url_var: str
    allow_unknown_host: bool
    allow_var: str
    ws_url: str | None = None
    ws_url_var: str | None = None


# API -> (base URL variable, allow variable, WebSocket URL variable)
HOST_VARIABLES = {
    "trade": ("KALSHI_API_BASE_URL", "KALSHI_ALLOW_UNKNOWN_HOST", "KALSHI_WS_BASE_URL"),
    "perps": ("KALSHI_PERPS_API_BASE_URL", "KALSHI_PERPS_ALLOW_UNKNOWN_HOST", "KALSHI_PERPS_WS_BASE_URL"),
    "klear": ("KALSHI_KLEAR_API_BASE_URL", "KALSHI_KLEAR_ALLOW_UNKNOWN_HOST", None),
}


def read_host_env(env: Mapping[str, str], api: str | None) -> HostEnv:
    """The base-URL override variables of ``api`` (``trade``, ``perps`` or ``klear``; None: none).

    Raises:
        KalshiConfigurationError: an ``..._ALLOW_UNKNOWN_HOST`` value that is not a boolean.
    """
    if api is None:
        return HostEnv(None, "", False, "")
    url_var, allow_var, ws_var = HOST_VARIABLES[api]
    base_url = _get(env, url_var)
    ws_url = _get(env, ws_var) if ws_var else None
    allow = parse_env_bool(allow_var, env.get(allow_var)) or False
    return HostEnv(
        base_url.strip() if base_url else None,
        url_var,
        allow,
        allow_var,
        ws_url.strip() if ws_url else None,
        ws_var,
    )
