from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class GetMarginFundingScheduleResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        schedule (str): Cron expression evaluated in US Eastern Time (e.g. "0 */8 * * *" = midnight, 8AM and 4PM
            ET). Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("schedule",)

    schedule: str
    """Cron expression evaluated in US Eastern Time (e.g. "0 */8 * * *" = midnight, 8AM and 4PM ET). Required
    (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "schedule": _t.StrField("schedule", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("schedule")) is str:
            self.schedule = v
        else:
            self._slow_field("schedule")

    def __init__(
        self,
        *,
        schedule: str | None | Unset = UNSET,
    ) -> None:
        """A GetMarginFundingScheduleResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("schedule", schedule)
