from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_payment_detail import FundingPaymentDetail


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetObligationFundingPaymentsResponse(_t.Page["FundingPaymentDetail"], _t.ResponseModel):
    """A page of ``funding_payments``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            funding_payments (list[FundingPaymentDetail]): Empty when absent or null.
            cursor (str): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
                are no more results. Optional (None if absent).
    """

    __slots__ = ()
    items_field = "funding_payments"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.funding_payment_detail", "FundingPaymentDetail")

    funding_payments: list[FundingPaymentDetail] = _field(
        _t.ModelListField(
            "funding_payments",
            f"{__package__}.funding_payment_detail",
            "FundingPaymentDetail",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there are no more
    results. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("funding_payments")) is list:
            d["funding_payments"] = _BUILD["funding_payments"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("funding_payments")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        funding_payments: list[FundingPaymentDetail] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetObligationFundingPaymentsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("funding_payments", funding_payments)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "funding_payments": GetObligationFundingPaymentsResponse.__dict__["funding_payments"].build,
}
