from __future__ import annotations

import datetime
from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class MarginCorporateActionCashTerms(_t.ResponseModel):
    """Terms for cash_dividend, special_dividend or spin_off. Omitted for other types and cancelled notices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            cash_per_share (Decimal): Cash in US dollars per underlying share. Example: 0.5600. Optional (None if
                absent).
            cash_per_contract (Decimal): Cash in US dollars per contract. A positive amount credits longs and debits
                shorts. Example: 0.5600. Optional (None if absent).
            ex_date (datetime.date): Corporate action ex-date, where available. Optional (None if absent).
    """

    __slots__ = (
        "cash_per_share",
        "cash_per_contract",
        "ex_date",
    )

    cash_per_share: Decimal | None
    """Cash in US dollars per underlying share. Example: 0.5600. Optional (None if absent)."""

    cash_per_contract: Decimal | None
    """Cash in US dollars per contract. A positive amount credits longs and debits shorts. Example: 0.5600.
    Optional (None if absent)."""

    ex_date: datetime.date | None
    """Corporate action ex-date, where available. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "cash_per_share": _t.DecimalField("cash_per_share"),
        "cash_per_contract": _t.DecimalField("cash_per_contract"),
        "ex_date": _t.DateField("ex_date"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("cash_per_share"))) is not None:  # only text already parsed is in the cache
            self.cash_per_share = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.cash_per_share = _nd(v)
        elif v is None or v == "":
            self.cash_per_share = None
        else:
            self._slow_field("cash_per_share")
        if (x := _dc(v := g("cash_per_contract"))) is not None:  # only text already parsed is in the cache
            self.cash_per_contract = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.cash_per_contract = _nd(v)
        elif v is None or v == "":
            self.cash_per_contract = None
        else:
            self._slow_field("cash_per_contract")
        self._slow_field("ex_date")

    def __init__(
        self,
        *,
        cash_per_share: Decimal | None | Unset = UNSET,
        cash_per_contract: Decimal | None | Unset = UNSET,
        ex_date: datetime.date | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionCashTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("cash_per_share", cash_per_share)
        self._set("cash_per_contract", cash_per_contract)
        self._set("ex_date", ex_date)
