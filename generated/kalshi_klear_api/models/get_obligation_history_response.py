from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.obligation_entry import ObligationEntry


class GetObligationHistoryResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        obligations (list[ObligationEntry]): Empty when absent or null.
        cursor (str): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
            are no more results. Optional (None if absent).
    """

    __slots__ = (
        "obligations",
        "cursor",
    )

    obligations: list[ObligationEntry]
    """Empty when absent or null."""

    cursor: str | None
    """Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there are no more
    results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "obligations": _t.ModelListField(
            "obligations", f"{__package__}.obligation_entry", "ObligationEntry", required=True, empty=True
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("obligations")) is list:
            self.obligations = _BUILD["obligations"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("obligations")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        obligations: list[ObligationEntry] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetObligationHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("obligations", obligations)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "obligations": _t.builder(GetObligationHistoryResponse, "obligations"),
}
