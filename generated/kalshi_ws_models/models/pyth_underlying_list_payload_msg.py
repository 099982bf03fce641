from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class PythUnderlyingListPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        underlying_tickers (list[str]): Underlying tickers observed on the Pyth stream in the last two hours.
            Empty when absent or null.
    """

    __slots__ = ("underlying_tickers",)

    underlying_tickers: list[str]
    """Underlying tickers observed on the Pyth stream in the last two hours. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "underlying_tickers": _t.ListField("underlying_tickers", _t.StrField("item"), required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("underlying_tickers")

    def __init__(
        self,
        *,
        underlying_tickers: list[str] | None | Unset = UNSET,
    ) -> None:
        """A PythUnderlyingListPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("underlying_tickers", underlying_tickers)
