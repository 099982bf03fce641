"""``kalshi-ext sim serve`` and ``kalshi-ext sim demo``: the offline exchange from a shell."""

from __future__ import annotations

import argparse
import json
import runpy
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from ._keys import UsageError

DEMO_SEED = 7
DEMO_SPEED = 20.0  # simulated seconds per wall second
DEMO_LIFE_S = 240  # the demo markets close four simulated minutes after the start


def register(commands: Any) -> None:
    sim = commands.add_parser(
        "sim",
        help="the offline Kalshi exchange: serve it on loopback, or run the example bot against it",
        description="An offline Kalshi exchange (kalshi_ext.sim): seeded markets and counterparties, real "
        "signature checks, REST on /trade-api/v2 and WebSocket on /trade-api/ws/v2 of 127.0.0.1.",
    )
    actions = sim.add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve",
        help="start the loopback servers and print one JSON line (URLs, key id, key file)",
        description="Start the loopback REST and WebSocket servers. Once both accept connections, print one "
        "JSON line on stdout: rest_url, ws_url, key_id, private_key_path (a 0600 file made for this run and "
        "removed at exit), user_id, seed. Serve until interrupted (Ctrl-C or SIGTERM; exit 0).",
    )
    serve.set_defaults(handler=_serve, action="serve")
    serve.add_argument("--seed", type=int, default=0, help="seed of the catalogue, agents and ids (default 0)")
    serve.add_argument("--markets", type=int, default=12, metavar="M", help="about how many markets (default 12)")
    serve.add_argument("--port", type=int, default=0, metavar="P", help="REST port (default: ephemeral)")
    serve.add_argument("--ws-port", type=int, default=0, metavar="P", help="WebSocket port (default: ephemeral)")
    serve.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    serve.add_argument(
        "--speed", type=float, default=1.0, metavar="X", help="simulated seconds per wall second (default 1)"
    )
    serve.add_argument(
        "--state", metavar="FILE", help="keep the exchange in this SQLite file across restarts (default: memory)"
    )
    demo = actions.add_parser(
        "demo",
        help="run examples/market_maker.py against a fresh simulator and print its transcript",
        description="Start a simulator on loopback (simulated time at 20x the wall clock) and run the example "
        "market maker against it: it quotes, gets filled, amends and cancels, lets the market settle and "
        "reconciles its P&L with its balance change (exit 1 if they differ by a cent).",
    )
    demo.set_defaults(handler=_demo, action="demo")
    demo.add_argument("--seed", type=int, default=DEMO_SEED, help=f"simulator seed (default {DEMO_SEED})")
    demo.add_argument("--speed", type=float, default=DEMO_SPEED, help=f"time scale (default {DEMO_SPEED:g})")


def _check(args: argparse.Namespace) -> None:
    if getattr(args, "markets", 1) < 1:
        raise UsageError("--markets must be at least 1")
    if args.speed <= 0:
        raise UsageError("--speed must be positive")


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _check(args)
    from kalshi_ext.sim import Simulator

    if args.state:
        from kalshi_ext.sim import open_state

        sim = open_state(args.state, seed=args.seed, markets=args.markets, start_ms=_now_ms())
    else:
        sim = Simulator(seed=args.seed, markets=args.markets, start_ms=_now_ms())
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set()) if _main_thread() else None
    try:
        with sim.serve(host=args.host, port=args.port, ws_port=args.ws_port, follow_wall=args.speed) as served:
            print(json.dumps({**served.as_json(), "seed": args.seed}), file=out, flush=True)
            try:
                while not stop.wait(0.5):
                    pass
            except KeyboardInterrupt:
                pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        sim.close()
    print("kalshi-ext sim: stopped", file=err)
    return 0


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def example_path() -> Path:
    """The example bot: shipped inside the wheel, or in the checkout's ``examples/``.

    Raises:
        UsageError: neither exists.
    """
    import kalshi_ext

    package = Path(kalshi_ext.__file__).resolve().parent
    for candidate in (
        package / "sim" / "examples" / "market_maker.py",
        package.parent / "examples" / "market_maker.py",
    ):
        if candidate.is_file():
            return candidate
    raise UsageError("examples/market_maker.py is not in this installation")


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _check(args)
    from kalshi_ext.sim import Simulator

    script = example_path()
    sim = Simulator(seed=args.seed, markets=3, market_life_s=DEMO_LIFE_S, taker_rate_per_min=40, start_ms=_now_ms())
    print(f"kalshi-ext sim demo: seed {args.seed}, simulated time at {args.speed:g}x; running {script.name}", file=out)
    with sim.serve(follow_wall=args.speed) as served:
        argv = [
            str(script),
            "--rest-url",
            served.rest_url,
            "--ws-url",
            served.ws_url,
            "--key-id",
            served.key_id,
            "--key-file",
            served.private_key_path,
            "--allow-custom-host",
        ]
        saved, sys.argv = sys.argv, argv
        saved_out, sys.stdout = sys.stdout, out
        try:
            runpy.run_path(str(script), run_name="__main__")
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.argv, sys.stdout = saved, saved_out
    return 0
