from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class AssociatedEvent(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): The event ticker. Required (reading raises MissingFieldError if absent).
        is_yes_only (bool): Whether only the 'yes' side can be used for this event. Required (reading raises
            MissingFieldError if absent).
        size_max (int): Maximum number of markets from this event (inclusive). Null means no limit. Optional
            (None if absent).
        size_min (int): Minimum number of markets from this event (inclusive). Null means no limit. Optional
            (None if absent).
        active_quoters (list[str]): List of active quoters for this event. Empty when absent or null.
    """

    __slots__ = (
        "ticker",
        "is_yes_only",
        "size_max",
        "size_min",
        "active_quoters",
    )

    ticker: str
    """The event ticker. Required (reading raises MissingFieldError if absent)."""

    is_yes_only: bool
    """Whether only the 'yes' side can be used for this event. Required (reading raises MissingFieldError if
    absent)."""

    size_max: int | None
    """Maximum number of markets from this event (inclusive). Null means no limit. Optional (None if absent)."""

    size_min: int | None
    """Minimum number of markets from this event (inclusive). Null means no limit. Optional (None if absent)."""

    active_quoters: list[str]
    """List of active quoters for this event. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ticker": _t.StrField("ticker", required=True),
        "is_yes_only": _t.BoolField("is_yes_only", required=True),
        "size_max": _t.IntField("size_max", nullable=True),
        "size_min": _t.IntField("size_min", nullable=True),
        "active_quoters": _t.ListField("active_quoters", _t.StrField("item"), required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("ticker")) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g("is_yes_only")) is bool:
            self.is_yes_only = v
        else:
            self._slow_field("is_yes_only")
        if type(v := g("size_max")) is int:
            self.size_max = v
        elif v is None:
            self.size_max = None
        else:
            self._slow_field("size_max")
        if type(v := g("size_min")) is int:
            self.size_min = v
        elif v is None:
            self.size_min = None
        else:
            self._slow_field("size_min")
        self._slow_field("active_quoters")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        is_yes_only: bool | None | Unset = UNSET,
        size_max: int | None | Unset = UNSET,
        size_min: int | None | Unset = UNSET,
        active_quoters: list[str] | None | Unset = UNSET,
    ) -> None:
        """A AssociatedEvent from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("is_yes_only", is_yes_only)
        self._set("size_max", size_max)
        self._set("size_min", size_min)
        self._set("active_quoters", active_quoters)
