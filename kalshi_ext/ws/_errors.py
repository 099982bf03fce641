"""Errors raised by the WebSocket clients; all of them are :class:`kalshi_ext.KalshiError`.

::

    KalshiError
    ├── KalshiConfigurationError
    │   └── WebSocketDependencyError      the optional ``websockets`` package is missing (also ImportError)
    ├── KalshiConnectionError
    │   └── WebSocketConnectionError      the connection failed, was rejected or was lost
    ├── KalshiTimeoutError
    │   └── WebSocketTimeoutError         no answer to a command in time
    └── WebSocketError
        ├── WebSocketCommandError         the server answered a command with an ``error`` message
        ├── StreamOverflowError           a consumer fell behind and events were dropped (error policy)
        └── WebSocketClosedError          the client (or the subscription) is closed
"""

from __future__ import annotations

from typing import Any

from .._errors import KalshiConfigurationError, KalshiConnectionError, KalshiError, KalshiTimeoutError

EXTRA_HINT = "install the WebSocket extra: pip install 'kalshi-ext[ws]'"


class WebSocketError(KalshiError):
    """Root of the WebSocket-specific errors that are not transport or configuration errors."""


class WebSocketDependencyError(KalshiConfigurationError, ImportError):
    """The ``websockets`` package, needed by the WebSocket clients, is not installed."""


class WebSocketConnectionError(KalshiConnectionError):
    """Opening the connection failed, the handshake was refused, or the connection was lost.

    Attributes:
        status: the HTTP status of a refused handshake (401 for a bad signature), else None.
        hints: human-readable diagnoses (wrong environment, clock skew, ...).
    """

    def __init__(
        self, message: str, *, status: int | None = None, hints: tuple[str, ...] = (), path: str | None = None
    ) -> None:
        self.status = status
        self.hints = hints
        super().__init__(message, method="GET", path=path)


class WebSocketTimeoutError(KalshiTimeoutError):
    """A command (subscribe, unsubscribe, update, list) got no answer within ``ack_timeout``."""

    def __init__(self, message: str, *, command: str | None = None) -> None:
        self.command = command
        super().__init__(message)


class WebSocketCommandError(WebSocketError):
    """The server answered a command with an ``error`` message.

    Attributes:
        code: Kalshi's numeric error code (see ``ERROR_CODES``), or None if the frame had none.
        message: Kalshi's message text.
        command: the command that failed (``subscribe``, ``update_subscription``, ...).
        command_id: the ``id`` the command was sent with.
        sid: the subscription the error is scoped to, when the server says so.
        market_tickers: markets named in the error, when present.
        raw: the decoded error frame.
    """

    def __init__(
        self,
        *,
        code: int | None,
        message: str,
        command: str | None = None,
        command_id: int | None = None,
        sid: int | None = None,
        market_tickers: tuple[str, ...] = (),
        raw: Any = None,
    ) -> None:
        self.code = code
        self.message = message
        self.command = command
        self.command_id = command_id
        self.sid = sid
        self.market_tickers = market_tickers
        self.raw = raw
        name = ERROR_CODES.get(code) if code is not None else None
        label = f"code {code}" + (f" ({name})" if name else "")
        super().__init__(f"{command or 'command'} failed: {label}: {message}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, command={self.command!r})"


class StreamOverflowError(WebSocketError):
    """A bounded event stream with the ``error`` overflow policy was full and dropped events.

    Raised once to the consumer, after the events queued before the overflow; the stream then
    carries on. For order books the client's own books stay correct (they are updated before
    events are queued): read ``book`` on the next update, or ``client.book(ticker)``.

    Attributes:
        dropped: how many events were dropped since the last time this was raised.
    """

    def __init__(self, message: str, *, dropped: int) -> None:
        self.dropped = dropped
        super().__init__(message)


class WebSocketClosedError(WebSocketError):
    """The client or subscription is closed, or reconnecting gave up (the cause is ``__cause__``)."""


# Kalshi's WebSocket error codes (both specs share the numbering).
ERROR_CODES: dict[int, str] = {
    1: "Unable to process message",
    2: "Params required",
    3: "Channels required",
    4: "Subscription IDs required",
    5: "Unknown command",
    7: "Unknown subscription ID",
    8: "Unknown channel name",
    9: "Authentication required",
    10: "Channel error",
    11: "Invalid parameter",
    12: "Exactly one subscription ID is required",
    13: "Unsupported action",
    14: "Market Ticker required",
    15: "Action required",
    18: "Command timeout",
    19: "shard_factor must be > 0",
    20: "shard_factor is required when shard_key is set",
    21: "shard_key must be >= 0 and < shard_factor",
    22: "shard_factor must be <= 100",
    23: "Match IDs required",
    24: "Index IDs required",
    25: "Subscription buffer overflow",
    26: "Subscription market limit exceeded",
    27: "Too many requests",
    28: "Underlying tickers required",
}

# The spec lists these as terminal: the subscription is gone and must be made again.
TERMINAL_ERROR_CODES = frozenset({10, 25})
