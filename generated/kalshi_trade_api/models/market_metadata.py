from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("image_url", _M)
        if type(v) is str:
            d["image_url"] = v
        elif v is not _M:
            slow("image_url")
        v = g("color_code", _M)
        if type(v) is str:
            d["color_code"] = v
        elif v is not _M:
            slow("color_code")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        image_url: str | None | Unset = UNSET,
        color_code: str | None | Unset = UNSET,
    ) -> None:
        """A MarketMetadata from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_ticker", market_ticker)
        self._set("image_url", image_url)
        self._set("color_code", color_code)
