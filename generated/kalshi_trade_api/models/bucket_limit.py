from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class BucketLimit(_t.ResponseModel):
    """Token-bucket budget for one rate-limit bucket. Each request deducts
    tokens equal to its endpoint cost; the bucket refills at refill_rate
    tokens per second up to bucket_capacity. A request is allowed if the
    bucket holds enough tokens to cover its cost; otherwise the request
    is rejected with HTTP 429.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            refill_rate (int): Tokens added to the bucket per second. Required (reading raises MissingFieldError if
                absent).
            bucket_capacity (int): Maximum tokens the bucket can hold. When equal to refill_rate the
                bucket holds one second of budget; larger values represent burst
                headroom that idle clients accumulate and can spend in a single
                pulse (e.g. write buckets at non-Basic tiers hold two seconds of
                budget). Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "refill_rate",
        "bucket_capacity",
    )

    refill_rate: int
    """Tokens added to the bucket per second. Required (reading raises MissingFieldError if absent)."""

    bucket_capacity: int
    """Maximum tokens the bucket can hold. When equal to refill_rate the
    bucket holds one second of budget; larger values represent burst
    headroom that idle clients accumulate and can spend in a single
    pulse (e.g. write buckets at non-Basic tiers hold two seconds of
    budget). Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "refill_rate": _t.IntField("refill_rate", required=True),
        "bucket_capacity": _t.IntField("bucket_capacity", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("refill_rate")) is int:
            self.refill_rate = v
        else:
            self._slow_field("refill_rate")
        if type(v := g("bucket_capacity")) is int:
            self.bucket_capacity = v
        else:
            self._slow_field("bucket_capacity")

    def __init__(
        self,
        *,
        refill_rate: int | None | Unset = UNSET,
        bucket_capacity: int | None | Unset = UNSET,
    ) -> None:
        """A BucketLimit from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("refill_rate", refill_rate)
        self._set("bucket_capacity", bucket_capacity)
