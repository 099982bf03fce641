"""Kalshi's FIX sessions, hosts per environment, and the sequence-reset rules (pure data).

Sources: docs.kalshi.com/fix/connectivity and /fix-margin/connectivity (hosts, ports, TargetCompIDs),
/fix/authentication (ResetSeqNumFlag rules), the maintenance note (sessions dropped Thursdays
3-5 AM ET; everybody restarts and resets sequence numbers then).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from .._urls import LOOPBACK_HOSTS
from ._errors import FixConfigurationError

Product = Literal["prediction", "perps"]
SESSION_NAMES = ("NR", "DC", "RT", "PT", "RFQ", "MD")


@dataclass(frozen=True, slots=True)
class SessionType:
    """One FIX session kind: its TargetCompID, port and whether it retransmits."""

    name: str  # "RT"
    target_comp_id: str  # "KalshiRT"
    port: int
    retransmission: bool  # ResendRequest / SequenceReset supported; sequence numbers persist
    market_data: bool = False


SESSIONS: dict[str, SessionType] = {
    "NR": SessionType("NR", "KalshiNR", 8228, retransmission=False),
    "DC": SessionType("DC", "KalshiDC", 8229, retransmission=False),
    "RT": SessionType("RT", "KalshiRT", 8230, retransmission=True),
    "PT": SessionType("PT", "KalshiPT", 8231, retransmission=False),
    "RFQ": SessionType("RFQ", "KalshiRFQ", 8232, retransmission=True),
    "MD": SessionType("MD", "KalshiMD", 8233, retransmission=False, market_data=True),
}
PRODUCT_SESSIONS: dict[Product, frozenset[str]] = {
    "prediction": frozenset(SESSION_NAMES),
    "perps": frozenset({"NR", "RT", "DC", "MD"}),
}

# (product, environment) -> (order-entry host, market-data host)
HOSTS: dict[tuple[Product, str], tuple[str, str]] = {
    ("prediction", "production"): ("fix.elections.kalshi.com", "fix.elections.kalshi.com"),
    ("prediction", "demo"): ("fix.demo.kalshi.co", "fix.demo.kalshi.co"),
    ("perps", "production"): ("margin-mm.fix.elections.kalshi.com", "margin-marketdata.fix.elections.kalshi.com"),
    ("perps", "demo"): ("margin-fix.demo.kalshi.co", "margin-marketdata.fix.demo.kalshi.co"),
}
# Other hosts Kalshi's pages have named for the same gateways (accepted as Kalshi hosts).
_ALSO_PRODUCTION = frozenset({"mm.fix.elections.kalshi.com"})
_ALSO_DEMO = frozenset({"marketdata.fix.demo.kalshi.co"})
PRODUCTION_HOSTS = (
    frozenset(h for (_, env), pair in HOSTS.items() if env == "production" for h in pair) | _ALSO_PRODUCTION
)
DEMO_HOSTS = frozenset(h for (_, env), pair in HOSTS.items() if env == "demo" for h in pair) | _ALSO_DEMO


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int
    environment: Literal["production", "demo", "custom"]


def resolve_endpoint(
    product: Product, session: SessionType, *, demo: bool, host: str | None, port: int | None, allow_custom_host: bool
) -> Endpoint:
    """Where a session connects. A host that is not Kalshi's (loopback included) needs the opt-in.

    Raises:
        FixConfigurationError: a production host with ``demo=True``; an unknown host without
            ``allow_custom_host``; a port outside 1..65535.
    """
    if port is not None and not (isinstance(port, int) and 0 < port < 65536):
        raise FixConfigurationError("port must be an int in 1..65535")
    if host is None:
        oe, md = HOSTS[(product, "demo" if demo else "production")]
        return Endpoint(md if session.market_data else oe, port or session.port, "demo" if demo else "production")
    name = host.strip().lower()
    if not name or "/" in name or (":" in name.strip("[]") and name not in LOOPBACK_HOSTS):
        raise FixConfigurationError("host must be a bare host name (no scheme, path or port; pass port=)")
    if name in PRODUCTION_HOSTS:
        if demo:
            raise FixConfigurationError(f"demo=True but host {name} is a production FIX host; drop one of the two")
        return Endpoint(name, port or session.port, "production")
    if name in DEMO_HOSTS:
        return Endpoint(name, port or session.port, "demo")
    if not allow_custom_host:
        raise FixConfigurationError(
            f"host {name!r} is not a known Kalshi FIX host; the logon signature only goes to Kalshi's hosts "
            "unless you pass allow_custom_host=True (needed for proxies and local test servers, loopback included)"
        )
    return Endpoint(name, port or session.port, "custom")


@dataclass(frozen=True, slots=True)
class ResetRule:
    """When a session's sequence numbers start again at 1 (and the logon carries 141=Y).

    ``every_logon``: Kalshi's rule for sessions without retransmission (NR, DC, PT, MD).
    ``weekly``: for persistent sessions, reset at the first logon after the weekly boundary
    (Kalshi: Thursday 03:00 America/New_York, the maintenance window). ``None`` never resets.
    """

    every_logon: bool
    weekly: tuple[int, time, str] | None = (3, time(3, 0), "America/New_York")  # (weekday Mon=0, time, tz)

    def last_boundary(self, now: float) -> float | None:
        """The most recent scheduled reset at or before ``now`` (epoch seconds), or None."""
        if self.weekly is None:
            return None
        weekday, at, tz = self.weekly
        local = datetime.fromtimestamp(now, ZoneInfo(tz))
        candidate = datetime.combine(local.date(), at, tzinfo=local.tzinfo) - timedelta(
            days=(local.weekday() - weekday) % 7
        )
        if candidate > local:
            candidate -= timedelta(days=7)
        return candidate.timestamp()

    def due(self, *, last_reset_at: float, now: float) -> bool:
        """True when the next logon must reset the sequence numbers."""
        if self.every_logon:
            return True
        boundary = self.last_boundary(now)
        return boundary is not None and last_reset_at < boundary


def default_reset_rule(session: SessionType) -> ResetRule:
    return ResetRule(every_logon=not session.retransmission)
