"""Opening one WebSocket connection: lazy import of ``websockets``, the signed handshake, and
mapping of handshake failures to :mod:`kalshi_ext.ws` errors.

``websockets`` is an optional dependency (``kalshi-ext[ws]``); it is imported here, on first
connect, so ``import kalshi_ext`` and ``import kalshi_ext.ws`` never need it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._errors import EXTRA_HINT, WebSocketConnectionError, WebSocketDependencyError, WebSocketTimeoutError

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

    from .._signing import RequestSigner

SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE"
REDACTED = "<redacted>"


def import_websockets() -> Any:
    """Import and return the ``websockets`` package.

    Raises:
        WebSocketDependencyError: it is not installed (the message names the extra).
    """
    try:
        import websockets
        import websockets.asyncio.client
    except ImportError as exc:
        raise WebSocketDependencyError(f"the WebSocket clients need the 'websockets' package; {EXTRA_HINT}") from exc
    return websockets


class _RedactingAdapter(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets logs handshake headers at DEBUG; keep the signature out of log records."""

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if len(args) >= 2 and isinstance(args[0], str) and args[0].lower() == SIGNATURE_HEADER.lower():
            args = (args[0], REDACTED, *args[2:])
        super().log(level, msg, *args, **kwargs)


WIRE_LOGGER = _RedactingAdapter(logging.getLogger("kalshi_ext.ws.wire"), {})


DEFAULT_MAX_FRAME_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ConnectOptions:
    """Transport settings of a connection (all in seconds or bytes)."""

    open_timeout: float = 10.0
    ping_interval: float | None = 10.0
    ping_timeout: float | None = 10.0
    close_timeout: float = 5.0
    max_size: int | None = DEFAULT_MAX_FRAME_BYTES
    proxy: str | None = None
    user_agent: str | None = None
    compression: bool = True


def _hints(status: int) -> tuple[str, ...]:
    if status == 401:
        return (
            "the handshake signature was refused: check the key id and key, that a demo key is used with "
            "demo=True (and a production key without it), and that the local clock is correct",
        )
    if status == 403:
        return ("the key is not allowed to use this WebSocket API",)
    return ()


async def open_connection(
    url: str, path: str, signer: RequestSigner | None, options: ConnectOptions
) -> ClientConnection:
    """Open a connection, signing ``GET`` + ``path`` when a signer is given.

    Raises:
        WebSocketDependencyError: ``websockets`` is missing.
        WebSocketConnectionError: refused handshake (``status`` set; 401 for a bad signature),
            network failure, or a protocol error during the handshake.
        WebSocketTimeoutError: the handshake did not finish within ``open_timeout``.
    """
    websockets = import_websockets()
    from websockets.asyncio.client import connect

    headers = signer.headers("GET", path) if signer is not None else {}
    kwargs: dict[str, Any] = {
        "additional_headers": headers,
        "open_timeout": options.open_timeout,
        "ping_interval": options.ping_interval,
        "ping_timeout": options.ping_timeout,
        "close_timeout": options.close_timeout,
        # Every frame is capped, after permessage-deflate decompression (websockets enforces it
        # while inflating): None would let a server grow one message without limit, so it means
        # the default cap here, never "unlimited".
        "max_size": options.max_size if options.max_size is not None else DEFAULT_MAX_FRAME_BYTES,
        # As the REST clients: a proxy only when one is given; proxy environment variables are not read.
        "proxy": options.proxy,
        "compression": "deflate" if options.compression else None,
        "logger": WIRE_LOGGER,
    }
    if options.user_agent is not None:
        kwargs["user_agent_header"] = options.user_agent
    try:
        return await connect(url, **kwargs)
    except websockets.exceptions.InvalidStatus as exc:
        status = exc.response.status_code
        raise WebSocketConnectionError(
            f"the server refused the WebSocket handshake with HTTP {status}",
            status=status,
            hints=_hints(status),
            path=path,
        ) from None
    except TimeoutError as exc:
        raise WebSocketTimeoutError(f"the WebSocket handshake did not finish within {options.open_timeout} s") from exc
    except (OSError, websockets.exceptions.InvalidHandshake, websockets.exceptions.InvalidURI) as exc:
        raise WebSocketConnectionError(f"could not open the WebSocket connection: {exc}", path=path) from exc
