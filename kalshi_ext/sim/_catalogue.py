"""The seeded catalogue: series, events and markets with several market structures and price grids.

Three series shapes, cycled: a mutually exclusive weather event with ``between`` buckets (the
classic ``linear_cent`` grid), a crypto event with ``greater`` strikes on ``deci_cent``, and a game
winner with two markets on ``tapered_deci_cent`` (tenth-cent steps in the tails, cents in the
middle). Fee types rotate too, so all three maker rules are exercised.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from ._fees import FeeSchedule
from ._model import Event, Market, Series

# Price-level structures (AA:lifecyclePriceLevelStructure) as (start, end, step) bands in $0.0001.
STRUCTURES: dict[str, list[tuple[int, int, int]]] = {
    "linear_cent": [(0, 10_000, 100)],
    "deci_cent": [(0, 10_000, 10)],
    "tapered_deci_cent": [(0, 1_000, 10), (1_000, 9_000, 100), (9_000, 10_000, 10)],
}

# by series index: the first weather and crypto series charge makers, the first game series does not
_FEE_TYPES = ("quadratic_with_maker_fees", "quadratic_with_maker_fees", "quadratic", "quadratic_with_combo_maker_fees")
_CITIES = ("NY", "CHI", "MIA", "AUS", "DEN", "LAX", "SEA", "PHIL")
_TEAMS = (("BOS", "NYY"), ("LAD", "SF"), ("CHC", "STL"), ("HOU", "TEX"), ("ATL", "NYM"))


@dataclass(slots=True)
class Catalogue:
    series: dict[str, Series]
    events: dict[str, Event]
    markets: dict[str, Market]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _series_specs(n: int) -> Iterator[tuple[int, str]]:
    kinds = ("weather", "crypto", "game")
    for i in range(n):
        yield i, "scalar" if i == 3 else kinds[i % 3]  # the fourth series is a scalar market


def build_catalogue(seed: int, n_markets: int, now_ms: int, *, market_life_s: int = 6 * 3600) -> Catalogue:
    """A deterministic catalogue of about ``n_markets`` active markets (at least one event per kind).

    Markets open at ``now_ms`` and close ``market_life_s`` later; settlement follows closing.
    """
    rng = random.Random(f"catalogue:{seed}")  # noqa: S311 - seeded simulation, not crypto
    cat = Catalogue({}, {}, {})
    made = 0
    day = "26JAN01"
    for i, kind in _series_specs(10_000):
        if made >= n_markets and i >= 3:
            break
        fee_type = _FEE_TYPES[i % len(_FEE_TYPES)]
        fees = FeeSchedule(fee_type=fee_type, multiplier=Fraction(1))
        if kind == "weather":
            city = _CITIES[(i // 3) % len(_CITIES)]
            sticker = f"KXSIMHIGH{city}" + (str(i // 24) if i >= 24 else "")
            series = Series(
                sticker, f"Highest temperature in {city}", "Climate and Weather", "daily", fees, ["Weather"]
            )
            eticker = f"{sticker}-{day}"
            event = Event(
                eticker,
                sticker,
                f"Highest temperature in {city} on Jan 1, 2026",
                "On Jan 1, 2026",
                True,
                series.category,
            )
            base = rng.randrange(30, 70)
            strikes = [(f"B{base + 2 * k + 0.5}", f"{base + 2 * k}° to {base + 2 * k + 1}°") for k in range(4)]
            structure = "linear_cent"
        elif kind == "crypto":
            sticker = "KXSIMBTC" + (str(i // 3) if i >= 3 else "")
            series = Series(sticker, "Bitcoin price", "Crypto", "daily", fees, ["BTC"])
            eticker = f"{sticker}-{day}17"
            event = Event(
                eticker, sticker, "Bitcoin price on Jan 1, 2026 at 5pm EST?", "Jan 1, 2026", False, series.category
            )
            base = rng.randrange(80, 120) * 1000
            strikes = [(f"T{base + 2000 * k - 1}.99", f"${base + 2000 * k:,} or above") for k in range(3)]
            structure = "deci_cent"
        elif kind == "scalar":
            sticker = "KXSIMRAIN"
            series = Series(
                sticker, "Rainfall in New York in January", "Climate and Weather", "monthly", fees, ["Rain"]
            )
            eticker = f"{sticker}-26JAN"
            event = Event(
                eticker, sticker, "Inches of rain in Central Park, January 2026", "January 2026", False, series.category
            )
            # YES pays (inches - 0) / 10, between $0 and $1; NO pays the rest
            strikes = [("R", "0 to 10 inches, pro rata")]
            structure = "linear_cent"
        else:
            home, away = _TEAMS[(i // 3) % len(_TEAMS)]
            sticker = "KXSIMGAME" + (str(i // 3) if i >= 3 else "")
            series = Series(sticker, "Professional baseball game", "Sports", "custom", fees, ["Baseball"])
            eticker = f"{sticker}-{day}{away}{home}"
            event = Event(eticker, sticker, f"{away} vs {home} winner?", f"{away} vs {home}", True, series.category)
            strikes = [(home, f"{home} wins"), (away, f"{away} wins")]
            structure = "tapered_deci_cent"
        cat.series[series.ticker] = series
        cat.events[eticker] = event
        for suffix, subtitle in strikes:
            ticker = f"{eticker}-{suffix}"
            fair = rng.randrange(15, 86) * 100
            market = Market(
                ticker=ticker,
                event_ticker=eticker,
                series_ticker=series.ticker,
                title=event.title,
                yes_sub_title=subtitle,
                no_sub_title=subtitle,
                market_type="scalar" if kind == "scalar" else "binary",
                structure=structure,
                bands=list(STRUCTURES[structure]),
                fees=fees,
                created_ms=now_ms,
                open_ms=now_ms,
                close_ms=now_ms + market_life_s * 1000,
                market_id=_uuid(rng),
                updated_ms=now_ms,
                fair_value=fair,
            )
            cat.markets[ticker] = market
            made += 1
    return cat
