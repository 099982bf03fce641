from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


class AccountApiLimits(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        usage_tier (str): User's effective Predictions API usage tier for these limits (for example, basic,
            advanced, expert, premier, paragon, prime, or prestige). Example: expert. Required (reading raises
            MissingFieldError if absent).
        read (BucketLimit): Token-bucket budget for one rate-limit bucket. Each request deducts
            tokens equal to its endpoint cost; the bucket refills at refill_rate
            tokens per second up to bucket_capacity. A request is allowed if the
            bucket holds enough tokens to cover its cost; otherwise the request
            is rejected with HTTP 429. Required (reading raises MissingFieldError if absent).
        write (BucketLimit): Token-bucket budget for one rate-limit bucket. Each request deducts
            tokens equal to its endpoint cost; the bucket refills at refill_rate
            tokens per second up to bucket_capacity. A request is allowed if the
            bucket holds enough tokens to cover its cost; otherwise the request
            is rejected with HTTP 429. Required (reading raises MissingFieldError if absent).
        grants (list[ApiUsageLevelGrant]): The caller's active API usage level grants across exchange lanes,
            where each grant applies to its exchange_instance and usage_tier reflects the effective tier for the
            lane reported by this endpoint. Empty when absent or null.
    """

    __slots__ = (
        "usage_tier",
        "read",
        "write",
        "grants",
    )

    usage_tier: str
    """User's effective Predictions API usage tier for these limits (for example, basic, advanced, expert, premier,
    paragon, prime, or prestige). Example: expert. Required (reading raises MissingFieldError if absent)."""

    read: BucketLimit
    """Token-bucket budget for one rate-limit bucket. Each request deducts
    tokens equal to its endpoint cost; the bucket refills at refill_rate
    tokens per second up to bucket_capacity. A request is allowed if the
    bucket holds enough tokens to cover its cost; otherwise the request
    is rejected with HTTP 429. Required (reading raises MissingFieldError if absent)."""

    write: BucketLimit
    """Token-bucket budget for one rate-limit bucket. Each request deducts
    tokens equal to its endpoint cost; the bucket refills at refill_rate
    tokens per second up to bucket_capacity. A request is allowed if the
    bucket holds enough tokens to cover its cost; otherwise the request
    is rejected with HTTP 429. Required (reading raises MissingFieldError if absent)."""

    grants: list[ApiUsageLevelGrant]
    """The caller's active API usage level grants across exchange lanes, where each grant applies to its
    exchange_instance and usage_tier reflects the effective tier for the lane reported by this endpoint. Empty
    when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "usage_tier": _t.StrField("usage_tier", required=True),
        "read": _t.ModelField("read", f"{__package__}.bucket_limit", "BucketLimit", required=True),
        "write": _t.ModelField("write", f"{__package__}.bucket_limit", "BucketLimit", required=True),
        "grants": _t.ModelListField(
            "grants", f"{__package__}.api_usage_level_grant", "ApiUsageLevelGrant", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("usage_tier")) is str:
            self.usage_tier = v
        else:
            self._slow_field("usage_tier")
        if type(v := g("read")) is dict:
            self.read = _BUILD["read"](v)
        else:
            self._slow_field("read")
        if type(v := g("write")) is dict:
            self.write = _BUILD["write"](v)
        else:
            self._slow_field("write")
        if type(v := g("grants")) is list:
            self.grants = _BUILD["grants"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("grants")

    def __init__(
        self,
        *,
        usage_tier: str | None | Unset = UNSET,
        read: BucketLimit | None | Unset = UNSET,
        write: BucketLimit | None | Unset = UNSET,
        grants: list[ApiUsageLevelGrant] | None | Unset = UNSET,
    ) -> None:
        """A AccountApiLimits from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("usage_tier", usage_tier)
        self._set("read", read)
        self._set("write", write)
        self._set("grants", grants)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "read": _t.builder(AccountApiLimits, "read"),
    "write": _t.builder(AccountApiLimits, "write"),
    "grants": _t.builder(AccountApiLimits, "grants"),
}
