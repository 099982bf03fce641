from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarketMetadata(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): The ticker of the market. Required (reading raises MissingFieldError if absent).
        image_url (str): A path to an image that represents this market. Required (reading raises
            MissingFieldError if absent).
        color_code (str): The color code for the market. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """The ticker of the market. Required (reading raises MissingFieldError if absent)."""

    image_url: str = _field(_t.StrField("image_url", required=True))
    """A path to an image that represents this market. Required (reading raises MissingFieldError if absent)."""

    color_code: str = _field(_t.StrField("color_code", required=True))
    """The color code for the market. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            d["market_ticker"] = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("image_url")) is str:
            d["image_url"] = v
        else:
            self._slow_field("image_url")
        if type(v := g("color_code")) is str:
            d["color_code"] = v
        else:
            self._slow_field("color_code")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        image_url: str | None | Unset = UNSET,
        color_code: str | None | Unset = UNSET,
    ) -> None:
        """A MarketMetadata from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("image_url", image_url)
        self._set("color_code", color_code)
