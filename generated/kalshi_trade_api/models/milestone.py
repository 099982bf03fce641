from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


_tc = _t.cached_datetime
_nt = _t.new_datetime


class Milestone(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the milestone. Required (reading raises MissingFieldError if absent).
        category (str): Category of the milestone. E.g. Sports, Elections, Esports, Crypto. Example: Sports.
            Required (reading raises MissingFieldError if absent).
        type_ (str): Type of the milestone. E.g. football_game, basketball_game, soccer_tournament_multi_leg,
            baseball_game, hockey_match, golf_tournament, political_race. Example: football_game. Required (reading
            raises MissingFieldError if absent).
        start_date (datetime.datetime): Start date of the milestone. Required (reading raises MissingFieldError
            if absent).
        end_date (datetime.datetime): End date of the milestone, if any. Optional (None if absent).
        related_event_tickers (list[str]): List of event tickers related to this milestone. Empty when absent or
            null.
        title (str): Title of the milestone. Required (reading raises MissingFieldError if absent).
        notification_message (str): Notification message for the milestone. Required (reading raises
            MissingFieldError if absent).
        source_id (str): Source id of milestone if available. Optional (None if absent).
        source_ids (MilestoneSourceIds): Source ids of milestone if available. Optional (None if absent).
        details (MilestoneDetails): Additional details about the milestone. `details.status`, when present, is
            maintained by a periodic background job. It lags the game's live state and may be stale or inaccurate,
            for example remaining `live` after the game ends. For game status, prefer live data, which is updated
            far more often: `live_data.details.status` from `GET /live_data/milestone/{milestone_id}`, or each
            entry's `details.status` from `GET /live_data/batch`. Scores are in the sport-specific fields of that
            live data `details` object. Required (reading raises MissingFieldError if absent).
        primary_event_tickers (list[str]): List of event tickers directly related to the outcome of this
            milestone. Empty when absent or null.
        last_updated_ts (datetime.datetime): Last time this structured target was updated. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "category",
        "type_",
        "start_date",
        "end_date",
        "related_event_tickers",
        "title",
        "notification_message",
        "source_id",
        "source_ids",
        "details",
        "primary_event_tickers",
        "last_updated_ts",
    )

    id: str
    """Unique identifier for the milestone. Required (reading raises MissingFieldError if absent)."""

    category: str
    """Category of the milestone. E.g. Sports, Elections, Esports, Crypto. Example: Sports. Required (reading
    raises MissingFieldError if absent)."""

    type_: str
    """Type of the milestone. E.g. football_game, basketball_game, soccer_tournament_multi_leg, baseball_game,
    hockey_match, golf_tournament, political_race. Example: football_game. Required (reading raises
    MissingFieldError if absent)."""

    start_date: datetime.datetime
    """Start date of the milestone. Required (reading raises MissingFieldError if absent)."""

    end_date: datetime.datetime | None
    """End date of the milestone, if any. Optional (None if absent)."""

    related_event_tickers: list[str]
    """List of event tickers related to this milestone. Empty when absent or null."""

    title: str
    """Title of the milestone. Required (reading raises MissingFieldError if absent)."""

    notification_message: str
    """Notification message for the milestone. Required (reading raises MissingFieldError if absent)."""

    source_id: str | None
    """Source id of milestone if available. Optional (None if absent)."""

    source_ids: MilestoneSourceIds | None
    """Source ids of milestone if available. Optional (None if absent)."""

    details: MilestoneDetails
    """Additional details about the milestone. `details.status`, when present, is maintained by a periodic
    background job. It lags the game's live state and may be stale or inaccurate, for example remaining `live`
    after the game ends. For game status, prefer live data, which is updated far more often:
    `live_data.details.status` from `GET /live_data/milestone/{milestone_id}`, or each entry's `details.status`
    from `GET /live_data/batch`. Scores are in the sport-specific fields of that live data `details` object.
    Required (reading raises MissingFieldError if absent)."""

    primary_event_tickers: list[str]
    """List of event tickers directly related to the outcome of this milestone. Empty when absent or null."""

    last_updated_ts: datetime.datetime
    """Last time this structured target was updated. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "category": _t.StrField("category", required=True),
        "type_": _t.StrField("type", required=True),
        "start_date": _t.DateTimeField("start_date", required=True),
        "end_date": _t.DateTimeField("end_date", nullable=True),
        "related_event_tickers": _t.ListField("related_event_tickers", _t.StrField("item"), required=True, empty=True),
        "title": _t.StrField("title", required=True),
        "notification_message": _t.StrField("notification_message", required=True),
        "source_id": _t.StrField("source_id", nullable=True),
        "source_ids": _t.ModelField("source_ids", f"{__package__}.milestone_source_ids", "MilestoneSourceIds"),
        "details": _t.ModelField("details", f"{__package__}.milestone_details", "MilestoneDetails", required=True),
        "primary_event_tickers": _t.ListField("primary_event_tickers", _t.StrField("item"), required=True, empty=True),
        "last_updated_ts": _t.DateTimeField("last_updated_ts", required=True),
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
            k_id,
            k_category,
            k_type_,
            k_start_date,
            k_end_date,
            k_related_event_tickers,
            k_title,
            k_notification_message,
            k_source_id,
            k_source_ids,
            k_details,
            k_primary_event_tickers,
            k_last_updated_ts,
        ) = _KEYS.keys
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_category)) is str:
            self.category = v
        else:
            self._slow_field("category")
        if type(v := g(k_type_)) is str:
            self.type_ = v
        else:
            self._slow_field("type_")
        if (t := _tc(v := g(k_start_date))) is not None:
            self.start_date = t
        elif isinstance(v, str):
            self.start_date = _nt(v)
        else:
            self._slow_field("start_date")
        if (t := _tc(v := g(k_end_date))) is not None:
            self.end_date = t
        elif isinstance(v, str):
            self.end_date = _nt(v)
        elif v is None:
            self.end_date = None
        else:
            self._slow_field("end_date")
        self._slow_field("related_event_tickers")
        if type(v := g(k_title)) is str:
            self.title = v
        else:
            self._slow_field("title")
        if type(v := g(k_notification_message)) is str:
            self.notification_message = v
        else:
            self._slow_field("notification_message")
        if type(v := g(k_source_id)) is str:
            self.source_id = v
        elif v is None:
            self.source_id = None
        else:
            self._slow_field("source_id")
        if type(v := g(k_source_ids)) is dict:
            self.source_ids = _BUILD["source_ids"](v)
        elif v is None:
            self.source_ids = None
        else:
            self._slow_field("source_ids")
        if type(v := g(k_details)) is dict:
            self.details = _BUILD["details"](v)
        else:
            self._slow_field("details")
        self._slow_field("primary_event_tickers")
        if (t := _tc(v := g(k_last_updated_ts))) is not None:
            self.last_updated_ts = t
        elif isinstance(v, str):
            self.last_updated_ts = _nt(v)
        else:
            self._slow_field("last_updated_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
        related_event_tickers: list[str] | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        notification_message: str | None | Unset = UNSET,
        source_id: str | None | Unset = UNSET,
        source_ids: MilestoneSourceIds | None | Unset = UNSET,
        details: MilestoneDetails | None | Unset = UNSET,
        primary_event_tickers: list[str] | None | Unset = UNSET,
        last_updated_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A Milestone from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("category", category)
        self._set("type_", type_)
        self._set("start_date", start_date)
        self._set("end_date", end_date)
        self._set("related_event_tickers", related_event_tickers)
        self._set("title", title)
        self._set("notification_message", notification_message)
        self._set("source_id", source_id)
        self._set("source_ids", source_ids)
        self._set("details", details)
        self._set("primary_event_tickers", primary_event_tickers)
        self._set("last_updated_ts", last_updated_ts)


_KEYS = _t.JsonKeys(*(field.key for field in Milestone._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "source_ids": _t.builder(Milestone, "source_ids"),
    "details": _t.builder(Milestone, "details"),
}
