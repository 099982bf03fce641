"""Client options checked once, before anything connects (pure): session, endpoint, logon fields."""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from typing import Any

from .._signing import RequestSigner
from ._codec import Value
from ._errors import FixConfigurationError
from ._hosts import (
    PRODUCT_SESSIONS,
    SESSIONS,
    Endpoint,
    Product,
    ResetRule,
    SessionType,
    default_reset_rule,
    resolve_endpoint,
)
from ._store import DEFAULT_RETENTION_S, FixStore, MemoryStore, SqliteStore


@dataclass(frozen=True, slots=True)
class ReconnectPolicy:
    """Reconnect after a lost connection: ``max_attempts`` tries (0: never), exponential backoff.

    A refused logon (bad signature, a second connection for the key) never reconnects.
    """

    max_attempts: int = 10
    initial_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_delay, self.initial_delay * (2 ** max(0, attempt - 1))))


@dataclass(frozen=True, slots=True)
class ClientOptions:
    session: SessionType
    product: Product
    endpoint: Endpoint
    signer: RequestSigner
    ssl_context: ssl.SSLContext
    heartbeat_interval: int
    reconnect: ReconnectPolicy
    store: FixStore
    reset_rule: ResetRule
    retention_s: float
    use_dollars: bool
    logon_fields: tuple[tuple[int, Value], ...]


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise FixConfigurationError(f"{name} must be a bool")
    return value


def build_options(  # noqa: PLR0915 - one flat list of checks reads best
    session: str,
    *,
    signer: RequestSigner | None,
    key_id: str | None,
    private_key: Any,
    private_key_path: str | os.PathLike[str] | None,
    private_key_passphrase: str | bytes | None,
    product: Product,
    demo: bool,
    host: str | None,
    port: int | None,
    allow_custom_host: bool,
    ssl_context: ssl.SSLContext | None,
    cafile: str | os.PathLike[str] | None,
    heartbeat_interval: int,
    reconnect: bool | ReconnectPolicy,
    store: FixStore | str | os.PathLike[str] | None,
    reset_rule: ResetRule | None,
    retention_s: float,
    use_dollars: bool | None,
    cancel_on_disconnect: bool,
    listener_session: bool,
    skip_pending_exec_reports: bool,
    receive_settlement_reports: bool | None,
    logon_options: dict[int, Value] | None,
) -> ClientOptions:
    """Raises FixConfigurationError (or KalshiConfigurationError for key problems) on any bad value."""
    if product not in PRODUCT_SESSIONS:
        raise FixConfigurationError("product must be 'prediction' or 'perps'")
    name = session.upper().removeprefix("KALSHI") if isinstance(session, str) else ""
    if name not in PRODUCT_SESSIONS[product]:
        raise FixConfigurationError(
            f"session must be one of {', '.join(sorted(PRODUCT_SESSIONS[product]))} for {product}, not {session!r}"
        )
    kind = SESSIONS[name]
    if signer is None:
        if key_id is None or (private_key is None and private_key_path is None):
            raise FixConfigurationError("pass key_id with private_key or private_key_path (or signer=)")
        signer = RequestSigner.from_key(
            key_id=key_id,
            private_key=private_key,
            private_key_path=private_key_path,
            private_key_passphrase=private_key_passphrase,
        )
    elif key_id is not None or private_key is not None or private_key_path is not None:
        raise FixConfigurationError("pass either signer= or key_id/private_key, not both")
    endpoint = resolve_endpoint(
        product, kind, demo=_flag("demo", demo), host=host, port=port, allow_custom_host=allow_custom_host
    )
    if ssl_context is not None and cafile is not None:
        raise FixConfigurationError("pass ssl_context or cafile, not both")
    if ssl_context is None:
        try:
            ssl_context = ssl.create_default_context(cafile=None if cafile is None else os.fspath(cafile))
        except (OSError, ssl.SSLError) as exc:
            raise FixConfigurationError(f"cannot load cafile: {exc}") from exc
        ssl_context.minimum_version = ssl.TLSVersion.TLSv1_2
    if (
        isinstance(heartbeat_interval, bool)
        or not isinstance(heartbeat_interval, int)
        or not 3 < heartbeat_interval <= 300
    ):
        raise FixConfigurationError("heartbeat_interval must be an int of seconds, 4..300 (Kalshi wants more than 3)")
    if isinstance(reconnect, bool):
        reconnect = ReconnectPolicy() if reconnect else ReconnectPolicy(max_attempts=0)
    elif not isinstance(reconnect, ReconnectPolicy):
        raise FixConfigurationError("reconnect must be a bool or a ReconnectPolicy")
    if store is None:
        store = MemoryStore()
    elif isinstance(store, (str, os.PathLike)):
        store = SqliteStore(store)
    if use_dollars is None:
        use_dollars = True
    if product == "perps" and not use_dollars:
        raise FixConfigurationError("perps FIX sessions always price in dollars; use_dollars=False is not possible")
    fields: list[tuple[int, Value]] = []
    if _flag("cancel_on_disconnect", cancel_on_disconnect):
        fields.append((8013, True))
    if _flag("listener_session", listener_session):
        if name not in ("NR", "RT") or not skip_pending_exec_reports:
            raise FixConfigurationError("listener_session is for NR/RT and needs skip_pending_exec_reports=True")
        fields.append((20126, True))
    if _flag("skip_pending_exec_reports", skip_pending_exec_reports):
        fields.append((21011, True))
    if receive_settlement_reports is not None:
        fields.append((20127, _flag("receive_settlement_reports", receive_settlement_reports)))
    if product == "prediction" and name not in ("MD",):
        fields.append((21005, use_dollars))
    for tag, value in (logon_options or {}).items():
        if tag in (34, 35, 49, 52, 56, 95, 96, 98, 108, 141, 1137):
            raise FixConfigurationError(f"logon tag {tag} is set by the session, not by logon_options")
        fields.append((tag, value))
    if not isinstance(retention_s, (int, float)) or retention_s <= 0:
        raise FixConfigurationError("retention must be a positive number of seconds")
    return ClientOptions(
        session=kind,
        product=product,
        endpoint=endpoint,
        signer=signer,
        ssl_context=ssl_context,
        heartbeat_interval=heartbeat_interval,
        reconnect=reconnect,
        store=store,
        reset_rule=reset_rule or default_reset_rule(kind),
        retention_s=float(retention_s),
        use_dollars=use_dollars,
        logon_fields=tuple(fields),
    )


def options_from_rest_client(client: Any, options: dict[str, Any]) -> dict[str, Any]:
    """The FIX client keywords taken from a REST client: its signer, environment and product.

    Raises:
        KalshiConfigurationError: credentials, ``demo`` or ``product`` in ``options``; an
            unauthenticated client; a client with a custom ``base_url`` and no ``host``.
    """
    from .._errors import KalshiConfigurationError

    clash = sorted({"demo", "key_id", "private_key", "private_key_path", "signer", "product"} & set(options))
    if clash:
        raise KalshiConfigurationError(f"{', '.join(clash)} come from the REST client; do not pass them")
    signer = getattr(client, "signer", None)
    if signer is None:
        raise KalshiConfigurationError("FIX needs an authenticated REST client (key id and private key)")
    environment = client.environment
    if environment == "custom" and "host" not in options:
        raise KalshiConfigurationError("the REST client uses a custom base_url; pass host=... for FIX")
    api = getattr(type(client), "_API", None)
    product: Product = "perps" if getattr(api, "package", "") == "kalshi_perps_api" else "prediction"
    return {**options, "signer": signer, "demo": environment == "demo", "product": product}


DEFAULT_RETENTION = DEFAULT_RETENTION_S
