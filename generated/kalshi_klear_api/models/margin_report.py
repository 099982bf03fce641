from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..models.margin_report_report_type import MarginReportReportType
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime
_MarginReportReportType_get = _t.member_lookup(MarginReportReportType)


class MarginReport(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        report_type (MarginReportReportType): Report file type. Every type is a CSV except `daily_statement`,
            the end-of-day PDF statement that lays out the same date's position, trade, settlement, funding, and
            cash files with an account summary. Required (reading raises MissingFieldError if absent).
        url (str): Presigned download URL (omitted from logs). Required (reading raises MissingFieldError if
            absent).
        date (datetime.date): The ET report date the file belongs to. Intraday snapshots after 4pm ET belong to
            the next report date. Required (reading raises MissingFieldError if absent).
        created_ts (datetime.datetime): Required (reading raises MissingFieldError if absent).
        is_end_of_day (bool): Required (reading raises MissingFieldError if absent).
        snapshot_ts (datetime.datetime): Snapshot instant for intraday files (noon and hourly cycles); omitted
            for end-of-day files. Optional (None if absent).
    """

    __slots__ = (
        "report_type",
        "url",
        "date",
        "created_ts",
        "is_end_of_day",
        "snapshot_ts",
    )

    report_type: MarginReportReportType
    """Report file type. Every type is a CSV except `daily_statement`, the end-of-day PDF statement that lays out
    the same date's position, trade, settlement, funding, and cash files with an account summary. Required
    (reading raises MissingFieldError if absent)."""

    url: str
    """Presigned download URL (omitted from logs). Required (reading raises MissingFieldError if absent)."""

    date: datetime.date
    """The ET report date the file belongs to. Intraday snapshots after 4pm ET belong to the next report date.
    Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    is_end_of_day: bool
    """Required (reading raises MissingFieldError if absent)."""

    snapshot_ts: datetime.datetime | None
    """Snapshot instant for intraday files (noon and hourly cycles); omitted for end-of-day files. Optional (None
    if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "report_type": _t.EnumField("report_type", MarginReportReportType, required=True),
        "url": _t.StrField("url", required=True),
        "date": _t.DateField("date", required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "is_end_of_day": _t.BoolField("is_end_of_day", required=True),
        "snapshot_ts": _t.DateTimeField("snapshot_ts"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if (m := _MarginReportReportType_get(v := g("report_type"))) is not None:
            self.report_type = m
        else:
            self._slow_field("report_type")
        if type(v := g("url")) is str:
            self.url = v
        else:
            self._slow_field("url")
        self._slow_field("date")
        if (t := _tc(v := g("created_ts"))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if type(v := g("is_end_of_day")) is bool:
            self.is_end_of_day = v
        else:
            self._slow_field("is_end_of_day")
        if (t := _tc(v := g("snapshot_ts"))) is not None:
            self.snapshot_ts = t
        elif isinstance(v, str):
            self.snapshot_ts = _nt(v)
        elif v is None:
            self.snapshot_ts = None
        else:
            self._slow_field("snapshot_ts")

    def __init__(
        self,
        *,
        report_type: MarginReportReportType | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        is_end_of_day: bool | None | Unset = UNSET,
        snapshot_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A MarginReport from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("report_type", report_type)
        self._set("url", url)
        self._set("date", date)
        self._set("created_ts", created_ts)
        self._set("is_end_of_day", is_end_of_day)
        self._set("snapshot_ts", snapshot_ts)
