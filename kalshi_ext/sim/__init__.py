"""An offline Kalshi exchange: one pure engine, several front ends sharing one state.

::

    from kalshi_ext.sim import Simulator

    sim = Simulator(seed=7, markets=12)            # seeded catalogue, counterparties, a funded user
    with sim.client() as kalshi:                   # a KalshiClient served in-process (no sockets)
        market = kalshi.markets.list(status="open").markets[0]
        ...
    sim.advance(60)                                # simulated time: agents trade, orders expire
    sim.determine(market.ticker, "yes")            # settles settlement_timer_seconds later

    with sim.serve() as served:                    # loopback REST + WebSocket on 127.0.0.1
        served.rest_url, served.ws_url             # http://127.0.0.1:P/trade-api/v2, ws://.../trade-api/ws/v2
        served.key_id, served.private_key_path     # the default user's key (file 0600, removed on exit)

Public API:

- ``Simulator(seed=0, *, markets=12, start_ms=..., market_life_s=21600, agents=True, cash="1000.00",
  key_type="ed25519", post_only="reject", verify_signatures=True, auth_window_s=10.0, auth_clock=None)``.
  The same seed and the same requests give byte-identical REST and WebSocket transcripts (ids
  come from the seed, times from the simulated clock; signature checks use the wall clock, or
  ``auth_clock``).
- ``sim.client(user=None, **options)`` / ``sim.async_client(...)``: SDK clients signed as a user
  (default ``sim.user``), whose ``clock`` is the simulated one (``sim.now_s``: the order lookup after
  a dropped create finds the order whatever ``start_ms`` is); ``sim.transport()``: an
  ``httpx.MockTransport`` for any httpx client (base URL ``IN_PROCESS_BASE_URL``; give an SDK client
  built on it ``clock=sim.now_s``).
- ``sim.serve(host="127.0.0.1", port=0, ws_port=0, follow_wall=None)``: context manager yielding
  :class:`Served` (``rest_url``, ``ws_url``, ``key_id``, ``private_key_path``, ``user_id``,
  ``as_json()``). ``follow_wall=60`` runs simulated time 60x the wall clock.
- ``sim.new_user(cash=None, key_type=None) -> SimUser`` (``user_id``, ``key_id``,
  ``private_key_pem``), ``sim.deposit(user, "50.00")``, ``sim.balance(user) -> Decimal``.
- ``sim.register_key(key_id=..., public_key=..., user=None, name="registered", scopes=("read",
  "write"))``: a key made elsewhere (PEM text or an RSA/Ed25519 public key object) signs as ``user``
  (default ``sim.user``). Raises :class:`SimError`: 400 ``invalid_parameters`` for a duplicate or
  malformed ``key_id``, a bad PEM or a private key, an unknown scope; 404 for an unknown user.
- ``sim.now_ms()`` / ``sim.now_s()``: simulated time (milliseconds / Unix seconds).
- Time and scenarios: ``sim.advance(seconds)``, ``sim.determine(ticker, "yes"|"no"|"scalar",
  settlement_value=None)``, ``sim.pause("trading"|"exchange")``, ``sim.resume()``,
  ``sim.deactivate(ticker)``, ``sim.activate(ticker)``, ``sim.add_market(ticker, ...)``,
  ``sim.set_event_fee(event_ticker, fee_type, multiplier)``. Markets close, are determined and
  settle by themselves (``auto_settle=True``).
- ``rate_limits="basic"`` enforces Kalshi's token buckets; ``profile="quirks"`` / ``"wire-2026-06"``
  sends the wire's known deviations.
- Agents: ``sim.agents.add(LadderMaker(sim, ...))``, ``sim.agents.on_tick(fn, period_s)``,
  ``sim.agents.on_fill(fn)``.
- Faults: ``sim.faults.add("429"|"5xx"|"drop_after_write"|"stale_read"|"ws_drop"|"seq_gap",
  operations=..., probability=..., times=...)``; ``sim.faults.clear()``.
- Inspection: ``sim.state`` (the engine: ``orders``, ``books``, ``accounts``, ``markets``, ``fills``,
  ``trades``), ``sim.explain(order_id)`` (an order's history).
- ``sim.handle(method, target, headers, body)``: one raw request, for other front ends;
  ``sim.ws_session(user=None)``: an in-process WebSocket session (``receive(text)``, ``drain()``).
- Persistence: ``open_state(path, seed=0, markets=12, **options)`` keeps the exchange in a SQLite file
  (snapshot plus event journal) across restarts; ``sim.save_state()``, ``sim.close()``. Memory is the
  default.

Coverage of the Trade API: see ``kalshi_ext.sim.coverage`` (``counts()``: 42 full, 34 minimal, 52
answering 501 ``not_supported_in_simulator``).
"""

from __future__ import annotations

from . import _coverage as coverage
from ._agents import Agent, LadderMaker, PoissonTaker
from ._clock import SimClock
from ._errors import SimError
from ._persist import open_state
from ._servers import Served
from ._simulator import IN_PROCESS_BASE_URL, Simulator, SimUser, dollars

__all__ = [
    "IN_PROCESS_BASE_URL",
    "Agent",
    "LadderMaker",
    "PoissonTaker",
    "Served",
    "SimClock",
    "SimError",
    "SimUser",
    "Simulator",
    "coverage",
    "dollars",
    "open_state",
]
