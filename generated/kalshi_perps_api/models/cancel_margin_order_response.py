from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class CancelMarginOrderResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional (None if absent).
        reduced_by (Decimal): Number of contracts that were canceled (i.e. the remaining count at time of
            cancellation). Example: 10.00. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "order_id",
        "client_order_id",
        "reduced_by",
    )

    order_id: str
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None
    """Optional (None if absent)."""

    reduced_by: Decimal
    """Number of contracts that were canceled (i.e. the remaining count at time of cancellation). Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.StrField("order_id", required=True),
        "client_order_id": _t.StrField("client_order_id"),
        "reduced_by": _t.DecimalField("reduced_by", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("order_id")) is str:
            self.order_id = v
        else:
            self._slow_field("order_id")
        if type(v := g("client_order_id")) is str:
            self.client_order_id = v
        elif v is None:
            self.client_order_id = None
        else:
            self._slow_field("client_order_id")
        if (x := _dc(v := g("reduced_by"))) is not None:  # only text already parsed is in the cache
            self.reduced_by = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.reduced_by = _nd(v)
        else:
            self._slow_field("reduced_by")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        reduced_by: Decimal | None | Unset = UNSET,
    ) -> None:
        """A CancelMarginOrderResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("reduced_by", reduced_by)
