"""The bulk path of response models (``validate()``, ``to_dict()``) gives what field-by-field reads give.

``validate()`` converts every field in one straight-line pass (money and times through shared caches,
nested models built in the same pass); anything unusual goes through the field's own read. These
tests hold the two paths to the same behaviour: values, errors that name model and field, absent
fields, and values read before the bulk pass.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from kalshi_trade_api import types
from kalshi_trade_api.models.market import Market
from kalshi_trade_api.models.price_range import PriceRange
from test_robust_models import MARKET

from kalshi_ext._response_fields import MissingResponseFieldError, ResponseFieldError  # installs the hook
from kalshi_ext.errors import KalshiResponseError


def market(**changes: Any) -> dict[str, Any]:
    raw = copy.deepcopy(MARKET)
    for key, value in changes.items():
        if value is _DROP:
            raw.pop(key, None)
        else:
            raw[key] = value
    return raw


_DROP = object()


def lazy_values(raw: dict[str, Any]) -> dict[str, Any]:
    """Every field read one by one through its field's read (no bulk pass)."""
    model = Market.from_dict(copy.deepcopy(raw))
    out = {}
    for field in Market.fields():
        try:
            out[field.name] = getattr(model, field.name)
        except MissingResponseFieldError:
            out[field.name] = "<missing>"
    return out


def bulk_values(raw: dict[str, Any]) -> dict[str, Any]:
    model = Market.from_dict(copy.deepcopy(raw))
    model.validate()
    out = {}
    for field in Market.fields():
        try:
            out[field.name] = getattr(model, field.name)
        except MissingResponseFieldError:
            out[field.name] = "<missing>"
    return out


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"title": None, "subtitle": _DROP, "strike_type": None, "floor_strike": None},
        {"settlement_value_dollars": "", "mve_selected_legs": None, "price_ranges": None},
        {"settlement_value_dollars": "0.5600", "settlement_bounds_type": "floor", "cap_strike": 54},
        {"status": "not-in-the-spec-yet", "result": "yes"},
        {"yes_bid_dollars": 0.21, "volume_fp": 48211},  # a JSON number: the text it was decoded from
    ],
)
def test_validate_converts_every_field_as_a_read_would(changes: dict[str, Any]) -> None:
    raw = market(**changes)
    assert bulk_values(raw) == lazy_values(raw)
    model = Market.from_dict(copy.deepcopy(raw)).validate()
    assert model.to_dict() == Market.from_dict(copy.deepcopy(raw)).to_dict()


def test_money_and_times_are_exact_and_shared_values_are_equal() -> None:
    first = Market.from_dict(market()).validate()
    second = Market.from_dict(market()).validate()
    assert first.yes_bid_dollars == Decimal("0.2100")
    assert str(first.yes_ask_size_fp) == "310.50"
    assert first.cap_strike == 53.99
    assert isinstance(first.floor_strike, float)
    assert first.price_ranges[0].step == Decimal("0.0100")
    assert first.created_time == second.created_time
    assert first.created_time.utcoffset() is not None


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        ("ticker", 5, "ticker"),
        ("yes_bid_dollars", True, "yes_bid_dollars"),
        ("yes_bid_dollars", "twenty cents", "yes_bid_dollars"),
        ("yes_bid_dollars", "NaN", "yes_bid_dollars"),
        ("volume_fp", ["1"], "volume_fp"),
        ("created_time", "yesterday", "created_time"),
        ("created_time", 1700000000, "created_time"),
        ("status", ["active"], "status"),
        ("can_close_early", "true", "can_close_early"),
        ("settlement_timer_seconds", True, "settlement_timer_seconds"),
        ("price_ranges", {"start": "0.01"}, "price_ranges"),
    ],
)
def test_validate_names_the_field_of_the_wrong_type(key: str, value: Any, field: str) -> None:
    model = Market.from_dict(market(**{key: value}))
    with pytest.raises(ResponseFieldError, match=rf"^Market\.{field}: ") as caught:
        model.validate()
    assert (caught.value.model, caught.value.field) == ("Market", field)
    with pytest.raises(ResponseFieldError):  # still raises on the next call (nothing half-loaded is trusted)
        model.validate()


def test_a_bad_nested_item_is_named_by_its_own_model() -> None:
    model = Market.from_dict(market(price_ranges=[{"start": True, "end": "0.99", "step": "0.01"}]))
    with pytest.raises(ResponseFieldError, match=r"^PriceRange\.start: "):
        model.validate()
    assert model.ticker == MARKET["ticker"]


def test_missing_required_fields_raise_from_validate_not_from_the_bulk_pass() -> None:
    model = Market.from_dict(market(event_ticker=_DROP))
    assert model.to_dict()["ticker"] == MARKET["ticker"]  # the bulk pass itself does not raise
    with pytest.raises(MissingResponseFieldError, match=r"Market\.event_ticker: 'event_ticker' is missing"):
        model.validate()
    assert not model.is_set("event_ticker")
    assert "event_ticker" not in model.to_dict()


def test_empty_money_reads_as_absent_in_the_bulk_pass() -> None:
    optional = Market.from_dict(market(settlement_value_dollars="")).validate()
    assert optional.settlement_value_dollars is None
    required = Market.from_dict(market(yes_bid_dollars=""))
    with pytest.raises(MissingResponseFieldError, match=r"Market\.yes_bid_dollars"):
        required.validate()


def test_values_read_before_validate_are_kept() -> None:
    model = Market.from_dict(market())
    ranges = model.price_ranges
    ranges.append(PriceRange(start=Decimal("1"), end=Decimal("2"), step=Decimal("1")))
    model.validate()
    assert model.price_ranges is ranges
    assert len(model.to_dict()["price_ranges"]) == 2


def test_absent_lists_read_as_empty_after_validate() -> None:
    model = Market.from_dict(market(mve_selected_legs=_DROP)).validate()
    legs = model.mve_selected_legs
    assert legs == []
    assert model.mve_selected_legs is legs  # one list per model, kept after the first read
    assert "mve_selected_legs" not in model.to_dict()


def test_validate_deep_required_checks_nested_models() -> None:
    model = Market.from_dict(market(price_ranges=[{"start": "0.01", "end": "0.99"}]))
    assert model.validate() is model
    with pytest.raises(MissingResponseFieldError, match=r"PriceRange\.step"):
        model.validate(deep_required=True)


def test_the_shared_caches_are_bounded() -> None:
    for i in range(types._CACHE_LIMIT + 10):
        types.new_decimal(f"{i}.25")
    assert len(types._DECIMALS) <= types._CACHE_LIMIT
    assert types.cached_decimal(f"{types._CACHE_LIMIT + 9}.25") == Decimal(f"{types._CACHE_LIMIT + 9}.25")
    with pytest.raises(ValueError, match="not a finite decimal"):
        types.new_decimal("Infinity")
    assert types.cached_decimal("Infinity") is None


def test_nested_models_that_are_not_response_models_build_through_from_dict() -> None:
    # ObligationEntry is an attrs model (the schema is also reached by a request): the bulk pass
    # builds it with its own from_dict, as a read of the list would.
    from kalshi_klear_api.models.get_active_margin_obligations_response import GetActiveMarginObligationsResponse
    from kalshi_klear_api.models.obligation_entry import ObligationEntry

    raw = {"obligations": [{"id": "ob-1", "user_id": "u-1", "amount_centicents": 1250}]}
    page = GetActiveMarginObligationsResponse.from_dict(copy.deepcopy(raw)).validate()
    (entry,) = page.obligations
    assert isinstance(entry, ObligationEntry)
    assert (entry.id, entry.amount_centicents) == ("ob-1", 1250)
    assert page.to_dict() == GetActiveMarginObligationsResponse.from_dict(copy.deepcopy(raw)).to_dict()
    # the lazy list's error for an item that is not an object (KalshiResponseError once the client's hook is in)
    with pytest.raises((ValueError, KalshiResponseError)):
        GetActiveMarginObligationsResponse.from_dict({"obligations": ["not an object"]}).validate()


def test_a_field_assigned_before_the_bulk_pass_keeps_its_value() -> None:
    # A field assigned before it was ever read fills its slot directly (no read marks the model):
    # validate() and to_dict() must still not replace it with the server's value.
    model = Market.from_dict(market())
    model.yes_bid_dollars = Decimal("0.5")
    model.ticker = "LOCAL"
    assert model.validate().yes_bid_dollars == Decimal("0.5")
    assert model.to_dict()["ticker"] == "LOCAL"
    fresh = Market.from_dict(market())
    fresh.validate()
    assert fresh.ticker == MARKET["ticker"]


def test_models_hold_fields_in_slots() -> None:
    model = Market.from_dict(market()).validate()
    assert not hasattr(model, "__dict__")  # one object per model, no dict beside it
    assert Market.__slots__[:2] == ("ticker", "event_ticker")
    with pytest.raises(AttributeError, match="'Market' object has no attribute 'tickr'"):
        model.tickr  # noqa: B018
    assert not hasattr(model, "tickr")


def test_copies_and_pickles_convert_nothing_and_keep_what_was_read() -> None:
    import pickle

    model = Market.from_dict(market(ticker=_DROP, yes_bid_dollars="0.4200"))
    assert model.yes_bid_dollars == Decimal("0.42")
    model.title = "changed"
    for twin in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert twin.title == "changed" and twin.yes_bid_dollars == Decimal("0.42")
        assert twin.event_ticker == MARKET["event_ticker"]  # still readable lazily
        with pytest.raises(MissingResponseFieldError, match=r"Market\.ticker"):
            twin.ticker  # noqa: B018  the missing required field raises when read, not when copied


def test_the_bulk_pass_looks_keys_up_with_the_decoders_own_key_objects() -> None:
    import orjson
    from kalshi_trade_api.models import market as market_module

    body = orjson.dumps([market(), market(ticker="SECOND")])
    first, second = (Market.from_dict(item) for item in orjson.loads(body))
    first.validate()
    keys = market_module._KEYS
    decoded_key = next(iter(orjson.loads(body)[0]))
    assert keys.keys[0] is decoded_key  # orjson's "ticker" object, not the source's constant
    assert keys.keys[0] == "ticker" and len(keys.keys) == len(Market.fields())
    assert second.validate().ticker == "SECOND"
    # Another source (a dict built in Python, keys in another order) reads the same values.
    shuffled = dict(reversed(list(market(ticker="THIRD").items())))
    third = Market.from_dict(shuffled).validate()
    assert third.ticker == "THIRD" and third.to_dict() == Market.from_dict(shuffled).to_dict()
    assert third.yes_bid_dollars == first.yes_bid_dollars
    assert Market.from_dict(orjson.loads(body)[1]).validate().to_dict() == second.to_dict()


def test_adopting_keys_replaces_only_equal_keys() -> None:
    keys = types.JsonKeys("a", "b", "c")
    source = {"c": 1, "x": 2, "a": 3}
    keys.adopt(source)
    assert keys.keys == ("a", "b", "c")
    assert keys.first == "c"
    assert [k for k in keys.keys if k in source] == ["a", "c"]


def test_a_parsed_model_becomes_an_instance_of_its_class_when_first_read() -> None:
    import pickle

    unread = Market.from_dict(market())
    assert isinstance(unread, Market) and type(unread).__name__ == "Market"
    assert type(unread) is not Market  # the unread twin: same slots, fields read without an exception
    twin = copy.copy(unread)
    assert type(twin) is Market and twin.ticker == MARKET["ticker"]  # copies are of the class itself
    assert type(pickle.loads(pickle.dumps(Market.from_dict(market())))) is Market
    assert unread == Market.from_dict(market()).validate()  # equal across the two
    assert unread.yes_bid_dollars == Decimal(MARKET["yes_bid_dollars"])
    assert type(unread) is Market
    validated = Market.from_dict(market()).validate()
    assert type(validated) is Market
    assigned = Market.from_dict(market())
    assigned.title = "set before any read"
    assert type(assigned) is Market and assigned.to_dict()["title"] == "set before any read"
    deleted = Market.from_dict(market())
    deleted.validate()
    del deleted.title
    assert deleted.title == MARKET["title"]  # an emptied slot reads the JSON value again
