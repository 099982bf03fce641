from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


class GetApiKeysResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        api_keys (list[ApiKey]): List of all API keys associated with the user. Empty when absent or null.
        api_key_region_expiration_ts (int): Unix timestamp (seconds) when the account's location attestation for
            API key requests expires; a past value means the attestation has lapsed. Absent when the account has
            never attested. Optional (None if absent).
    """

    __slots__ = (
        "api_keys",
        "api_key_region_expiration_ts",
    )

    api_keys: list[ApiKey]
    """List of all API keys associated with the user. Empty when absent or null."""

    api_key_region_expiration_ts: int | None
    """Unix timestamp (seconds) when the account's location attestation for API key requests expires; a past value
    means the attestation has lapsed. Absent when the account has never attested. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "api_keys": _t.ModelListField("api_keys", f"{__package__}.api_key", "ApiKey", required=True, empty=True),
        "api_key_region_expiration_ts": _t.IntField("api_key_region_expiration_ts", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("api_keys")) is list:
            self.api_keys = _BUILD["api_keys"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("api_keys")
        if type(v := g("api_key_region_expiration_ts")) is int:
            self.api_key_region_expiration_ts = v
        elif v is None:
            self.api_key_region_expiration_ts = None
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


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "api_keys": _t.builder(GetApiKeysResponse, "api_keys"),
}
