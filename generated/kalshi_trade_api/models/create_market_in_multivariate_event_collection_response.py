from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market import Market


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class CreateMarketInMultivariateEventCollectionResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Event ticker for the created market. Required (reading raises MissingFieldError if
            absent).
        market_ticker (str): Market ticker for the created market. Required (reading raises MissingFieldError if
            absent).
        market (Market): Optional (None if absent).
    """

    __slots__ = ()

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Event ticker for the created market. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Market ticker for the created market. Required (reading raises MissingFieldError if absent)."""

    market: Market | None = _field(_t.ModelField("market", f"{__package__}.market", "Market"))
    """Optional (None if absent)."""

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        market: Market | None | Unset = UNSET,
    ) -> None:
        """A CreateMarketInMultivariateEventCollectionResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("event_ticker", event_ticker)
        self._set("market_ticker", market_ticker)
        self._set("market", market)
