from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play import PlayByPlay


class GetGameStatsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        pbp (PlayByPlay): Play-by-play data organized by period. Optional (None if absent).
    """

    __slots__ = ("pbp",)

    pbp: PlayByPlay | None
    """Play-by-play data organized by period. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "pbp": _t.ModelField("pbp", f"{__package__}.play_by_play", "PlayByPlay"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("pbp")) is dict:
            self.pbp = _BUILD["pbp"](v)
        elif v is None:
            self.pbp = None
        else:
            self._slow_field("pbp")

    def __init__(
        self,
        *,
        pbp: PlayByPlay | None | Unset = UNSET,
    ) -> None:
        """A GetGameStatsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("pbp", pbp)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "pbp": _t.builder(GetGameStatsResponse, "pbp"),
}
