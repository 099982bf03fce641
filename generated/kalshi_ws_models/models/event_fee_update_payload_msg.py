from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class EventFeeUpdatePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Unique identifier for the event. Required (reading raises MissingFieldError if
            absent).
        fee_type_override (Any): Event fee type override. `null` when the override has been cleared. Required
            (reading raises MissingFieldError if absent).
        fee_multiplier_override (float): Event fee multiplier override. `null` when the override has been
            cleared. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Unique identifier for the event. Required (reading raises MissingFieldError if absent)."""

    fee_type_override: Any | None = _field(_t.ResponseField("fee_type_override", required=True, nullable=True))
    """Event fee type override. `null` when the override has been cleared. Required (reading raises
    MissingFieldError if absent)."""

    fee_multiplier_override: float | None = _field(
        _t.FloatField("fee_multiplier_override", required=True, nullable=True)
    )
    """Event fee multiplier override. `null` when the override has been cleared. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            d["event_ticker"] = v
        else:
            self._slow_field("event_ticker")
        self._slow_field("fee_type_override")
        if type(v := g("fee_multiplier_override")) is float:
            d["fee_multiplier_override"] = v
        elif type(v) is int:
            d["fee_multiplier_override"] = float(v)
        else:
            self._slow_field("fee_multiplier_override")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        fee_type_override: Any | None | Unset = UNSET,
        fee_multiplier_override: float | None | Unset = UNSET,
    ) -> None:
        """A EventFeeUpdatePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("fee_type_override", fee_type_override)
        self._set("fee_multiplier_override", fee_multiplier_override)
