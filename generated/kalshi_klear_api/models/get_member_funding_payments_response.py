from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_funding_payment import MemberFundingPayment


class GetMemberFundingPaymentsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        payments (list[MemberFundingPayment]): Empty when absent or null.
        cursor (str): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
            are no more results. Optional (None if absent).
    """

    __slots__ = (
        "payments",
        "cursor",
    )

    payments: list[MemberFundingPayment]
    """Empty when absent or null."""

    cursor: str | None
    """Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there are no more
    results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "payments": _t.ModelListField(
            "payments", f"{__package__}.member_funding_payment", "MemberFundingPayment", required=True, empty=True
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("payments")) is list:
            self.payments = _BUILD["payments"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("payments")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        payments: list[MemberFundingPayment] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetMemberFundingPaymentsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("payments", payments)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "payments": _t.builder(GetMemberFundingPaymentsResponse, "payments"),
}
