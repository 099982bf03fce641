from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.fee_type import FeeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_product_metadata import SeriesProductMetadata
    from ..models.settlement_source import SettlementSource


_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_FeeType_get = _t.member_lookup(FeeType)


class Series(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): Ticker that identifies this series. Required (reading raises MissingFieldError if absent).
        frequency (str): Description of the frequency of the series. There is no fixed value set here, but will
            be something human-readable like weekly, daily, one-off. Required (reading raises MissingFieldError if
            absent).
        title (str): Title describing the series. For full context use you should use this field with the title
            field of the events belonging to this series. Required (reading raises MissingFieldError if absent).
        category (str): Category is the primary category of this series. Required (reading raises
            MissingFieldError if absent).
        categories (list[str]): Categories is the list of discovery categories for this series. The `category`
            filter on Get Series List matches any entry in this list. May be empty. Empty when absent or null.
        tags (list[str]): Tags specifies the subjects that this series relates to, multiple series from
            different categories can have the same tags. Empty when absent or null.
        settlement_sources (list[SettlementSource]): SettlementSources specifies the official sources used for
            the determination of markets within the series. Methodology is defined in the rulebook. Empty when
            absent or null.
        contract_url (str): ContractUrl provides a direct link to the original filing of the contract which
            underlies the series. Required (reading raises MissingFieldError if absent).
        contract_terms_url (str): ContractTermsUrl is the URL to the current terms of the contract underlying
            the series. Required (reading raises MissingFieldError if absent).
        product_metadata (SeriesProductMetadata): Internal product metadata of the series. Optional (None if
            absent).
        fee_type (FeeType): Fee type for a series or scheduled fee override. Required (reading raises
            MissingFieldError if absent).
        fee_multiplier (float): FeeMultiplier is a floating point multiplier applied to the fee calculations.
            Required (reading raises MissingFieldError if absent).
        additional_prohibitions (list[str]): AdditionalProhibitions is a list of additional trading prohibitions
            for this series. Empty when absent or null.
        volume_fp (Decimal): String representation of the total number of contracts traded across all events in
            this series. Example: 10.00. Optional (None if absent).
        last_updated_ts (datetime.datetime): Timestamp of when this series' metadata was last updated. Optional
            (None if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Optional (None if absent).
    """

    __slots__ = (
        "ticker",
        "frequency",
        "title",
        "category",
        "categories",
        "tags",
        "settlement_sources",
        "contract_url",
        "contract_terms_url",
        "product_metadata",
        "fee_type",
        "fee_multiplier",
        "additional_prohibitions",
        "volume_fp",
        "last_updated_ts",
        "exchange_index",
    )

    ticker: str
    """Ticker that identifies this series. Required (reading raises MissingFieldError if absent)."""

    frequency: str
    """Description of the frequency of the series. There is no fixed value set here, but will be something human-
    readable like weekly, daily, one-off. Required (reading raises MissingFieldError if absent)."""

    title: str
    """Title describing the series. For full context use you should use this field with the title field of the
    events belonging to this series. Required (reading raises MissingFieldError if absent)."""

    category: str
    """Category is the primary category of this series. Required (reading raises MissingFieldError if absent)."""

    categories: list[str]
    """Categories is the list of discovery categories for this series. The `category` filter on Get Series List
    matches any entry in this list. May be empty. Empty when absent or null."""

    tags: list[str]
    """Tags specifies the subjects that this series relates to, multiple series from different categories can have
    the same tags. Empty when absent or null."""

    settlement_sources: list[SettlementSource]
    """SettlementSources specifies the official sources used for the determination of markets within the series.
    Methodology is defined in the rulebook. Empty when absent or null."""

    contract_url: str
    """ContractUrl provides a direct link to the original filing of the contract which underlies the series.
    Required (reading raises MissingFieldError if absent)."""

    contract_terms_url: str
    """ContractTermsUrl is the URL to the current terms of the contract underlying the series. Required (reading
    raises MissingFieldError if absent)."""

    product_metadata: SeriesProductMetadata | None
    """Internal product metadata of the series. Optional (None if absent)."""

    fee_type: FeeType
    """Fee type for a series or scheduled fee override. Required (reading raises MissingFieldError if absent)."""

    fee_multiplier: float
    """FeeMultiplier is a floating point multiplier applied to the fee calculations. Required (reading raises
    MissingFieldError if absent)."""

    additional_prohibitions: list[str]
    """AdditionalProhibitions is a list of additional trading prohibitions for this series. Empty when absent or
    null."""

    volume_fp: Decimal | None
    """String representation of the total number of contracts traded across all events in this series. Example:
    10.00. Optional (None if absent)."""

    last_updated_ts: datetime.datetime | None
    """Timestamp of when this series' metadata was last updated. Optional (None if absent)."""

    exchange_index: int | None
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ticker": _t.StrField("ticker", required=True),
        "frequency": _t.StrField("frequency", required=True),
        "title": _t.StrField("title", required=True),
        "category": _t.StrField("category", required=True),
        "categories": _t.ListField("categories", _t.StrField("item"), required=True, empty=True),
        "tags": _t.ListField("tags", _t.StrField("item"), required=True, nullable=True, empty=True),
        "settlement_sources": _t.ModelListField(
            "settlement_sources",
            f"{__package__}.settlement_source",
            "SettlementSource",
            required=True,
            nullable=True,
            empty=True,
        ),
        "contract_url": _t.StrField("contract_url", required=True),
        "contract_terms_url": _t.StrField("contract_terms_url", required=True),
        "product_metadata": _t.ModelField(
            "product_metadata", f"{__package__}.series_product_metadata", "SeriesProductMetadata", nullable=True
        ),
        "fee_type": _t.EnumField("fee_type", FeeType, required=True),
        "fee_multiplier": _t.FloatField("fee_multiplier", required=True),
        "additional_prohibitions": _t.ListField(
            "additional_prohibitions", _t.StrField("item"), required=True, nullable=True, empty=True
        ),
        "volume_fp": _t.DecimalField("volume_fp"),
        "last_updated_ts": _t.DateTimeField("last_updated_ts"),
        "exchange_index": _t.IntField("exchange_index"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_ticker,
            k_frequency,
            k_title,
            k_category,
            k_categories,
            k_tags,
            k_settlement_sources,
            k_contract_url,
            k_contract_terms_url,
            k_product_metadata,
            k_fee_type,
            k_fee_multiplier,
            k_additional_prohibitions,
            k_volume_fp,
            k_last_updated_ts,
            k_exchange_index,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g(k_frequency)) is str:
            self.frequency = v
        else:
            self._slow_field("frequency")
        if type(v := g(k_title)) is str:
            self.title = v
        else:
            self._slow_field("title")
        if type(v := g(k_category)) is str:
            self.category = v
        else:
            self._slow_field("category")
        self._slow_field("categories")
        self._slow_field("tags")
        if type(v := g(k_settlement_sources)) is list:
            self.settlement_sources = _BUILD["settlement_sources"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("settlement_sources")
        if type(v := g(k_contract_url)) is str:
            self.contract_url = v
        else:
            self._slow_field("contract_url")
        if type(v := g(k_contract_terms_url)) is str:
            self.contract_terms_url = v
        else:
            self._slow_field("contract_terms_url")
        if type(v := g(k_product_metadata)) is dict:
            self.product_metadata = _BUILD["product_metadata"](v)
        elif v is None:
            self.product_metadata = None
        else:
            self._slow_field("product_metadata")
        if (m := _FeeType_get(v := g(k_fee_type))) is not None:
            self.fee_type = m
        else:
            self._slow_field("fee_type")
        if type(v := g(k_fee_multiplier)) is float:
            self.fee_multiplier = v
        elif type(v) is int:
            self.fee_multiplier = float(v)
        else:
            self._slow_field("fee_multiplier")
        self._slow_field("additional_prohibitions")
        if (x := _dc(v := g(k_volume_fp))) is not None:  # only text already parsed is in the cache
            self.volume_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_fp = _nd(v)
        elif v is None or v == "":
            self.volume_fp = None
        else:
            self._slow_field("volume_fp")
        if (t := _tc(v := g(k_last_updated_ts))) is not None:
            self.last_updated_ts = t
        elif isinstance(v, str):
            self.last_updated_ts = _nt(v)
        elif v is None:
            self.last_updated_ts = None
        else:
            self._slow_field("last_updated_ts")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
        else:
            self._slow_field("exchange_index")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        frequency: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        categories: list[str] | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        settlement_sources: list[SettlementSource] | None | Unset = UNSET,
        contract_url: str | None | Unset = UNSET,
        contract_terms_url: str | None | Unset = UNSET,
        product_metadata: SeriesProductMetadata | None | Unset = UNSET,
        fee_type: FeeType | None | Unset = UNSET,
        fee_multiplier: float | None | Unset = UNSET,
        additional_prohibitions: list[str] | None | Unset = UNSET,
        volume_fp: Decimal | None | Unset = UNSET,
        last_updated_ts: datetime.datetime | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A Series from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("frequency", frequency)
        self._set("title", title)
        self._set("category", category)
        self._set("categories", categories)
        self._set("tags", tags)
        self._set("settlement_sources", settlement_sources)
        self._set("contract_url", contract_url)
        self._set("contract_terms_url", contract_terms_url)
        self._set("product_metadata", product_metadata)
        self._set("fee_type", fee_type)
        self._set("fee_multiplier", fee_multiplier)
        self._set("additional_prohibitions", additional_prohibitions)
        self._set("volume_fp", volume_fp)
        self._set("last_updated_ts", last_updated_ts)
        self._set("exchange_index", exchange_index)


_KEYS = _t.JsonKeys(*(field.key for field in Series._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "settlement_sources": _t.builder(Series, "settlement_sources"),
    "product_metadata": _t.builder(Series, "product_metadata"),
}
