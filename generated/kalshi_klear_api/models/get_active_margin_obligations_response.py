from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.obligation_entry import ObligationEntry


class GetActiveMarginObligationsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        obligations (list[ObligationEntry]): Outstanding settlement obligations for the current cycle across all
            asset classes, ordered by asset class then obligation ID. Empty when no obligation is pending. Empty
            when absent or null.
    """

    __slots__ = ("obligations",)

    obligations: list[ObligationEntry]
    """Outstanding settlement obligations for the current cycle across all asset classes, ordered by asset class
    then obligation ID. Empty when no obligation is pending. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "obligations": _t.ModelListField(
            "obligations", f"{__package__}.obligation_entry", "ObligationEntry", required=True, empty=True
        ),
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

    def __init__(
        self,
        *,
        obligations: list[ObligationEntry] | None | Unset = UNSET,
    ) -> None:
        """A GetActiveMarginObligationsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("obligations", obligations)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "obligations": _t.builder(GetActiveMarginObligationsResponse, "obligations"),
}
