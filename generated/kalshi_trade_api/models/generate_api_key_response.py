from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.api_key_type import ApiKeyType
from ..types import UNSET, Unset

_ApiKeyType_get = _t.member_lookup(ApiKeyType)


class GenerateApiKeyResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        api_key_id (str): Unique identifier for the newly generated API key. Required (reading raises
            MissingFieldError if absent).
        key_type (ApiKeyType): Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed
            with RSA-PSS SHA-256. `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower
            client-side signing cost. Defaults to `rsa` when omitted from a generate request, for compatibility with
            existing clients. Optional (None if absent).
        private_key (str): Private key in PEM format - PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`) for `rsa`,
            PKCS#8 (`-----BEGIN PRIVATE KEY-----`) for `ed25519`. This must be stored securely and cannot be
            retrieved again after this response. Required (reading raises MissingFieldError if absent).
        warning (str): Present only when the minted key is bound to an FCM subtrader that is missing a per-
            subtrader risk control - the initial-margin cap (margin lane) or the event-contract daily cap. The mint
            still succeeds; the warning names each missing control - an event-contract subtrader without a daily cap
            has its event-contract orders rejected until one is set, while a margin subtrader without an initial-
            margin cap is bounded only by firm-level risk limits. Optional (None if absent).
    """

    __slots__ = (
        "api_key_id",
        "key_type",
        "private_key",
        "warning",
    )

    api_key_id: str
    """Unique identifier for the newly generated API key. Required (reading raises MissingFieldError if absent)."""

    key_type: ApiKeyType | None
    """Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed with RSA-PSS SHA-256.
    `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower client-side signing cost.
    Defaults to `rsa` when omitted from a generate request, for compatibility with existing clients. Optional
    (None if absent)."""

    private_key: str
    """Private key in PEM format - PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`) for `rsa`, PKCS#8 (`-----BEGIN
    PRIVATE KEY-----`) for `ed25519`. This must be stored securely and cannot be retrieved again after this
    response. Required (reading raises MissingFieldError if absent)."""

    warning: str | None
    """Present only when the minted key is bound to an FCM subtrader that is missing a per-subtrader risk control -
    the initial-margin cap (margin lane) or the event-contract daily cap. The mint still succeeds; the warning
    names each missing control - an event-contract subtrader without a daily cap has its event-contract orders
    rejected until one is set, while a margin subtrader without an initial-margin cap is bounded only by firm-
    level risk limits. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "api_key_id": _t.StrField("api_key_id", required=True),
        "key_type": _t.EnumField("key_type", ApiKeyType),
        "private_key": _t.StrField("private_key", required=True),
        "warning": _t.StrField("warning", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("api_key_id")) is str:
            self.api_key_id = v
        else:
            self._slow_field("api_key_id")
        if (m := _ApiKeyType_get(v := g("key_type"))) is not None:
            self.key_type = m
        elif v is None:
            self.key_type = None
        else:
            self._slow_field("key_type")
        if type(v := g("private_key")) is str:
            self.private_key = v
        else:
            self._slow_field("private_key")
        if type(v := g("warning")) is str:
            self.warning = v
        elif v is None:
            self.warning = None
        else:
            self._slow_field("warning")

    def __init__(
        self,
        *,
        api_key_id: str | None | Unset = UNSET,
        key_type: ApiKeyType | None | Unset = UNSET,
        private_key: str | None | Unset = UNSET,
        warning: str | None | Unset = UNSET,
    ) -> None:
        """A GenerateApiKeyResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("api_key_id", api_key_id)
        self._set("key_type", key_type)
        self._set("private_key", private_key)
        self._set("warning", warning)
