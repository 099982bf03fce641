from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incentive_program import IncentiveProgram


class GetIncentiveProgramsResponse(_t.Page["IncentiveProgram"], _t.ResponseModel):
    """A page of ``incentive_programs``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            incentive_programs (list[IncentiveProgram]): Empty when absent or null.
            next_cursor (str): Cursor for pagination to get the next page of results. Optional (None if absent).
    """

    __slots__ = (
        "incentive_programs",
        "next_cursor",
    )
    items_field = "incentive_programs"
    cursor_field = "next_cursor"
    _item_ref = _t._ClassRef(f"{__package__}.incentive_program", "IncentiveProgram")

    incentive_programs: list[IncentiveProgram]
    """Empty when absent or null."""

    next_cursor: str | None
    """Cursor for pagination to get the next page of results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "incentive_programs": _t.ModelListField(
            "incentive_programs", f"{__package__}.incentive_program", "IncentiveProgram", required=True, empty=True
        ),
        "next_cursor": _t.StrField("next_cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("incentive_programs")) is list:
            self.incentive_programs = _BUILD["incentive_programs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("incentive_programs")
        if type(v := g("next_cursor")) is str:
            self.next_cursor = v
        elif v is None:
            self.next_cursor = None
        else:
            self._slow_field("next_cursor")

    def __init__(
        self,
        *,
        incentive_programs: list[IncentiveProgram] | None | Unset = UNSET,
        next_cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetIncentiveProgramsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("incentive_programs", incentive_programs)
        self._set("next_cursor", next_cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "incentive_programs": _t.builder(GetIncentiveProgramsResponse, "incentive_programs"),
}
