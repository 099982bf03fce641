from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market import Market


class CreateMarketInMultivariateEventCollectionResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Event ticker for the created market. Required (reading raises MissingFieldError if
            absent).
        market_ticker (str): Market ticker for the created market. Required (reading raises MissingFieldError if
            absent).
        market (Market): Optional (None if absent).
    """

    __slots__ = (
        "event_ticker",
        "market_ticker",
        "market",
    )

    event_ticker: str
    """Event ticker for the created market. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker for the created market. Required (reading raises MissingFieldError if absent)."""

    market: Market | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "market": _t.ModelField("market", f"{__package__}.market", "Market"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("market")) is dict:
            self.market = _BUILD["market"](v)
        elif v is None:
            self.market = None
        else:
            self._slow_field("market")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        market: Market | None | Unset = UNSET,
    ) -> None:
        """A CreateMarketInMultivariateEventCollectionResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("market_ticker", market_ticker)
        self._set("market", market)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "market": _t.builder(CreateMarketInMultivariateEventCollectionResponse, "market"),
}
