from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("api_keys")) is list:
            d["api_keys"] = _BUILD["api_keys"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("api_keys")
        if type(v := g("api_key_region_expiration_ts")) is int:
            d["api_key_region_expiration_ts"] = v
        elif v is None:
            d["api_key_region_expiration_ts"] = None
        else:
            self._slow_field("api_key_region_expiration_ts")

    def __init__(
        self,
        *,
        api_keys: list[ApiKey] | None | Unset = UNSET,
        api_key_region_expiration_ts: int | None | Unset = UNSET,
    ) -> None:
        """A GetApiKeysResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("api_keys", api_keys)
        self._set("api_key_region_expiration_ts", api_key_region_expiration_ts)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "api_keys": GetApiKeysResponse.__dict__["api_keys"].build,
}
