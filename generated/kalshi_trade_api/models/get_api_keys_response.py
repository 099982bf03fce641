from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetApiKeysResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        api_keys (list[ApiKey]): List of all API keys associated with the user. Empty when absent or null.
        api_key_region_expiration_ts (int): Unix timestamp (seconds) when the account's location attestation for
            API key requests expires; a past value means the attestation has lapsed. Absent when the account has
            never attested. Optional (None if absent).
    """

    __slots__ = ()

    api_keys: list[ApiKey] = _field(
        _t.ModelListField("api_keys", f"{__package__}.api_key", "ApiKey", required=True, empty=True)
    )
    """List of all API keys associated with the user. Empty when absent or null."""

    api_key_region_expiration_ts: int | None = _field(_t.IntField("api_key_region_expiration_ts", nullable=True))
    """Unix timestamp (seconds) when the account's location attestation for API key requests expires; a past value
    means the attestation has lapsed. Absent when the account has never attested. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("api_keys", _M)
        if type(v) is list:
            d["api_keys"] = _convert["api_keys"](v)
        elif v is not _M:
            slow("api_keys")
        v = g("api_key_region_expiration_ts", _M)
        if type(v) is int:
            d["api_key_region_expiration_ts"] = v
        elif v is None:
            d["api_key_region_expiration_ts"] = None
        elif v is not _M:
            slow("api_key_region_expiration_ts")

    def __init__(
        self,
        *,
        api_keys: list[ApiKey] | None | Unset = UNSET,
        api_key_region_expiration_ts: int | None | Unset = UNSET,
    ) -> None:
        """A GetApiKeysResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("api_keys", api_keys)
        self._set("api_key_region_expiration_ts", api_key_region_expiration_ts)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "api_keys": GetApiKeysResponse.__dict__["api_keys"].convert,
}
