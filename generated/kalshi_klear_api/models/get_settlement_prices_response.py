from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_settlement_prices_response_settlement_prices import GetSettlementPricesResponseSettlementPrices


class GetSettlementPricesResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        settlement_prices (GetSettlementPricesResponseSettlementPrices): Map of market ticker to that market's
            settlement (mark) price at the requested settlement time, in centicents. Empty when no settlement ran
            for that asset class and settlement time. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("settlement_prices",)

    settlement_prices: GetSettlementPricesResponseSettlementPrices
    """Map of market ticker to that market's settlement (mark) price at the requested settlement time, in
    centicents. Empty when no settlement ran for that asset class and settlement time. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "settlement_prices": _t.ModelField(
            "settlement_prices",
            f"{__package__}.get_settlement_prices_response_settlement_prices",
            "GetSettlementPricesResponseSettlementPrices",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("settlement_prices")) is dict:
            self.settlement_prices = _BUILD["settlement_prices"](v)
        else:
            self._slow_field("settlement_prices")

    def __init__(
        self,
        *,
        settlement_prices: GetSettlementPricesResponseSettlementPrices | None | Unset = UNSET,
    ) -> None:
        """A GetSettlementPricesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("settlement_prices", settlement_prices)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "settlement_prices": _t.builder(GetSettlementPricesResponse, "settlement_prices"),
}
