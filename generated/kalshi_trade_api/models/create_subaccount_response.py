from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class CreateSubaccountResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subaccount_number (int): The sequential number assigned to this subaccount (1-63). Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ("subaccount_number",)

    subaccount_number: int
    """The sequential number assigned to this subaccount (1-63). Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount_number": _t.IntField("subaccount_number", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subaccount_number")) is int:
            self.subaccount_number = v
        else:
            self._slow_field("subaccount_number")

    def __init__(
        self,
        *,
        subaccount_number: int | None | Unset = UNSET,
    ) -> None:
        """A CreateSubaccountResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subaccount_number", subaccount_number)
