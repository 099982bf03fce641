from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class GetOrderQueuePositionResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        queue_position_fp (Decimal): The number of preceding shares before the order in the queue. Example:
            10.00. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("queue_position_fp",)

    queue_position_fp: Decimal
    """The number of preceding shares before the order in the queue. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "queue_position_fp": _t.DecimalField("queue_position_fp", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("queue_position_fp"))) is not None:  # only text already parsed is in the cache
            self.queue_position_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.queue_position_fp = _nd(v)
        else:
            self._slow_field("queue_position_fp")

    def __init__(
        self,
        *,
        queue_position_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A GetOrderQueuePositionResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("queue_position_fp", queue_position_fp)
