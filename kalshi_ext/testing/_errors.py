"""Errors of :mod:`kalshi_ext.testing` (cassettes, record/replay).

::

    KalshiError
    └── CassetteError                   a cassette cannot be used as asked
        ├── CassetteFormatError         the file is not a cassette this version can read
        ├── CassetteNotFoundError       replaying (mode "none") and the file does not exist
        └── CassetteMissError                a request or frame has no recorded answer; nothing was sent

They derive from :class:`kalshi_ext.KalshiError` so that a client call in replay mode raises
them unchanged (the clients re-raise ``KalshiError`` as is and never retry it).
"""

from __future__ import annotations

from .._errors import KalshiError


class CassetteError(KalshiError):
    """A cassette cannot be used as asked."""


class CassetteFormatError(CassetteError):
    """The cassette file is not JSON of a cassette format version this SDK reads."""


class CassetteNotFoundError(CassetteError):
    """Replay-only mode (``"none"``) and the cassette file does not exist."""


class CassetteMissError(CassetteError):
    """No recorded interaction matches a request (or a WebSocket frame), and the record mode
    forbids going to the network. The message says what was asked and why the nearest recorded
    interactions differ; nothing was sent anywhere."""
