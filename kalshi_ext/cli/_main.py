"""Argument parsing, dispatch and error reporting of the ``kalshi-ext`` command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from ._keys import COMMANDS, UsageError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_ENVIRONMENT_HELP = """\
credentials are read from the environment, as KalshiClient.from_env() does:
  KALSHI_API_KEY_ID (or KALSHI_KEY_ID)   id of an existing API key
  KALSHI_PRIVATE_KEY_PATH                its private key file (or KALSHI_PRIVATE_KEY: PEM text)
  KALSHI_PRIVATE_KEY_PASSPHRASE          passphrase of that file, if encrypted
  KALSHI_DEMO                            1 to use the demo environment (or pass --demo)

exit status: 0 ok, 1 the operation failed, 2 usage or configuration error"""

_PROD_HELP = """

commands that trade (order create|amend|cancel, cancel-all) ask for confirmation unless --yes,
and refuse production unless --prod is given or KALSHI_CLI_PROD=1 is set"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kalshi-ext")
    except PackageNotFoundError:
        return "unknown"


def _connection_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("connection")
    group.add_argument("--demo", action="store_true", help="use Kalshi's demo environment (default: KALSHI_DEMO)")
    group.add_argument(
        "--base-url",
        metavar="URL",
        help="another base URL, e.g. a proxy or a local test server (a non-Kalshi host also needs --allow-custom-host)",
    )
    group.add_argument(
        "--allow-custom-host", action="store_true", help="allow a --base-url host that is not one of Kalshi's"
    )
    group.add_argument("--timeout", type=float, metavar="SECONDS", help="per-request timeout (default 10)")
    return common


def _new_key_options(parser: argparse.ArgumentParser, *, out_required: bool) -> None:
    parser.add_argument("--name", required=True, help="name of the new key, shown in 'keys list'")
    parser.add_argument(
        "-o",
        "--out",
        "--save-to",
        dest="out",
        metavar="PATH",
        required=out_required,
        help="private key file to create (mode 0600; missing directories are created 0700); "
        "~ is expanded, a relative path is relative to the current directory",
    )
    parser.add_argument("--key-type", choices=("rsa", "ed25519"), default=None, help="key algorithm (default rsa)")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--passphrase", action="store_true", help="encrypt the private key file; prompts twice, without echo"
    )
    secret.add_argument(
        "--passphrase-env", metavar="VAR", help="encrypt the private key file with the passphrase in variable VAR"
    )
    parser.add_argument("--overwrite", action="store_true", help="replace an existing file (atomically)")
    parser.add_argument(
        "--scope",
        dest="scopes",
        action="append",
        metavar="SCOPE",
        help="grant this scope (repeatable, e.g. --scope read --scope write); default: read and write",
    )
    parser.add_argument("--subaccount", type=int, metavar="N", help="restrict the key to sub-account N (0-63)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def build_parser() -> argparse.ArgumentParser:
    """The full ``kalshi-ext`` parser."""
    from . import _capture_check, _read, _record, _trade
    from ._perps import register as register_perps
    from ._target import add_target_options

    parser = argparse.ArgumentParser(
        prog="kalshi-ext",
        description="Command line tools of kalshi-ext, a Python SDK for Kalshi: quick looks at markets and "
        "books, your portfolio, guarded order entry, emergency cancels, data capture, API keys.",
        epilog=_ENVIRONMENT_HELP + _PROD_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kalshi-ext {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = argparse.ArgumentParser(add_help=False)
    add_target_options(common)
    _read.register(commands, [common])
    _trade.register(commands, [common])
    register_perps(commands)
    _record.register(commands, [common])
    _capture_check.register(commands, [common])
    _add_keys(commands)
    _add_sim(commands)
    return parser


def _add_sim(commands: Any) -> None:
    # The simulator's own subcommand lives in _sim.py (the simulator's module) when it is installed.
    try:
        from ._sim import register  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return
    register(commands)


def _add_keys(commands: Any) -> None:
    keys = commands.add_parser(
        "keys",
        help="manage API keys",
        description="Manage the API keys of the account whose credentials are in the environment.",
        epilog=_ENVIRONMENT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    common = _connection_options()
    formatter = argparse.RawDescriptionHelpFormatter

    generate = actions.add_parser(
        "generate",
        parents=[common],
        formatter_class=formatter,
        help="have Kalshi make a key pair; save the private key",
        description="Have Kalshi generate a key pair (POST /api_keys/generate) and save the private key, "
        "which cannot be downloaded again.",
        epilog=_ENVIRONMENT_HELP,
    )
    _new_key_options(generate, out_required=True)

    create = actions.add_parser(
        "create",
        parents=[common],
        formatter_class=formatter,
        help="make a key pair locally (or take a public key) and register it",
        description="Make a key pair locally, save the private key, then register the public key "
        "(POST /api_keys). With --public-key, register that key instead and save nothing. "
        "Kalshi allows this for Premier and Market Maker accounts.",
        epilog=_ENVIRONMENT_HELP,
    )
    _new_key_options(create, out_required=False)
    create.add_argument("--public-key", metavar="FILE", help="register the public key in this PEM file")

    listing = actions.add_parser(
        "list",
        parents=[common],
        formatter_class=formatter,
        help="list API keys",
        description="List the account's API keys (GET /api_keys).",
        epilog=_ENVIRONMENT_HELP,
    )
    listing.add_argument("--json", action="store_true", help="print the keys as JSON")

    delete = actions.add_parser(
        "delete",
        parents=[common],
        formatter_class=formatter,
        help="delete an API key",
        description="Delete an API key for good (DELETE /api_keys/{id}). Asks for confirmation unless --yes.",
        epilog=_ENVIRONMENT_HELP,
    )
    delete.add_argument("api_key", metavar="API_KEY_ID", help="id of the key to delete")
    delete.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")


def _report(err: TextIO, exc: BaseException) -> None:
    from kalshi_ext._apikey_types import ApiKeySaveError

    message = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, ApiKeySaveError):
        # The Python API keeps the key on the error; a finished process cannot.
        message = (
            f"API key {exc.api_key_id} was created, but its private key could not be saved to {exc.path}: "
            f"{exc.reason}. Without it the key is unusable: delete it with "
            f"'kalshi-ext keys delete {exc.api_key_id} --yes' and try again."
        )
    print(f"kalshi-ext: error: {message}", file=err)
    for hint in getattr(exc, "hints", ()) or ():
        print(f"  hint: {hint}", file=err)
    for note in getattr(exc, "__notes__", ()) or ():
        print(f"  note: {note}", file=err)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run ``kalshi-ext`` with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) or a usage error (2, message already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    from ._output import WarningsTo

    warnings_handler = WarningsTo(err)
    logger = logging.getLogger("kalshi_ext")
    logger.addHandler(warnings_handler)
    try:
        return _dispatch(args, out, err)
    finally:
        logger.removeHandler(warnings_handler)


def _dispatch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from kalshi_ext import KalshiConfigurationError, KalshiError

    from ._trade import DeclinedError, PartialFailureError

    handler = getattr(args, "handler", None)
    parts = (args.command, *(getattr(args, key, None) for key in ("action", "order_action", "perps_action")))
    name = " ".join(str(part) for part in parts if part)
    try:
        if handler is None:
            COMMANDS[args.action](args, out, err)
        else:
            status = handler(args, out, err)
            if isinstance(status, int):
                return status
    except UsageError as exc:
        print(f"kalshi-ext {name}: error: {exc}", file=err)
        return EXIT_USAGE
    except KalshiConfigurationError as exc:
        _report(err, exc)
        return EXIT_USAGE
    except KalshiError as exc:
        _report(err, exc)
        return EXIT_FAILED
    except DeclinedError as exc:
        print(f"kalshi-ext {name}: {exc}", file=err)
        return EXIT_FAILED
    except PartialFailureError as exc:
        print(f"kalshi-ext {name}: error: {exc}", file=err)
        return EXIT_FAILED
    except BrokenPipeError:
        # `kalshi-ext markets | head`: the reader left; say nothing more.
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # files of `record`, a terminal gone away
        print(f"kalshi-ext {name}: error: {exc}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("kalshi-ext: interrupted", file=err)
        return EXIT_INTERRUPTED
    return EXIT_OK


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
