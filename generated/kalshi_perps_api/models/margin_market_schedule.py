from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class MarginMarketSchedule(_t.ResponseModel):
    """Current market trading schedule. Null for markets that trade 24/7.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            is_open (bool): Whether the market is currently open for trading. Required (reading raises
                MissingFieldError if absent).
            next_close_ts (int): Unix timestamp in seconds for the next scheduled close. Null while closed. Required
                (reading raises MissingFieldError if absent).
            next_open_ts (int): Unix timestamp in seconds for the next scheduled open. Null while open. Required
                (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "is_open",
        "next_close_ts",
        "next_open_ts",
    )

    is_open: bool
    """Whether the market is currently open for trading. Required (reading raises MissingFieldError if absent)."""

    next_close_ts: int | None
    """Unix timestamp in seconds for the next scheduled close. Null while closed. Required (reading raises
    MissingFieldError if absent)."""

    next_open_ts: int | None
    """Unix timestamp in seconds for the next scheduled open. Null while open. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "is_open": _t.BoolField("is_open", required=True),
        "next_close_ts": _t.IntField("next_close_ts", required=True, nullable=True),
        "next_open_ts": _t.IntField("next_open_ts", required=True, nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("is_open")) is bool:
            self.is_open = v
        else:
            self._slow_field("is_open")
        if type(v := g("next_close_ts")) is int:
            self.next_close_ts = v
        else:
            self._slow_field("next_close_ts")
        if type(v := g("next_open_ts")) is int:
            self.next_open_ts = v
        else:
            self._slow_field("next_open_ts")

    def __init__(
        self,
        *,
        is_open: bool | None | Unset = UNSET,
        next_close_ts: int | None | Unset = UNSET,
        next_open_ts: int | None | Unset = UNSET,
    ) -> None:
        """A MarginMarketSchedule from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("is_open", is_open)
        self._set("next_close_ts", next_close_ts)
        self._set("next_open_ts", next_open_ts)
