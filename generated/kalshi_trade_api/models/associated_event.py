from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    ticker: str = _field(_t.StrField("ticker", required=True))
    """The event ticker. Required (reading raises MissingFieldError if absent)."""

    is_yes_only: bool = _field(_t.BoolField("is_yes_only", required=True))
    """Whether only the 'yes' side can be used for this event. Required (reading raises MissingFieldError if
    absent)."""

    size_max: int | None = _field(_t.IntField("size_max", nullable=True))
    """Maximum number of markets from this event (inclusive). Null means no limit. Optional (None if absent)."""

    size_min: int | None = _field(_t.IntField("size_min", nullable=True))
    """Minimum number of markets from this event (inclusive). Null means no limit. Optional (None if absent)."""

    active_quoters: list[str] = _field(_t.ListField("active_quoters", _t.StrField("item"), required=True, empty=True))
    """List of active quoters for this event. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("ticker")) is str:
            d["ticker"] = v
        else:
            self._slow_field("ticker")
        if type(v := g("is_yes_only")) is bool:
            d["is_yes_only"] = v
        else:
            self._slow_field("is_yes_only")
        if type(v := g("size_max")) is int:
            d["size_max"] = v
        elif v is None:
            d["size_max"] = None
        else:
            self._slow_field("size_max")
        if type(v := g("size_min")) is int:
            d["size_min"] = v
        elif v is None:
            d["size_min"] = None
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
