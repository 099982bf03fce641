from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.event_lifecycle_payload_msg_collateral_return_type import EventLifecyclePayloadMsgCollateralReturnType
from ..types import UNSET, Unset

_EventLifecyclePayloadMsgCollateralReturnType_get = _t.member_lookup(EventLifecyclePayloadMsgCollateralReturnType)


class EventLifecyclePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Unique identifier for the event being created. Required (reading raises
            MissingFieldError if absent).
        exchange_index (int): Identifier for the exchange shard the event's markets live on. Required (reading
            raises MissingFieldError if absent).
        title (str): Title of event. Required (reading raises MissingFieldError if absent).
        subtitle (str): Subtitle of event. Required (reading raises MissingFieldError if absent).
        collateral_return_type (EventLifecyclePayloadMsgCollateralReturnType): Collateral return type, MECNET or
            DIRECNET of the event. Empty if there is no collateral return scheme for the event. Required (reading
            raises MissingFieldError if absent).
        series_ticker (str): Series ticker for the event. Required (reading raises MissingFieldError if absent).
        strike_date (int): Optional - Unix timestamp to indicate the strike date of the event if there is one.
            Optional (None if absent).
        strike_period (str): Optional - String to indicate the strike period of the event if there is one.
            Optional (None if absent).
    """

    __slots__ = (
        "event_ticker",
        "exchange_index",
        "title",
        "subtitle",
        "collateral_return_type",
        "series_ticker",
        "strike_date",
        "strike_period",
    )

    event_ticker: str
    """Unique identifier for the event being created. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Identifier for the exchange shard the event's markets live on. Required (reading raises MissingFieldError if
    absent)."""

    title: str
    """Title of event. Required (reading raises MissingFieldError if absent)."""

    subtitle: str
    """Subtitle of event. Required (reading raises MissingFieldError if absent)."""

    collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType
    """Collateral return type, MECNET or DIRECNET of the event. Empty if there is no collateral return scheme for
    the event. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str
    """Series ticker for the event. Required (reading raises MissingFieldError if absent)."""

    strike_date: int | None
    """Optional - Unix timestamp to indicate the strike date of the event if there is one. Optional (None if
    absent)."""

    strike_period: str | None
    """Optional - String to indicate the strike period of the event if there is one. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "title": _t.StrField("title", required=True),
        "subtitle": _t.StrField("subtitle", required=True),
        "collateral_return_type": _t.EnumField(
            "collateral_return_type", EventLifecyclePayloadMsgCollateralReturnType, required=True
        ),
        "series_ticker": _t.StrField("series_ticker", required=True),
        "strike_date": _t.IntField("strike_date"),
        "strike_period": _t.StrField("strike_period"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_event_ticker,
            k_exchange_index,
            k_title,
            k_subtitle,
            k_collateral_return_type,
            k_series_ticker,
            k_strike_date,
            k_strike_period,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_event_ticker)) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if type(v := g(k_title)) is str:
            self.title = v
        else:
            self._slow_field("title")
        if type(v := g(k_subtitle)) is str:
            self.subtitle = v
        else:
            self._slow_field("subtitle")
        if (m := _EventLifecyclePayloadMsgCollateralReturnType_get(v := g(k_collateral_return_type))) is not None:
            self.collateral_return_type = m
        else:
            self._slow_field("collateral_return_type")
        if type(v := g(k_series_ticker)) is str:
            self.series_ticker = v
        else:
            self._slow_field("series_ticker")
        if type(v := g(k_strike_date)) is int:
            self.strike_date = v
        elif v is None:
            self.strike_date = None
        else:
            self._slow_field("strike_date")
        if type(v := g(k_strike_period)) is str:
            self.strike_period = v
        elif v is None:
            self.strike_period = None
        else:
            self._slow_field("strike_period")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType | None | Unset = UNSET,
        series_ticker: str | None | Unset = UNSET,
        strike_date: int | None | Unset = UNSET,
        strike_period: str | None | Unset = UNSET,
    ) -> None:
        """A EventLifecyclePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("exchange_index", exchange_index)
        self._set("title", title)
        self._set("subtitle", subtitle)
        self._set("collateral_return_type", collateral_return_type)
        self._set("series_ticker", series_ticker)
        self._set("strike_date", strike_date)
        self._set("strike_period", strike_period)


_KEYS = _t.JsonKeys(*(field.key for field in EventLifecyclePayloadMsg._declared.values()))  # in _load_fast's order
