from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class MarginCorporateActionTickerChangeTerms(_t.ResponseModel):
    """Terms for ticker_change. Omitted for other types and cancelled notices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            old_ticker (str): Previous underlying ticker for a ticker change. Required (reading raises
                MissingFieldError if absent).
            new_ticker (str): Approved replacement underlying ticker. Required (reading raises MissingFieldError if
                absent).
    """

    __slots__ = (
        "old_ticker",
        "new_ticker",
    )

    old_ticker: str
    """Previous underlying ticker for a ticker change. Required (reading raises MissingFieldError if absent)."""

    new_ticker: str
    """Approved replacement underlying ticker. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "old_ticker": _t.StrField("old_ticker", required=True),
        "new_ticker": _t.StrField("new_ticker", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("old_ticker")) is str:
            self.old_ticker = v
        else:
            self._slow_field("old_ticker")
        if type(v := g("new_ticker")) is str:
            self.new_ticker = v
        else:
            self._slow_field("new_ticker")

    def __init__(
        self,
        *,
        old_ticker: str | None | Unset = UNSET,
        new_ticker: str | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionTickerChangeTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("old_ticker", old_ticker)
        self._set("new_ticker", new_ticker)
