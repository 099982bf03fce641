from __future__ import annotations

from .. import types as _t


class MilestoneDetails(_t.ResponseModel):
    """Additional details about the milestone. `details.status`, when present, is maintained by a periodic background
    job. It lags the game's live state and may be stale or inaccurate, for example remaining `live` after the game
    ends. For game status, prefer live data, which is updated far more often: `live_data.details.status` from `GET
    /live_data/milestone/{milestone_id}`, or each entry's `details.status` from `GET /live_data/batch`. Scores are
    in the sport-specific fields of that live data `details` object.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A MilestoneDetails from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
