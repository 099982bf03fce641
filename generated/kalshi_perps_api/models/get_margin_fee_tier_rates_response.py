from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_fee_tier_rate import MarginFeeTierRate


class GetMarginFeeTierRatesResponse(_t.Page["MarginFeeTierRate"], _t.ResponseModel):
    """A page of ``fee_tier_rates``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            fee_tier_rates (list[MarginFeeTierRate]): Empty when absent or null.
    """

    __slots__ = ("fee_tier_rates",)
    items_field = "fee_tier_rates"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_fee_tier_rate", "MarginFeeTierRate")

    fee_tier_rates: list[MarginFeeTierRate]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "fee_tier_rates": _t.ModelListField(
            "fee_tier_rates", f"{__package__}.margin_fee_tier_rate", "MarginFeeTierRate", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("fee_tier_rates")) is list:
            self.fee_tier_rates = _BUILD["fee_tier_rates"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("fee_tier_rates")

    def __init__(
        self,
        *,
        fee_tier_rates: list[MarginFeeTierRate] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginFeeTierRatesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("fee_tier_rates", fee_tier_rates)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "fee_tier_rates": _t.builder(GetMarginFeeTierRatesResponse, "fee_tier_rates"),
}
