"""Positions, netting, cash and settlement (SIMULATOR.md 1.6-1.8), in exact integer units.

Positions are signed (YES +, NO -). Buying the side opposite a holding closes it: every YES+NO pair
pays $1 back at once (netting), and realized P&L is (closing proceeds - average cost), fees
excluded. The cost basis of what stays open (``exposure``) is reduced pro rata.
"""

from __future__ import annotations

from ._model import Account, Market, Outcome, Position, SettlementRow
from ._units import ONE


def apply_fill(
    account: Account, pos: Position, outcome: Outcome, count: int, price: int, *, now_ms: int
) -> tuple[int, int]:
    """Book one fill of ``count`` bought on ``outcome`` at ``price`` (own outcome terms).

    Returns (revenue before fees in micro-dollars: negative for the purchase, plus $1 per netted pair;
    count netted). Position, exposure, realized P&L, volume and total traded are updated; cash is not
    (the caller applies revenue minus fee through the order's rounding accumulator).
    """
    signed = count if outcome == "yes" else -count
    held = pos.position
    closing = 0
    if held and (held > 0) != (signed > 0):
        closing = min(count, abs(held))
        basis = pos.exposure * closing // abs(held)
        pos.realized_pnl += (ONE - price) * closing - basis
        pos.exposure -= basis
    opening = count - closing
    pos.exposure += price * opening
    pos.position = held + signed
    pos.total_traded += price * count
    pos.volume += count
    pos.updated_ms = now_ms
    account.updated_ms = now_ms
    return -price * count + ONE * closing, closing


def settle_position(account: Account, market: Market, now_ms: int) -> SettlementRow | None:
    """Pay out the account's net position in ``market`` and zero it. None if there was nothing.

    YES pays ``settlement_value`` (``$1`` on a ``yes`` result, ``$0`` on ``no``) per contract and NO
    pays the rest. Revenue is credited to cash in full (no fee on settlement).
    """
    pos = account.positions.get(market.ticker)
    if pos is None or (pos.position == 0 and pos.exposure == 0):
        return None
    value = market.settlement_value if market.settlement_value is not None else (ONE if market.result == "yes" else 0)
    yes_count = max(pos.position, 0)
    no_count = max(-pos.position, 0)
    revenue = value * yes_count + (ONE - value) * no_count
    row = SettlementRow(
        ticker=market.ticker,
        event_ticker=market.event_ticker,
        result=market.result,
        yes_count=yes_count,
        yes_cost=pos.exposure if yes_count else 0,
        no_count=no_count,
        no_cost=pos.exposure if no_count else 0,
        revenue=revenue,
        value=value,
        settled_ms=now_ms,
    )
    pos.realized_pnl += revenue - pos.exposure
    pos.exposure = 0
    pos.position = 0
    pos.updated_ms = now_ms
    account.cash += revenue
    account.updated_ms = now_ms
    return row
