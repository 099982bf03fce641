from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market import Market


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarketResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market (Market): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    market: Market = _field(_t.ModelField("market", f"{__package__}.market", "Market", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("market")) is dict:
            d["market"] = _BUILD["market"](v)
        else:
            self._slow_field("market")

    def __init__(
        self,
        *,
        market: Market | None | Unset = UNSET,
    ) -> None:
        """A GetMarketResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market", market)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "market": GetMarketResponse.__dict__["market"].build,
}
