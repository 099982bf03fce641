from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class GetLargeTraderPositionsResponsePositionsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Optional (None if absent).
        position (int): Signed contract count; positive long, negative short. Can be below the reportable
            threshold when exit_day is true. Optional (None if absent).
        exit_day (bool): True when this row is included because the same market was reportable on the prior
            settlement day but is now below the reportable threshold. Optional (None if absent).
        reportable_threshold (int): CFTC reporting level for this market, in contracts (17 CFR 15.03(b)). A
            position of at least this size in either direction is reportable. Optional (None if absent).
    """

    __slots__ = (
        "market_ticker",
        "position",
        "exit_day",
        "reportable_threshold",
    )

    market_ticker: str | None
    """Optional (None if absent)."""

    position: int | None
    """Signed contract count; positive long, negative short. Can be below the reportable threshold when exit_day is
    true. Optional (None if absent)."""

    exit_day: bool | None
    """True when this row is included because the same market was reportable on the prior settlement day but is now
    below the reportable threshold. Optional (None if absent)."""

    reportable_threshold: int | None
    """CFTC reporting level for this market, in contracts (17 CFR 15.03(b)). A position of at least this size in
    either direction is reportable. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker"),
        "position": _t.IntField("position"),
        "exit_day": _t.BoolField("exit_day"),
        "reportable_threshold": _t.IntField("reportable_threshold"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        elif v is None:
            self.market_ticker = None
        else:
            self._slow_field("market_ticker")
        if type(v := g("position")) is int:
            self.position = v
        elif v is None:
            self.position = None
        else:
            self._slow_field("position")
        if type(v := g("exit_day")) is bool:
            self.exit_day = v
        elif v is None:
            self.exit_day = None
        else:
            self._slow_field("exit_day")
        if type(v := g("reportable_threshold")) is int:
            self.reportable_threshold = v
        elif v is None:
            self.reportable_threshold = None
        else:
            self._slow_field("reportable_threshold")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        position: int | None | Unset = UNSET,
        exit_day: bool | None | Unset = UNSET,
        reportable_threshold: int | None | Unset = UNSET,
    ) -> None:
        """A GetLargeTraderPositionsResponsePositionsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("position", position)
        self._set("exit_day", exit_day)
        self._set("reportable_threshold", reportable_threshold)
