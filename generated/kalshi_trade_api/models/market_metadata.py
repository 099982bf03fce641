from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class MarketMetadata(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): The ticker of the market. Required (reading raises MissingFieldError if absent).
        image_url (str): A path to an image that represents this market. Required (reading raises
            MissingFieldError if absent).
        color_code (str): The color code for the market. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "market_ticker",
        "image_url",
        "color_code",
    )

    market_ticker: str
    """The ticker of the market. Required (reading raises MissingFieldError if absent)."""

    image_url: str
    """A path to an image that represents this market. Required (reading raises MissingFieldError if absent)."""

    color_code: str
    """The color code for the market. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "image_url": _t.StrField("image_url", required=True),
        "color_code": _t.StrField("color_code", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("image_url")) is str:
            self.image_url = v
        else:
            self._slow_field("image_url")
        if type(v := g("color_code")) is str:
            self.color_code = v
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
