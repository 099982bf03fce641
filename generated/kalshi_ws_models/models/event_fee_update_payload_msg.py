from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


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

    __slots__ = (
        "event_ticker",
        "fee_type_override",
        "fee_multiplier_override",
    )

    event_ticker: str
    """Unique identifier for the event. Required (reading raises MissingFieldError if absent)."""

    fee_type_override: Any | None
    """Event fee type override. `null` when the override has been cleared. Required (reading raises
    MissingFieldError if absent)."""

    fee_multiplier_override: float | None
    """Event fee multiplier override. `null` when the override has been cleared. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker", required=True),
        "fee_type_override": _t.ResponseField("fee_type_override", required=True, nullable=True),
        "fee_multiplier_override": _t.FloatField("fee_multiplier_override", required=True, nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        self._slow_field("fee_type_override")
        if type(v := g("fee_multiplier_override")) is float:
            self.fee_multiplier_override = v
        elif type(v) is int:
            self.fee_multiplier_override = float(v)
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
