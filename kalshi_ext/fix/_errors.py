"""The FIX error tree (every class is also a :class:`kalshi_ext.KalshiError`).

::

    FixError
    ├── FixConfigurationError       bad arguments, before anything is sent (also a ValueError)
    │   ├── FixEncodeError          a value the codec refuses (float, SOH, non-ASCII, empty)
    │   └── FixDuplicateOrderError  a ClOrdID already in the store: the order is not sent twice
    ├── FixDecodeError              an inbound message that does not parse
    ├── FixLogonError               the counterparty refused the logon (never retried in a loop)
    ├── FixSessionError             the session broke (sequence too low, counterparty logout, ...)
    └── FixConnectionError          the TCP/TLS connection failed or closed (also a ConnectionError)
"""

from __future__ import annotations

from .._errors import KalshiConfigurationError, KalshiError


class FixError(KalshiError):
    """Root of the FIX errors."""


class FixConfigurationError(FixError, KalshiConfigurationError):
    """Invalid arguments or configuration, detected before anything is sent."""


class FixEncodeError(FixConfigurationError):
    """A value cannot be written as FIX (float, SOH in a value, non-ASCII text, empty value)."""


class FixDuplicateOrderError(FixConfigurationError):
    """The ClOrdID was already sent on this session (it is in the store); nothing was sent.

    Attributes:
        cl_ord_id: the ClOrdID.
        seq: the MsgSeqNum under which it was sent.
    """

    def __init__(self, cl_ord_id: str, seq: int) -> None:
        super().__init__(
            f"ClOrdID {cl_ord_id!r} was already sent on this session (MsgSeqNum {seq}); "
            "a restart resends stored messages only through ResendRequest, never as new orders"
        )
        self.cl_ord_id = cl_ord_id
        self.seq = seq


class FixDecodeError(FixError):
    """An inbound message does not parse (bad field, bad group count, bad number)."""


class FixLogonError(FixError):
    """The counterparty answered the Logon with a Logout or a Reject, or closed the connection.

    Attributes:
        text: the counterparty's Text (58), when it sent one (Kalshi says why: bad signature,
            a second connection with the same key, SendingTime out of range, ...).
        reason: SessionRejectReason (373) when the answer was a Reject.
    """

    def __init__(self, message: str, *, text: str | None = None, reason: int | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.reason = reason


class FixSessionError(FixError):
    """The session cannot continue (MsgSeqNum lower than expected without PossDup, a logout)."""


class FixConnectionError(FixError, ConnectionError):
    """The TCP or TLS connection could not be opened, or was lost."""
