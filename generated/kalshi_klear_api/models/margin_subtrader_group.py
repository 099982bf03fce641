from __future__ import annotations

from uuid import UUID

from .. import types as _t
from ..types import UNSET, Unset


class MarginSubtraderGroup(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        group_id (UUID): Required (reading raises MissingFieldError if absent).
        member_subtrader_ids (list[str]): Empty when absent or null.
    """

    __slots__ = (
        "group_id",
        "member_subtrader_ids",
    )

    group_id: UUID
    """Required (reading raises MissingFieldError if absent)."""

    member_subtrader_ids: list[str]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "group_id": _t.UuidField("group_id", required=True),
        "member_subtrader_ids": _t.ListField("member_subtrader_ids", _t.StrField("item"), required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("group_id")
        self._slow_field("member_subtrader_ids")

    def __init__(
        self,
        *,
        group_id: UUID | None | Unset = UNSET,
        member_subtrader_ids: list[str] | None | Unset = UNSET,
    ) -> None:
        """A MarginSubtraderGroup from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("group_id", group_id)
        self._set("member_subtrader_ids", member_subtrader_ids)
