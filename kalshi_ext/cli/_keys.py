"""``kalshi-ext keys generate|create|list|delete``: thin wrappers over the client methods.

Nothing here prints key material: results carry ids and paths only, and passphrases are read
without echo (``getpass``) or from a named environment variable.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shlex
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from kalshi_ext._sync_clients import KalshiClient
    from kalshi_ext.keys._types import SavedApiKey


class UsageError(Exception):
    """The command was used wrongly (exit status 2)."""


def _client(args: argparse.Namespace) -> KalshiClient:
    from kalshi_ext import KalshiClient

    options: dict[str, Any] = {}
    if args.base_url is not None:
        options["base_url"] = args.base_url
    if args.allow_custom_host:
        options["allow_custom_host"] = True
    if args.timeout is not None:
        options["timeout"] = args.timeout
    client = KalshiClient.from_env(demo=True if args.demo else None, **options)
    if client.signer is None:
        client.close()
        raise UsageError(
            "no credentials: set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH (or KALSHI_PRIVATE_KEY) "
            "to an existing API key of the account"
        )
    return client


def _passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_env is not None:
        value = os.environ.get(args.passphrase_env)
        if not value:
            raise UsageError(f"--passphrase-env: the variable {args.passphrase_env} is not set or empty")
        return value
    if not args.passphrase:
        return None
    first = getpass.getpass("Passphrase for the new private key file: ")
    if not first:
        raise UsageError("the passphrase must not be empty")
    if getpass.getpass("Repeat the passphrase: ") != first:
        raise UsageError("the two passphrases do not match")
    return first


def _print_saved(saved: SavedApiKey, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    if saved.warning:
        print(f"kalshi-ext: warning from Kalshi: {saved.warning}", file=err)
    if args.json:
        data = {
            "api_key_id": saved.api_key_id,
            "name": saved.name,
            "key_type": saved.key_type,
            "path": str(saved.path) if saved.path is not None else None,
            "encrypted": saved.encrypted,
            "environment": saved.environment,
            "warning": saved.warning,
        }
        print(json.dumps(data, indent=2), file=out)
        return
    print(
        f"Created API key {saved.api_key_id} ({saved.key_type}) named {saved.name!r} in {saved.environment}.", file=out
    )
    if saved.path is None:
        print("Its private key is the one matching the public key you gave; nothing was saved.", file=out)
        return
    print(f"Private key saved to {saved.path} (mode 0600{', encrypted' if saved.encrypted else ''}).", file=out)
    print("To use it:", file=out)
    for name, value in saved.env().items():
        print(f"  export {name}={shlex.quote(value)}", file=out)
    if saved.encrypted:
        print("  export KALSHI_PRIVATE_KEY_PASSPHRASE=...  # the passphrase you chose", file=out)


def generate(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``keys generate``: POST /api_keys/generate and save the private key."""
    with _client(args) as client:  # credentials first: do not ask for a passphrase in vain
        passphrase = _passphrase(args)
        saved = client.generate_api_key(
            args.name,
            save_to=args.out,
            key_type=args.key_type or "rsa",
            passphrase=passphrase,
            overwrite=args.overwrite,
            scopes=args.scopes,
            subaccount=args.subaccount,
        )
    _print_saved(saved, args, out, err)


def _read_public_key(path_text: str) -> bytes:
    from kalshi_ext.keys._keyfile import resolve_key_path

    path = resolve_key_path(path_text, argument="--public-key")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"--public-key: cannot read {path}: {exc.strerror or type(exc).__name__}") from None


def create(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``keys create``: make a pair locally and register its public key (or register --public-key)."""
    if args.public_key is not None:
        if args.out is not None or args.passphrase or args.passphrase_env is not None or args.overwrite:
            raise UsageError("--public-key registers an existing key: --out, --passphrase and --overwrite do not apply")
        public_key: bytes | None = _read_public_key(args.public_key)
    elif args.out is None:
        raise UsageError("give --out PATH (where to save the new private key) or --public-key FILE")
    else:
        public_key = None
    with _client(args) as client:
        passphrase = _passphrase(args) if public_key is None else None
        saved = client.create_api_key(
            args.name,
            save_to=args.out,
            public_key=public_key,
            key_type=args.key_type,
            passphrase=passphrase,
            overwrite=args.overwrite,
            scopes=args.scopes,
            subaccount=args.subaccount,
        )
    _print_saved(saved, args, out, err)


def _text(value: Any) -> str:
    from kalshi_trade_api.types import Unset

    if value is None or isinstance(value, Unset):
        return "-"
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or "-"
    return str(value)


def list_keys(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``keys list``: GET /api_keys."""
    from kalshi_trade_api.types import Unset

    with _client(args) as client:
        response = client.get_api_keys()
        current = client.signer.key_id if client.signer is not None else None
    keys = [] if isinstance(response.api_keys, Unset) else list(response.api_keys or [])
    if args.json:
        print(json.dumps([key.to_dict() for key in keys], indent=2), file=out)
        return
    if not keys:
        print("No API keys.", file=out)
        return
    rows = [("API KEY ID", "NAME", "SCOPES", "")]
    rows += [
        (_text(k.api_key_id), _text(k.name), _text(k.scopes), "(in use)" if k.api_key_id == current else "")
        for k in keys
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
        print(f"{line}  {row[3]}".rstrip(), file=out)


def delete(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``keys delete ID``: DELETE /api_keys/{id}, after confirmation unless --yes."""
    with _client(args) as client:
        in_use = client.signer is not None and client.signer.key_id == args.api_key
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("refusing to delete without confirmation; pass --yes")
            warning = " It is the key this command is signing with." if in_use else ""
            answer = input(f"Delete API key {args.api_key} for good?{warning} [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing deleted.", file=err)
                return
        client.delete_api_key(args.api_key)
    print(f"Deleted API key {args.api_key}.", file=out)


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], None]] = {
    "generate": generate,
    "create": create,
    "list": list_keys,
    "delete": delete,
}
