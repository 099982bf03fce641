from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_margin_fee_tiers_response_maker_fee_rates import GetMarginFeeTiersResponseMakerFeeRates
    from ..models.get_margin_fee_tiers_response_taker_fee_rates import GetMarginFeeTiersResponseTakerFeeRates


class GetMarginFeeTiersResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        maker_fee_rates (GetMarginFeeTiersResponseMakerFeeRates): A map of margin market ticker to the maker-
            side fee rate as a decimal fraction of notional (e.g. 0.0005 = 0.05% = 5 bps). Multiply notional by this
            value to compute the fee. Required (reading raises MissingFieldError if absent).
        taker_fee_rates (GetMarginFeeTiersResponseTakerFeeRates): A map of margin market ticker to the taker-
            side fee rate as a decimal fraction of notional (e.g. 0.0012 = 0.12% = 12 bps). Multiply notional by
            this value to compute the fee. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "maker_fee_rates",
        "taker_fee_rates",
    )

    maker_fee_rates: GetMarginFeeTiersResponseMakerFeeRates
    """A map of margin market ticker to the maker-side fee rate as a decimal fraction of notional (e.g. 0.0005 =
    0.05% = 5 bps). Multiply notional by this value to compute the fee. Required (reading raises
    MissingFieldError if absent)."""

    taker_fee_rates: GetMarginFeeTiersResponseTakerFeeRates
    """A map of margin market ticker to the taker-side fee rate as a decimal fraction of notional (e.g. 0.0012 =
    0.12% = 12 bps). Multiply notional by this value to compute the fee. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "maker_fee_rates": _t.ModelField(
            "maker_fee_rates",
            f"{__package__}.get_margin_fee_tiers_response_maker_fee_rates",
            "GetMarginFeeTiersResponseMakerFeeRates",
            required=True,
        ),
        "taker_fee_rates": _t.ModelField(
            "taker_fee_rates",
            f"{__package__}.get_margin_fee_tiers_response_taker_fee_rates",
            "GetMarginFeeTiersResponseTakerFeeRates",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("maker_fee_rates")) is dict:
            self.maker_fee_rates = _BUILD["maker_fee_rates"](v)
        else:
            self._slow_field("maker_fee_rates")
        if type(v := g("taker_fee_rates")) is dict:
            self.taker_fee_rates = _BUILD["taker_fee_rates"](v)
        else:
            self._slow_field("taker_fee_rates")

    def __init__(
        self,
        *,
        maker_fee_rates: GetMarginFeeTiersResponseMakerFeeRates | None | Unset = UNSET,
        taker_fee_rates: GetMarginFeeTiersResponseTakerFeeRates | None | Unset = UNSET,
    ) -> None:
        """A GetMarginFeeTiersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("maker_fee_rates", maker_fee_rates)
        self._set("taker_fee_rates", taker_fee_rates)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "maker_fee_rates": _t.builder(GetMarginFeeTiersResponse, "maker_fee_rates"),
    "taker_fee_rates": _t.builder(GetMarginFeeTiersResponse, "taker_fee_rates"),
}
