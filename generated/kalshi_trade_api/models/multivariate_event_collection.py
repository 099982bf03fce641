from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_event import AssociatedEvent
    from ..models.price_range import PriceRange


_tc = _t.cached_datetime
_nt = _t.new_datetime


class MultivariateEventCollection(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        collection_ticker (str): Unique identifier for the collection. Required (reading raises
            MissingFieldError if absent).
        series_ticker (str): Series associated with the collection. Events produced in the collection will be
            associated with this series. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Optional (None if absent).
        title (str): Title of the collection. Required (reading raises MissingFieldError if absent).
        description (str): Short description of the collection. Required (reading raises MissingFieldError if
            absent).
        open_date (datetime.datetime): The open date of the collection. Before this time, the collection cannot
            be interacted with. Required (reading raises MissingFieldError if absent).
        close_date (datetime.datetime): The close date of the collection. After this time, the collection cannot
            be interacted with. Required (reading raises MissingFieldError if absent).
        associated_events (list[AssociatedEvent]): List of events with their individual configuration. Empty
            when absent or null.
        associated_event_tickers (list[str]): [DEPRECATED - Use associated_events instead] A list of events
            associated with the collection. Markets in these events can be passed as inputs to the Lookup and Create
            endpoints. Empty when absent or null.
        is_ordered (bool): Whether the collection is ordered. If true, the order of markets passed into
            Lookup/Create affects the output. If false, the order does not matter. Required (reading raises
            MissingFieldError if absent).
        is_single_market_per_event (bool): [DEPRECATED - Use associated_events instead] Whether the collection
            accepts multiple markets from the same event passed into Lookup/Create. Required (reading raises
            MissingFieldError if absent).
        is_all_yes (bool): [DEPRECATED - Use associated_events instead] Whether the collection requires that
            only the market side of 'yes' may be used. Required (reading raises MissingFieldError if absent).
        size_min (int): The minimum number of markets that must be passed into Lookup/Create (inclusive).
            Required (reading raises MissingFieldError if absent).
        size_max (int): The maximum number of markets that must be passed into Lookup/Create (inclusive).
            Required (reading raises MissingFieldError if absent).
        functional_description (str): A functional description of the collection describing how inputs affect
            the output. Required (reading raises MissingFieldError if absent).
        price_level_structure (str): Price level structure used for new markets created in this collection.
            Existing markets may differ; use the market's price_level_structure and price_ranges for its current
            pricing. Required (reading raises MissingFieldError if absent).
        price_ranges (list[PriceRange]): Price bands and tick sizes in fixed-point dollars for new markets
            created in this collection. Use these ranges to determine valid prices rather than hardcoding the
            structure name. Empty when absent or null.
    """

    __slots__ = (
        "collection_ticker",
        "series_ticker",
        "exchange_index",
        "title",
        "description",
        "open_date",
        "close_date",
        "associated_events",
        "associated_event_tickers",
        "is_ordered",
        "is_single_market_per_event",
        "is_all_yes",
        "size_min",
        "size_max",
        "functional_description",
        "price_level_structure",
        "price_ranges",
    )

    collection_ticker: str
    """Unique identifier for the collection. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str
    """Series associated with the collection. Events produced in the collection will be associated with this
    series. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int | None
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    title: str
    """Title of the collection. Required (reading raises MissingFieldError if absent)."""

    description: str
    """Short description of the collection. Required (reading raises MissingFieldError if absent)."""

    open_date: datetime.datetime
    """The open date of the collection. Before this time, the collection cannot be interacted with. Required
    (reading raises MissingFieldError if absent)."""

    close_date: datetime.datetime
    """The close date of the collection. After this time, the collection cannot be interacted with. Required
    (reading raises MissingFieldError if absent)."""

    associated_events: list[AssociatedEvent]
    """List of events with their individual configuration. Empty when absent or null."""

    associated_event_tickers: list[str]
    """[DEPRECATED - Use associated_events instead] A list of events associated with the collection. Markets in
    these events can be passed as inputs to the Lookup and Create endpoints. Empty when absent or null."""

    is_ordered: bool
    """Whether the collection is ordered. If true, the order of markets passed into Lookup/Create affects the
    output. If false, the order does not matter. Required (reading raises MissingFieldError if absent)."""

    is_single_market_per_event: bool
    """[DEPRECATED - Use associated_events instead] Whether the collection accepts multiple markets from the same
    event passed into Lookup/Create. Required (reading raises MissingFieldError if absent)."""

    is_all_yes: bool
    """[DEPRECATED - Use associated_events instead] Whether the collection requires that only the market side of
    'yes' may be used. Required (reading raises MissingFieldError if absent)."""

    size_min: int
    """The minimum number of markets that must be passed into Lookup/Create (inclusive). Required (reading raises
    MissingFieldError if absent)."""

    size_max: int
    """The maximum number of markets that must be passed into Lookup/Create (inclusive). Required (reading raises
    MissingFieldError if absent)."""

    functional_description: str
    """A functional description of the collection describing how inputs affect the output. Required (reading raises
    MissingFieldError if absent)."""

    price_level_structure: str
    """Price level structure used for new markets created in this collection. Existing markets may differ; use the
    market's price_level_structure and price_ranges for its current pricing. Required (reading raises
    MissingFieldError if absent)."""

    price_ranges: list[PriceRange]
    """Price bands and tick sizes in fixed-point dollars for new markets created in this collection. Use these
    ranges to determine valid prices rather than hardcoding the structure name. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "collection_ticker": _t.StrField("collection_ticker", required=True),
        "series_ticker": _t.StrField("series_ticker", required=True),
        "exchange_index": _t.IntField("exchange_index"),
        "title": _t.StrField("title", required=True),
        "description": _t.StrField("description", required=True),
        "open_date": _t.DateTimeField("open_date", required=True),
        "close_date": _t.DateTimeField("close_date", required=True),
        "associated_events": _t.ModelListField(
            "associated_events", f"{__package__}.associated_event", "AssociatedEvent", required=True, empty=True
        ),
        "associated_event_tickers": _t.ListField(
            "associated_event_tickers", _t.StrField("item"), required=True, empty=True
        ),
        "is_ordered": _t.BoolField("is_ordered", required=True),
        "is_single_market_per_event": _t.BoolField("is_single_market_per_event", required=True),
        "is_all_yes": _t.BoolField("is_all_yes", required=True),
        "size_min": _t.IntField("size_min", required=True),
        "size_max": _t.IntField("size_max", required=True),
        "functional_description": _t.StrField("functional_description", required=True),
        "price_level_structure": _t.StrField("price_level_structure", required=True),
        "price_ranges": _t.ModelListField(
            "price_ranges", f"{__package__}.price_range", "PriceRange", required=True, empty=True
        ),
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
            k_collection_ticker,
            k_series_ticker,
            k_exchange_index,
            k_title,
            k_description,
            k_open_date,
            k_close_date,
            k_associated_events,
            k_associated_event_tickers,
            k_is_ordered,
            k_is_single_market_per_event,
            k_is_all_yes,
            k_size_min,
            k_size_max,
            k_functional_description,
            k_price_level_structure,
            k_price_ranges,
        ) = _KEYS.keys
        if type(v := g(k_collection_ticker)) is str:
            self.collection_ticker = v
        else:
            self._slow_field("collection_ticker")
        if type(v := g(k_series_ticker)) is str:
            self.series_ticker = v
        else:
            self._slow_field("series_ticker")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
        else:
            self._slow_field("exchange_index")
        if type(v := g(k_title)) is str:
            self.title = v
        else:
            self._slow_field("title")
        if type(v := g(k_description)) is str:
            self.description = v
        else:
            self._slow_field("description")
        if (t := _tc(v := g(k_open_date))) is not None:
            self.open_date = t
        elif isinstance(v, str):
            self.open_date = _nt(v)
        else:
            self._slow_field("open_date")
        if (t := _tc(v := g(k_close_date))) is not None:
            self.close_date = t
        elif isinstance(v, str):
            self.close_date = _nt(v)
        else:
            self._slow_field("close_date")
        if type(v := g(k_associated_events)) is list:
            self.associated_events = _BUILD["associated_events"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("associated_events")
        self._slow_field("associated_event_tickers")
        if type(v := g(k_is_ordered)) is bool:
            self.is_ordered = v
        else:
            self._slow_field("is_ordered")
        if type(v := g(k_is_single_market_per_event)) is bool:
            self.is_single_market_per_event = v
        else:
            self._slow_field("is_single_market_per_event")
        if type(v := g(k_is_all_yes)) is bool:
            self.is_all_yes = v
        else:
            self._slow_field("is_all_yes")
        if type(v := g(k_size_min)) is int:
            self.size_min = v
        else:
            self._slow_field("size_min")
        if type(v := g(k_size_max)) is int:
            self.size_max = v
        else:
            self._slow_field("size_max")
        if type(v := g(k_functional_description)) is str:
            self.functional_description = v
        else:
            self._slow_field("functional_description")
        if type(v := g(k_price_level_structure)) is str:
            self.price_level_structure = v
        else:
            self._slow_field("price_level_structure")
        if type(v := g(k_price_ranges)) is list:
            self.price_ranges = _BUILD["price_ranges"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("price_ranges")

    def __init__(
        self,
        *,
        collection_ticker: str | None | Unset = UNSET,
        series_ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        open_date: datetime.datetime | None | Unset = UNSET,
        close_date: datetime.datetime | None | Unset = UNSET,
        associated_events: list[AssociatedEvent] | None | Unset = UNSET,
        associated_event_tickers: list[str] | None | Unset = UNSET,
        is_ordered: bool | None | Unset = UNSET,
        is_single_market_per_event: bool | None | Unset = UNSET,
        is_all_yes: bool | None | Unset = UNSET,
        size_min: int | None | Unset = UNSET,
        size_max: int | None | Unset = UNSET,
        functional_description: str | None | Unset = UNSET,
        price_level_structure: str | None | Unset = UNSET,
        price_ranges: list[PriceRange] | None | Unset = UNSET,
    ) -> None:
        """A MultivariateEventCollection from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("collection_ticker", collection_ticker)
        self._set("series_ticker", series_ticker)
        self._set("exchange_index", exchange_index)
        self._set("title", title)
        self._set("description", description)
        self._set("open_date", open_date)
        self._set("close_date", close_date)
        self._set("associated_events", associated_events)
        self._set("associated_event_tickers", associated_event_tickers)
        self._set("is_ordered", is_ordered)
        self._set("is_single_market_per_event", is_single_market_per_event)
        self._set("is_all_yes", is_all_yes)
        self._set("size_min", size_min)
        self._set("size_max", size_max)
        self._set("functional_description", functional_description)
        self._set("price_level_structure", price_level_structure)
        self._set("price_ranges", price_ranges)


_KEYS = _t.JsonKeys(*(field.key for field in MultivariateEventCollection._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "associated_events": _t.builder(MultivariateEventCollection, "associated_events"),
    "price_ranges": _t.builder(MultivariateEventCollection, "price_ranges"),
}
