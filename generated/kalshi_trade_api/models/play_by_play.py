from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play_periods_item import PlayByPlayPeriodsItem


class PlayByPlay(_t.ResponseModel):
    """Play-by-play data organized by period.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            periods (list[PlayByPlayPeriodsItem]): Empty when absent or null.
    """

    __slots__ = ("periods",)

    periods: list[PlayByPlayPeriodsItem]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "periods": _t.ModelListField(
            "periods", f"{__package__}.play_by_play_periods_item", "PlayByPlayPeriodsItem", empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("periods")) is list:
            self.periods = _BUILD["periods"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("periods")

    def __init__(
        self,
        *,
        periods: list[PlayByPlayPeriodsItem] | None | Unset = UNSET,
    ) -> None:
        """A PlayByPlay from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("periods", periods)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "periods": _t.builder(PlayByPlay, "periods"),
}
