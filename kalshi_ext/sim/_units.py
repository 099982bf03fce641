"""Exact integer units of the simulator and their wire spellings.

Internally everything is an ``int``: a price in $0.0001 (``10_000`` is $1), a count in 0.01 contract
(``100`` is one contract) and money in $0.000001 (a micro-dollar). A price times a count is then
exactly a money amount, so no rounding ever happens except where Kalshi's rules say it does (fees).
"""

from __future__ import annotations

import re

from ._errors import SimError

ONE = 10_000  # $1 in price units
CONTRACT = 100  # one contract in count units
MICRO = 1_000_000  # $1 in money units

_PRICE_RE = re.compile(r"^(0|1)(?:\.(\d{1,6}))?$")
_COUNT_RE = re.compile(r"^(\d{1,12})(?:\.(\d{1,2}))?$")


def money_of(price: int, count: int) -> int:
    """Money (micro-dollars) of ``count`` contracts at ``price``: exact by construction."""
    return price * count


def parse_price(value: object, field: str = "price") -> int:
    """A ``*_dollars`` request string (2 to 4 decimals) as price units.

    Raises:
        SimError: 400 ``bad_request`` (flat body, as the wire sends) for a JSON number; 400
            ``invalid_price`` for anything else that is not a price string with at most 4 decimals.
    """
    if isinstance(value, bool | int | float):
        raise SimError.json_number(field)
    if not isinstance(value, str):
        raise SimError(400, "invalid_price", "invalid price", details=f"{field} must be a dollar string")
    m = _PRICE_RE.match(value)
    frac = m.group(2) if m else None
    if m is None or (frac is not None and len(frac.rstrip("0")) > 4):
        raise SimError(
            400, "invalid_price", "invalid price", details=f"{field} {value!r} is not a price", service="exchange"
        )
    units = int(m.group(1)) * ONE + int(((frac or "") + "0000")[:4])
    if units > ONE:
        raise SimError(
            400, "invalid_price", "invalid price", details=f"{field} {value!r} is above 1", service="exchange"
        )
    return units


def parse_count(value: object, field: str = "count") -> int:
    """A ``*_fp`` request string (0 to 2 decimals) as count units.

    Raises:
        SimError: 400 ``bad_request`` for a JSON number; 400 ``invalid_order`` for a malformed count.
    """
    if isinstance(value, bool | int | float):
        raise SimError.json_number(field)
    if not isinstance(value, str):
        raise SimError(400, "invalid_order", "invalid order", details=f"{field} must be a fixed-point string")
    m = _COUNT_RE.match(value)
    if m is None:
        raise SimError(400, "invalid_order", "invalid order", details=f"{field} {value!r} is not a count")
    return int(m.group(1)) * CONTRACT + int(((m.group(2) or "") + "00")[:2])


def fmt_price(units: int) -> str:
    """Price units as ``"0.5600"`` (4 decimals, the wire's ``*_dollars`` price spelling)."""
    sign = "-" if units < 0 else ""
    units = abs(units)
    return f"{sign}{units // ONE}.{units % ONE:04d}"


def fmt_count(units: int) -> str:
    """Count units as ``"10.00"`` (2 decimals, the wire's ``*_fp``)."""
    sign = "-" if units < 0 else ""
    units = abs(units)
    return f"{sign}{units // CONTRACT}.{units % CONTRACT:02d}"


def fmt_money(micros: int) -> str:
    """Money as ``"5.600000"`` (6 decimals, the wire's fee and cost spelling)."""
    sign = "-" if micros < 0 else ""
    micros = abs(micros)
    return f"{sign}{micros // MICRO}.{micros % MICRO:06d}"


def fmt_money4(micros: int) -> str:
    """Money as ``"94.2275"`` (4 decimals, truncated: ``balance_dollars``, average fill prices)."""
    sign = "-" if micros < 0 else ""
    micros = abs(micros)
    return f"{sign}{micros // MICRO}.{(micros % MICRO) // 100:04d}"


def cents(micros: int) -> int:
    """Money as integer cents, truncated toward zero (``balance``, ``revenue``)."""
    return -((-micros) // 10_000) if micros < 0 else micros // 10_000
