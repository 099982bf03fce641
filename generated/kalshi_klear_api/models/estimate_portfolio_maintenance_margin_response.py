from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class EstimatePortfolioMaintenanceMarginResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        maintenance_margin_fp (Decimal): Maintenance margin requirement for the submitted portfolio, in USD
            (e.g. "1234.5600"). Equals base_margin_fp + funding_addon_fp + liquidation_addon_fp, subject to per-
            market minimums on gross-margined markets and to each component being rounded individually, so the
            components need not sum exactly to this total. Optional (None if absent).
        base_margin_fp (Decimal): Base scenario margin charged, in USD: the larger of the historical-VaR and APC
            candidates, taken per market for gross-margined markets and across the whole portfolio for portfolio-
            margined ones, then summed. Equals max(hvar_fp, apc_fp) only when the entire portfolio is portfolio-
            margined; with gross-margined markets it can exceed both. Optional (None if absent).
        hvar_fp (Decimal): Portfolio total of the historical-VaR candidate for the base scenario margin, in USD.
            Optional (None if absent).
        apc_fp (Decimal): Portfolio total of the APC candidate for the base scenario margin, in USD, computed
            over the pooled APC and augmented stress scenario set. Optional (None if absent).
        funding_addon_fp (Decimal): Funding margin add-on, in USD. Optional (None if absent).
        liquidation_addon_fp (Decimal): Liquidation margin add-on, in USD. Optional (None if absent).
    """

    __slots__ = ()

    maintenance_margin_fp: Decimal | None = _field(_t.DecimalField("maintenance_margin_fp"))
    """Maintenance margin requirement for the submitted portfolio, in USD (e.g. "1234.5600"). Equals base_margin_fp
    + funding_addon_fp + liquidation_addon_fp, subject to per-market minimums on gross-margined markets and to
    each component being rounded individually, so the components need not sum exactly to this total. Optional
    (None if absent)."""

    base_margin_fp: Decimal | None = _field(_t.DecimalField("base_margin_fp"))
    """Base scenario margin charged, in USD: the larger of the historical-VaR and APC candidates, taken per market
    for gross-margined markets and across the whole portfolio for portfolio-margined ones, then summed. Equals
    max(hvar_fp, apc_fp) only when the entire portfolio is portfolio-margined; with gross-margined markets it
    can exceed both. Optional (None if absent)."""

    hvar_fp: Decimal | None = _field(_t.DecimalField("hvar_fp"))
    """Portfolio total of the historical-VaR candidate for the base scenario margin, in USD. Optional (None if
    absent)."""

    apc_fp: Decimal | None = _field(_t.DecimalField("apc_fp"))
    """Portfolio total of the APC candidate for the base scenario margin, in USD, computed over the pooled APC and
    augmented stress scenario set. Optional (None if absent)."""

    funding_addon_fp: Decimal | None = _field(_t.DecimalField("funding_addon_fp"))
    """Funding margin add-on, in USD. Optional (None if absent)."""

    liquidation_addon_fp: Decimal | None = _field(_t.DecimalField("liquidation_addon_fp"))
    """Liquidation margin add-on, in USD. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("maintenance_margin_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["maintenance_margin_fp"] = x
            else:
                slow("maintenance_margin_fp")
        elif v is None:
            d["maintenance_margin_fp"] = None
        elif v is not _M and v != "":
            slow("maintenance_margin_fp")
        v = g("base_margin_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["base_margin_fp"] = x
            else:
                slow("base_margin_fp")
        elif v is None:
            d["base_margin_fp"] = None
        elif v is not _M and v != "":
            slow("base_margin_fp")
        v = g("hvar_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["hvar_fp"] = x
            else:
                slow("hvar_fp")
        elif v is None:
            d["hvar_fp"] = None
        elif v is not _M and v != "":
            slow("hvar_fp")
        v = g("apc_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["apc_fp"] = x
            else:
                slow("apc_fp")
        elif v is None:
            d["apc_fp"] = None
        elif v is not _M and v != "":
            slow("apc_fp")
        v = g("funding_addon_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["funding_addon_fp"] = x
            else:
                slow("funding_addon_fp")
        elif v is None:
            d["funding_addon_fp"] = None
        elif v is not _M and v != "":
            slow("funding_addon_fp")
        v = g("liquidation_addon_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["liquidation_addon_fp"] = x
            else:
                slow("liquidation_addon_fp")
        elif v is None:
            d["liquidation_addon_fp"] = None
        elif v is not _M and v != "":
            slow("liquidation_addon_fp")

    def __init__(
        self,
        *,
        maintenance_margin_fp: Decimal | None | Unset = UNSET,
        base_margin_fp: Decimal | None | Unset = UNSET,
        hvar_fp: Decimal | None | Unset = UNSET,
        apc_fp: Decimal | None | Unset = UNSET,
        funding_addon_fp: Decimal | None | Unset = UNSET,
        liquidation_addon_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A EstimatePortfolioMaintenanceMarginResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("maintenance_margin_fp", maintenance_margin_fp)
        self._set("base_margin_fp", base_margin_fp)
        self._set("hvar_fp", hvar_fp)
        self._set("apc_fp", apc_fp)
        self._set("funding_addon_fp", funding_addon_fp)
        self._set("liquidation_addon_fp", liquidation_addon_fp)
