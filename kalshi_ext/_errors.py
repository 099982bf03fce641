"""The kalshi_ext error tree.

::

    KalshiError                         .status_code on every class (None where no HTTP status)
    ├── KalshiConfigurationError        bad input, detected before any request (also a ValueError)
    │   └── AuthRequiredError           an operation that needs credentials, on a client without
    ├── KalshiAPIError                  the server answered with a non-success status
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401 (also a KalshiAuthError)
    │   ├── PermissionDeniedError       403 (also a KalshiAuthError)
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitedError            429
    │   └── ServerError                 5xx
    ├── KalshiTransportError            no usable answer from the server
    │   ├── KalshiTimeoutError          (also a builtin TimeoutError)
    │   └── KalshiConnectionError       (also a builtin ConnectionError)
    ├── KalshiResponseError             a success answer that does not parse as documented
    ├── PaginationError                 a server cursor that would loop forever
    └── KalshiAuthError                 401, 403 or AuthRequiredError (kalshi-sdk's grouping)

This module imports nothing heavy: ``from kalshi_ext import KalshiError`` stays cheap.
Mapping a response to an error (:mod:`kalshi_ext._error_mapping`) is kept separate.
"""

from __future__ import annotations

from typing import Any


class KalshiError(Exception):
    """Root of every exception raised by kalshi_ext."""

    @property
    def status_code(self) -> int | None:
        """The HTTP status when there is one (``status``), else None; kalshi-sdk's name for it."""
        status = getattr(self, "status", None)
        return status if isinstance(status, int) else None


class KalshiConfigurationError(KalshiError, ValueError):
    """Invalid configuration or arguments, detected before any request is sent.

    Raised for bad keys, ambiguous key sources, bad hosts, bad timeouts, refused headers and
    calls that need credentials on a client that has none. Messages never echo key material.
    """


class KalshiAPIError(KalshiError):
    """The server answered with an error status.

    Attributes:
        status: HTTP status code.
        code: Kalshi's machine-readable error code, when the body carries one.
        message: Kalshi's human-readable message (or a short excerpt of a non-JSON body).
        details: Kalshi's ``details`` field, when present.
        service: Kalshi's ``service`` field, when present.
        request_id: the request id from the response headers, when present.
        method: HTTP method of the failed request.
        path: URL path of the failed request (never the query string or body).
        hints: human-readable diagnoses (wrong environment, clock skew, missing credentials, ...).
        outcome_unknown: True when a write may have been processed despite the error; look the
            order up (by ``client_order_id``) before sending it again.
    """

    def __init__(
        self,
        *,
        status: int,
        message: str,
        code: str | None = None,
        details: Any = None,
        service: str | None = None,
        request_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
        hints: tuple[str, ...] = (),
        outcome_unknown: bool = False,
        summary: str | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.service = service
        self.request_id = request_id
        self.method = method
        self.path = path
        self.hints = hints
        self.outcome_unknown = outcome_unknown
        super().__init__(summary if summary is not None else message)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class KalshiAuthError(KalshiError):
    """Credentials were missing, refused (401) or not enough (403): catch this for all three.

    Only a grouping: the errors raised are :class:`AuthenticationError`,
    :class:`PermissionDeniedError` and :class:`AuthRequiredError`.
    """


class AuthRequiredError(KalshiConfigurationError, KalshiAuthError):
    """An operation that needs credentials was called on a client without any; nothing was sent."""


class BadRequestError(KalshiAPIError):
    """HTTP 400: the request was malformed or failed validation."""


class AuthenticationError(KalshiAPIError, KalshiAuthError):
    """HTTP 401: missing, invalid or mis-signed credentials.

    ``hints`` explains the usual causes when they can be detected: a key from the other
    environment (Kalshi answers ``NOT_FOUND``), a local clock far from the server's, or a
    client without credentials.
    """


class PermissionDeniedError(KalshiAPIError, KalshiAuthError):
    """HTTP 403: authenticated, but not allowed to do this."""


class NotFoundError(KalshiAPIError):
    """HTTP 404: no such resource."""


class ConflictError(KalshiAPIError):
    """HTTP 409: conflicts with the current state (e.g. a reused ``client_order_id``)."""


class UnprocessableEntityError(KalshiAPIError):
    """HTTP 422: well-formed but semantically invalid."""


class RateLimitedError(KalshiAPIError):
    """HTTP 429: rate limited. ``retry_after`` is the server's requested wait in seconds, if any."""

    retry_after: float | None = None


class ServerError(KalshiAPIError):
    """HTTP 5xx: the server failed. For writes, check ``outcome_unknown`` before resending."""


class KalshiTransportError(KalshiError):
    """No usable answer: the request failed below HTTP. The httpx error is the ``__cause__``.

    Attributes:
        method, path: the request (path without query string).
        attempts: how many attempts were made.
        outcome_unknown: True when the request may have reached the server (a write that timed
            out while waiting for the answer): look the order up before sending it again.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        attempts: int = 1,
        outcome_unknown: bool = False,
    ) -> None:
        self.method = method
        self.path = path
        self.attempts = attempts
        self.outcome_unknown = outcome_unknown
        super().__init__(message)


class KalshiTimeoutError(KalshiTransportError, TimeoutError):
    """The request timed out (connect, write, read or waiting for a pooled connection)."""


class KalshiConnectionError(KalshiTransportError, ConnectionError):
    """The connection failed or broke (DNS, refused, reset, protocol error)."""


class KalshiResponseError(KalshiError):
    """A success status whose body could not be decoded or did not match the generated model.

    Attributes:
        status: the HTTP status.
        request_id: the request id, when present.
        body: the decoded JSON body when it was JSON, else None; lets callers recover data the
            model rejected (the live API sometimes disagrees with its spec). Secret-looking fields
            (``private_key``, tokens...) are replaced by ``"<redacted>"``.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        from ._secrets import redact_fields

        self.status = status
        self.request_id = request_id
        self.body = redact_fields(body)
        # No unredacted copy is kept: errors outlive calls and get pickled and reported. The API-key
        # helpers that need a rejected answer's private key get it from _secrets.capture_unparsed_body.
        super().__init__(message)


class OrderStatusUnknownError(KalshiError):
    """An order write may or may not have been placed, and lookups could not tell.

    Attributes:
        client_order_id: identifies the order: look it up again later (it was never sent twice).
        client_order_ids: every order whose fate is unknown (several for a batch).
        create_error: the failure of the send that left the outcome open.
        lookup_error: the failure of the lookup by ``client_order_id``, if it failed (it is also
            the ``__cause__``; ``create_error`` is its ``__context__``).
        placed: for a batch, the orders the lookup did find, by ``client_order_id``.
    """

    def __init__(
        self,
        message: str,
        *,
        client_order_id: str,
        client_order_ids: tuple[str, ...] = (),
        create_error: BaseException | None = None,
        lookup_error: BaseException | None = None,
    ) -> None:
        super().__init__(message)
        self.client_order_id = client_order_id
        self.client_order_ids = client_order_ids or (client_order_id,)
        self.create_error = create_error
        self.lookup_error = lookup_error
        self.placed: dict[str, Any] = {}


class PaginationError(KalshiError):
    """A paginated listing returned a cursor it had already returned (it would loop forever),
    or a page without the expected items field."""


_STATUS_CLASSES: dict[int, type[KalshiAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


def error_class_for_status(status: int) -> type[KalshiAPIError]:
    """Return the :class:`KalshiAPIError` subclass for an HTTP status (5xx -> ServerError)."""
    if status >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status, KalshiAPIError)
