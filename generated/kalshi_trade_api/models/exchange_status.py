from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_index_status import ExchangeIndexStatus


_tc = _t.cached_datetime
_nt = _t.new_datetime


class ExchangeStatus(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_active (bool): False if the core Kalshi exchange is no longer taking any state changes at all.
            This includes but is not limited to trading, new users, and transfers. True unless we are under
            maintenance. Required (reading raises MissingFieldError if absent).
        trading_active (bool): True if we are currently permitting trading on the exchange. This is true during
            trading hours and false outside exchange hours. Kalshi reserves the right to pause at any time in case
            issues are detected. Required (reading raises MissingFieldError if absent).
        intra_exchange_transfers_active (bool): True if intra-exchange transfers are currently permitted. False
            when transfers are temporarily blocked. Optional (None if absent).
        exchange_estimated_resume_time (datetime.datetime): Estimated downtime for the current exchange
            maintenance window. However, this is not guaranteed and can be extended. Optional (None if absent).
        exchange_index_statuses (list[ExchangeIndexStatus]): Status of each exchange index. The top-level fields
            above reflect the default exchange index (0). Absent when the per-index breakdown is unavailable. Empty
            when absent or null.
    """

    __slots__ = (
        "exchange_active",
        "trading_active",
        "intra_exchange_transfers_active",
        "exchange_estimated_resume_time",
        "exchange_index_statuses",
    )

    exchange_active: bool
    """False if the core Kalshi exchange is no longer taking any state changes at all. This includes but is not
    limited to trading, new users, and transfers. True unless we are under maintenance. Required (reading raises
    MissingFieldError if absent)."""

    trading_active: bool
    """True if we are currently permitting trading on the exchange. This is true during trading hours and false
    outside exchange hours. Kalshi reserves the right to pause at any time in case issues are detected. Required
    (reading raises MissingFieldError if absent)."""

    intra_exchange_transfers_active: bool | None
    """True if intra-exchange transfers are currently permitted. False when transfers are temporarily blocked.
    Optional (None if absent)."""

    exchange_estimated_resume_time: datetime.datetime | None
    """Estimated downtime for the current exchange maintenance window. However, this is not guaranteed and can be
    extended. Optional (None if absent)."""

    exchange_index_statuses: list[ExchangeIndexStatus]
    """Status of each exchange index. The top-level fields above reflect the default exchange index (0). Absent
    when the per-index breakdown is unavailable. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "exchange_active": _t.BoolField("exchange_active", required=True),
        "trading_active": _t.BoolField("trading_active", required=True),
        "intra_exchange_transfers_active": _t.BoolField("intra_exchange_transfers_active"),
        "exchange_estimated_resume_time": _t.DateTimeField("exchange_estimated_resume_time", nullable=True),
        "exchange_index_statuses": _t.ModelListField(
            "exchange_index_statuses", f"{__package__}.exchange_index_status", "ExchangeIndexStatus", empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("exchange_active")) is bool:
            self.exchange_active = v
        else:
            self._slow_field("exchange_active")
        if type(v := g("trading_active")) is bool:
            self.trading_active = v
        else:
            self._slow_field("trading_active")
        if type(v := g("intra_exchange_transfers_active")) is bool:
            self.intra_exchange_transfers_active = v
        elif v is None:
            self.intra_exchange_transfers_active = None
        else:
            self._slow_field("intra_exchange_transfers_active")
        if (t := _tc(v := g("exchange_estimated_resume_time"))) is not None:
            self.exchange_estimated_resume_time = t
        elif isinstance(v, str):
            self.exchange_estimated_resume_time = _nt(v)
        elif v is None:
            self.exchange_estimated_resume_time = None
        else:
            self._slow_field("exchange_estimated_resume_time")
        if type(v := g("exchange_index_statuses")) is list:
            self.exchange_index_statuses = _BUILD["exchange_index_statuses"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("exchange_index_statuses")

    def __init__(
        self,
        *,
        exchange_active: bool | None | Unset = UNSET,
        trading_active: bool | None | Unset = UNSET,
        intra_exchange_transfers_active: bool | None | Unset = UNSET,
        exchange_estimated_resume_time: datetime.datetime | None | Unset = UNSET,
        exchange_index_statuses: list[ExchangeIndexStatus] | None | Unset = UNSET,
    ) -> None:
        """A ExchangeStatus from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("exchange_active", exchange_active)
        self._set("trading_active", trading_active)
        self._set("intra_exchange_transfers_active", intra_exchange_transfers_active)
        self._set("exchange_estimated_resume_time", exchange_estimated_resume_time)
        self._set("exchange_index_statuses", exchange_index_statuses)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "exchange_index_statuses": _t.builder(ExchangeStatus, "exchange_index_statuses"),
}
