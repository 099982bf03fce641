from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_funding_rate import MarginFundingRate


class GetMarginHistoricalFundingRatesResponse(_t.Page["MarginFundingRate"], _t.ResponseModel):
    """A page of ``funding_rates``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            funding_rates (list[MarginFundingRate]): Array of historical funding rate entries. Empty when absent or
                null.
    """

    __slots__ = ("funding_rates",)
    items_field = "funding_rates"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_funding_rate", "MarginFundingRate")

    funding_rates: list[MarginFundingRate]
    """Array of historical funding rate entries. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "funding_rates": _t.ModelListField(
            "funding_rates", f"{__package__}.margin_funding_rate", "MarginFundingRate", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("funding_rates")) is list:
            self.funding_rates = _BUILD["funding_rates"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("funding_rates")

    def __init__(
        self,
        *,
        funding_rates: list[MarginFundingRate] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginHistoricalFundingRatesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("funding_rates", funding_rates)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "funding_rates": _t.builder(GetMarginHistoricalFundingRatesResponse, "funding_rates"),
}
