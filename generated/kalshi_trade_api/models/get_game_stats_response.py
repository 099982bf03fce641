from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play import PlayByPlay


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetGameStatsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        pbp (PlayByPlay): Play-by-play data organized by period. Optional (None if absent).
    """

    __slots__ = ()

    pbp: PlayByPlay | None = _field(_t.ModelField("pbp", f"{__package__}.play_by_play", "PlayByPlay"))
    """Play-by-play data organized by period. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("pbp")) is dict:
            d["pbp"] = _BUILD["pbp"](v)
        elif v is None:
            d["pbp"] = None
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "pbp": GetGameStatsResponse.__dict__["pbp"].build,
}
