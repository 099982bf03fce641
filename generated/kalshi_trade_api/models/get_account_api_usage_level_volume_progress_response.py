from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_progress import AccountApiUsageLevelVolumeProgress


class GetAccountApiUsageLevelVolumeProgressResponse(_t.Page["AccountApiUsageLevelVolumeProgress"], _t.ResponseModel):
    """A page of ``volume_progress``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            volume_progress (list[AccountApiUsageLevelVolumeProgress]): Latest cron-computed trading volume progress
                toward volume-based API usage tiers for the predictions (event_contract) lane. Volume-based public tiers
                are Expert, Premier, Paragon, Prime, and Prestige. Empty when absent or null.
    """

    __slots__ = ("volume_progress",)
    items_field = "volume_progress"
    cursor_field = None
    _item_ref = _t._ClassRef(
        f"{__package__}.account_api_usage_level_volume_progress", "AccountApiUsageLevelVolumeProgress"
    )

    volume_progress: list[AccountApiUsageLevelVolumeProgress]
    """Latest cron-computed trading volume progress toward volume-based API usage tiers for the predictions
    (event_contract) lane. Volume-based public tiers are Expert, Premier, Paragon, Prime, and Prestige. Empty
    when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "volume_progress": _t.ModelListField(
            "volume_progress",
            f"{__package__}.account_api_usage_level_volume_progress",
            "AccountApiUsageLevelVolumeProgress",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("volume_progress")) is list:
            self.volume_progress = _BUILD["volume_progress"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("volume_progress")

    def __init__(
        self,
        *,
        volume_progress: list[AccountApiUsageLevelVolumeProgress] | None | Unset = UNSET,
    ) -> None:
        """A GetAccountApiUsageLevelVolumeProgressResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("volume_progress", volume_progress)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "volume_progress": _t.builder(GetAccountApiUsageLevelVolumeProgressResponse, "volume_progress"),
}
