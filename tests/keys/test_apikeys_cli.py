"""The ``kalshi-ext keys`` command line: end to end in a subprocess (``python -m kalshi_ext``)
against the loopback mock, and in-process for prompts and failure paths."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from keymock import ADMIN_ID, KeyMock, Reply, Secrets, pem_private

from kalshi_ext import load_private_key
from kalshi_ext.cli import main
from kalshi_ext.keys import _keyfile

PASSPHRASE = "a passphrase for the cli"


@pytest.fixture
def env(admin_private: Any, mock: KeyMock, tmp_path: Path) -> dict[str, str]:
    """A minimal environment for the subprocess: only the admin credentials."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "KALSHI_API_KEY_ID": ADMIN_ID,
        "KALSHI_PRIVATE_KEY": pem_private(admin_private),
    }


def run(
    env: dict[str, str], secrets: Secrets, *args: str, cwd: Path | None = None, expect: int = 0
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "kalshi_ext", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == expect, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert not secrets.leaks(done.stdout + done.stderr)
    return done


def mock_args(mock: KeyMock) -> list[str]:
    return ["--base-url", mock.base_url, "--allow-custom-host"]


def test_generate_list_use_and_delete_end_to_end(
    env: dict[str, str], mock: KeyMock, secrets: Secrets, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    done = run(env, secrets, "keys", "generate", "--name", "cli-bot", "--out", "keys/bot.pem",
               "--key-type", "ed25519", *mock_args(mock), cwd=work)  # fmt: skip
    target = work / "keys" / "bot.pem"  # a relative --out is relative to the current directory
    (key_id,) = [k for k in mock.keys if k != ADMIN_ID]
    assert f"Created API key {key_id} (ed25519) named 'cli-bot'" in done.stdout
    assert f"Private key saved to {target} (mode 0600)" in done.stdout
    assert f"export KALSHI_API_KEY_ID={key_id}" in done.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert target.read_text() == mock.generated[key_id]
    assert done.stderr == ""

    # The new key works at once: a command signed with it passes the mock's verification.
    new_env = {**env, "KALSHI_API_KEY_ID": key_id, "KALSHI_PRIVATE_KEY_PATH": str(target)}
    del new_env["KALSHI_PRIVATE_KEY"]
    listed = run(new_env, secrets, "keys", "list", *mock_args(mock))
    assert mock.seen[-1].key_id == key_id
    assert ADMIN_ID in listed.stdout and key_id in listed.stdout and "(in use)" in listed.stdout
    as_json = json.loads(run(env, secrets, "keys", "list", "--json", *mock_args(mock)).stdout)
    assert [k["api_key_id"] for k in as_json] == [ADMIN_ID, key_id]

    refused = run(env, secrets, "keys", "delete", key_id, *mock_args(mock), expect=2)
    assert "pass --yes" in refused.stderr and key_id in mock.keys
    deleted = run(env, secrets, "keys", "delete", key_id, "--yes", *mock_args(mock))
    assert deleted.stdout.strip() == f"Deleted API key {key_id}."
    assert key_id not in mock.keys
    gone = run(env, secrets, "keys", "delete", key_id, "--yes", *mock_args(mock), expect=1)
    assert gone.stderr.startswith("kalshi-ext: error: ") and "404" in gone.stderr


def test_create_with_passphrase_from_the_environment(
    env: dict[str, str], mock: KeyMock, secrets: Secrets, tmp_path: Path
) -> None:
    secrets.add(PASSPHRASE)
    target = tmp_path / "enc.pem"
    done = run({**env, "NEW_KEY_PASS": PASSPHRASE}, secrets, "keys", "create", "--name", "enc", "-o", str(target),
               "--passphrase-env", "NEW_KEY_PASS", "--json", *mock_args(mock))  # fmt: skip
    result = json.loads(done.stdout)
    assert result["encrypted"] is True and result["path"] == str(target) and result["key_type"] == "rsa"
    assert target.read_text().startswith("-----BEGIN ENCRYPTED " + "PRIVATE KEY-----")
    key = load_private_key(private_key_path=target, passphrase=PASSPHRASE)
    secrets.add_pem(pem_private(key))
    assert mock.keys[result["api_key_id"]].public_key.public_numbers() == key.public_key().public_numbers()


def test_failures_exit_1_with_a_message_and_no_traceback(
    env: dict[str, str], mock: KeyMock, secrets: Secrets, tmp_path: Path
) -> None:
    existing = tmp_path / "existing.pem"
    existing.write_text("old")
    done = run(env, secrets, "keys", "generate", "--name", "x", "--out", str(existing), *mock_args(mock), expect=1)
    assert done.stderr.startswith(f"kalshi-ext: error: {existing} already exists")
    assert mock.seen == [] and existing.read_text() == "old"

    blocked = run(env, secrets, "keys", "generate", "--name", "x", "--out", str(existing / "k.pem"),
                  *mock_args(mock), expect=1)  # fmt: skip
    assert "is a file" in blocked.stderr


def test_usage_errors_exit_2(env: dict[str, str], mock: KeyMock, secrets: Secrets, tmp_path: Path) -> None:
    missing_name = run(env, secrets, "keys", "generate", "--out", str(tmp_path / "k.pem"), expect=2)
    assert "--name" in missing_name.stderr
    bad_type = run(env, secrets, "keys", "generate", "--name", "x", "--out", "k.pem", "--key-type", "dsa", expect=2)
    assert "invalid choice: 'dsa'" in bad_type.stderr
    no_credentials = {k: v for k, v in env.items() if not k.startswith("KALSHI_")}
    anonymous = run(no_credentials, secrets, "keys", "list", *mock_args(mock), expect=2)
    assert "no credentials: set KALSHI_API_KEY_ID" in anonymous.stderr
    custom = run(env, secrets, "keys", "list", "--base-url", mock.base_url, expect=2)
    assert "allow_custom_host" in custom.stderr
    assert mock.seen == []


def test_help_everywhere(env: dict[str, str], secrets: Secrets) -> None:
    for args in ([], ["keys"], ["keys", "generate"], ["keys", "create"], ["keys", "list"], ["keys", "delete"]):
        done = run(env, secrets, *args, "--help")
        assert done.stdout.startswith("usage: kalshi-ext")
        assert "KALSHI_API_KEY_ID" in done.stdout


def test_console_script_is_installed(env: dict[str, str], secrets: Secrets) -> None:
    script = Path(sys.executable).with_name("kalshi-ext")
    if not script.exists():
        pytest.skip("the kalshi-ext console script is not installed in this environment")
    done = subprocess.run([str(script), "--version"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("kalshi-ext ")


# --- in process -----------------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, admin_private: Any) -> None:
    for name in list(os.environ):
        if name.startswith("KALSHI_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KALSHI_API_KEY_ID", ADMIN_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", pem_private(admin_private))


def call(secrets: Secrets, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    assert not secrets.leaks(out.getvalue() + err.getvalue())
    return code, out.getvalue(), err.getvalue()


@pytest.mark.usefixtures("cli_env")
def test_passphrase_prompt(mock: KeyMock, secrets: Secrets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secrets.add(PASSPHRASE)
    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE, "something else"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    target = tmp_path / "p.pem"
    code, out, _ = call(secrets, "keys", "generate", "--name", "p", "-o", str(target), "--passphrase",
                        "--key-type", "ed25519", *mock_args(mock))  # fmt: skip
    assert code == 0 and "encrypted" in out and "KALSHI_PRIVATE_KEY_PASSPHRASE=..." in out
    assert PASSPHRASE not in out
    load_private_key(private_key_path=target, passphrase=PASSPHRASE)
    assert len(prompts) == 2
    code, _, err = call(secrets, "keys", "generate", "--name", "p", "-o", str(tmp_path / "q.pem"), "--passphrase",
                        *mock_args(mock))  # fmt: skip
    assert code == 2 and "do not match" in err
    assert not (tmp_path / "q.pem").exists()


@pytest.mark.usefixtures("cli_env")
def test_save_failure_names_the_orphan(
    mock: KeyMock, secrets: Secrets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_keyfile, "_write_all", full_disk)
    code, out, err = call(secrets, "keys", "generate", "--name", "o", "-o", str(tmp_path / "o.pem"), *mock_args(mock))
    (orphan,) = [k for k in mock.keys if k != ADMIN_ID]
    assert code == 1 and out == ""
    assert f"API key {orphan} was created" in err and "No space left on device" in err
    assert f"kalshi-ext keys delete {orphan} --yes" in err


@pytest.mark.usefixtures("cli_env")
def test_server_error_and_notes(mock: KeyMock, secrets: Secrets, tmp_path: Path) -> None:
    mock.override["POST /api_keys"] = lambda seen: Reply(403, {"error": {"code": "forbidden", "message": "tier"}})
    code, _, err = call(secrets, "keys", "create", "--name", "c", "-o", str(tmp_path / "c.pem"),
                        "--key-type", "ed25519", *mock_args(mock))  # fmt: skip
    assert code == 1
    assert err.startswith("kalshi-ext: error: ") and "note: The server did not register the key" in err
    assert not (tmp_path / "c.pem").exists()
    code, _, err = call(secrets, "keys", "create", "--name", "c", "--public-key", str(tmp_path / "none.pem"),
                        *mock_args(mock))  # fmt: skip
    assert code == 2 and "cannot read" in err
    code, _, err = call(secrets, "keys", "create", "--name", "c", *mock_args(mock))
    assert code == 2 and "--out PATH" in err


@pytest.mark.usefixtures("cli_env")
def test_interactive_delete_confirmation(
    mock: KeyMock, secrets: Secrets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, client: Any
) -> None:
    saved = client.generate_api_key("d", save_to=tmp_path / "d.pem", key_type="ed25519")
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    replies = iter(["n", "y"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(replies))
    code, _, err = call(secrets, "keys", "delete", saved.api_key_id, *mock_args(mock))
    assert code == 0 and "Nothing deleted" in err and saved.api_key_id in mock.keys
    code, out, _ = call(secrets, "keys", "delete", saved.api_key_id, *mock_args(mock))
    assert code == 0 and out.startswith("Deleted API key") and saved.api_key_id not in mock.keys


@pytest.mark.usefixtures("cli_env")
def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, secrets: Secrets) -> None:
    from kalshi_ext.cli import _keys

    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setitem(_keys.COMMANDS, "list", interrupted)
    code, _, err = call(secrets, "keys", "list")
    assert code == 130 and "interrupted" in err


@pytest.mark.usefixtures("cli_env")
def test_create_from_a_public_key_file(mock: KeyMock, secrets: Secrets, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from keymock import pem_public

    private = ed25519.Ed25519PrivateKey.generate()
    secrets.add_pem(pem_private(private))
    (tmp_path / "pub.pem").write_text(pem_public(private))
    code, out, _ = call(secrets, "keys", "create", "--name", "mine", "--public-key", str(tmp_path / "pub.pem"),
                        *mock_args(mock))  # fmt: skip
    assert code == 0 and "(ed25519) named 'mine'" in out and "nothing was saved" in out
    (tmp_path / "priv.pem").write_text(pem_private(private))
    code, _, err = call(secrets, "keys", "create", "--name", "oops", "--public-key", str(tmp_path / "priv.pem"),
                        *mock_args(mock))  # fmt: skip
    assert code == 2 and "contains a PRIVATE key; it was not sent" in err
    assert [s.body["name"] for s in mock.seen if s.method == "POST"] == ["mine"]
