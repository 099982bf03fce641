from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "maintenance_margin_fp",
        "base_margin_fp",
        "hvar_fp",
        "apc_fp",
        "funding_addon_fp",
        "liquidation_addon_fp",
    )

    maintenance_margin_fp: Decimal | None
    """Maintenance margin requirement for the submitted portfolio, in USD (e.g. "1234.5600"). Equals base_margin_fp
    + funding_addon_fp + liquidation_addon_fp, subject to per-market minimums on gross-margined markets and to
    each component being rounded individually, so the components need not sum exactly to this total. Optional
    (None if absent)."""

    base_margin_fp: Decimal | None
    """Base scenario margin charged, in USD: the larger of the historical-VaR and APC candidates, taken per market
    for gross-margined markets and across the whole portfolio for portfolio-margined ones, then summed. Equals
    max(hvar_fp, apc_fp) only when the entire portfolio is portfolio-margined; with gross-margined markets it
    can exceed both. Optional (None if absent)."""

    hvar_fp: Decimal | None
    """Portfolio total of the historical-VaR candidate for the base scenario margin, in USD. Optional (None if
    absent)."""

    apc_fp: Decimal | None
    """Portfolio total of the APC candidate for the base scenario margin, in USD, computed over the pooled APC and
    augmented stress scenario set. Optional (None if absent)."""

    funding_addon_fp: Decimal | None
    """Funding margin add-on, in USD. Optional (None if absent)."""

    liquidation_addon_fp: Decimal | None
    """Liquidation margin add-on, in USD. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "maintenance_margin_fp": _t.DecimalField("maintenance_margin_fp"),
        "base_margin_fp": _t.DecimalField("base_margin_fp"),
        "hvar_fp": _t.DecimalField("hvar_fp"),
        "apc_fp": _t.DecimalField("apc_fp"),
        "funding_addon_fp": _t.DecimalField("funding_addon_fp"),
        "liquidation_addon_fp": _t.DecimalField("liquidation_addon_fp"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("maintenance_margin_fp"))) is not None:  # only text already parsed is in the cache
            self.maintenance_margin_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maintenance_margin_fp = _nd(v)
        elif v is None or v == "":
            self.maintenance_margin_fp = None
        else:
            self._slow_field("maintenance_margin_fp")
        if (x := _dc(v := g("base_margin_fp"))) is not None:  # only text already parsed is in the cache
            self.base_margin_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.base_margin_fp = _nd(v)
        elif v is None or v == "":
            self.base_margin_fp = None
        else:
            self._slow_field("base_margin_fp")
        if (x := _dc(v := g("hvar_fp"))) is not None:  # only text already parsed is in the cache
            self.hvar_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.hvar_fp = _nd(v)
        elif v is None or v == "":
            self.hvar_fp = None
        else:
            self._slow_field("hvar_fp")
        if (x := _dc(v := g("apc_fp"))) is not None:  # only text already parsed is in the cache
            self.apc_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.apc_fp = _nd(v)
        elif v is None or v == "":
            self.apc_fp = None
        else:
            self._slow_field("apc_fp")
        if (x := _dc(v := g("funding_addon_fp"))) is not None:  # only text already parsed is in the cache
            self.funding_addon_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.funding_addon_fp = _nd(v)
        elif v is None or v == "":
            self.funding_addon_fp = None
        else:
            self._slow_field("funding_addon_fp")
        if (x := _dc(v := g("liquidation_addon_fp"))) is not None:  # only text already parsed is in the cache
            self.liquidation_addon_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.liquidation_addon_fp = _nd(v)
        elif v is None or v == "":
            self.liquidation_addon_fp = None
        else:
            self._slow_field("liquidation_addon_fp")

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
        self._done = None
        self._set("maintenance_margin_fp", maintenance_margin_fp)
        self._set("base_margin_fp", base_margin_fp)
        self._set("hvar_fp", hvar_fp)
        self._set("apc_fp", apc_fp)
        self._set("funding_addon_fp", funding_addon_fp)
        self._set("liquidation_addon_fp", liquidation_addon_fp)
