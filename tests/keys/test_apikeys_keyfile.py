"""The private key file writer on its own: modes, refusal to overwrite, atomic replace, races,
and failures. Tests run as root here, where permission bits do not stop writes, so an
unwritable location is made with a path *under a regular file* (ENOTDIR for everyone), and a
failing write by replacing ``_keyfile._write_all`` (a full disk)."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kalshi_ext import KalshiConfigurationError
from kalshi_ext.keys import _keyfile
from kalshi_ext.keys._keyfile import KeyFileError, PendingKeyFile, resolve_key_path

DATA = b"-----BEGIN " + b"PRIVATE KEY-----\nnot really a key\n-----END PRIVATE KEY-----\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


# --- resolving the path ---------------------------------------------------------------------


def test_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_key_path("~/.kalshi/bot.pem") == tmp_path / ".kalshi" / "bot.pem"


def test_relative_path_is_relative_to_the_current_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    resolved = resolve_key_path("keys/bot.pem")
    assert resolved == tmp_path / "keys" / "bot.pem"
    assert resolved.is_absolute()
    assert resolve_key_path(Path("bot.pem")) == tmp_path / "bot.pem"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        ("keys/", "names a directory"),
        ("a\x00b", "NUL"),
        (b"bot.pem", "must be a str or path"),
        (42, "must be a str or path"),
        (None, "must be a str or path"),
        (True, "must be a str or path"),
    ],
)
def test_bad_paths_are_refused(value: object, fragment: str) -> None:
    with pytest.raises(KalshiConfigurationError, match=fragment):
        resolve_key_path(value)


# --- writing --------------------------------------------------------------------------------


def test_new_file_is_0600_and_new_parents_0700(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "a" / "b" / "bot.pem"
    pending = PendingKeyFile.prepare(target, overwrite=False)
    assert mode(pending.temp) == 0o600  # private before a single byte is written
    assert pending.temp.parent == target.parent
    pending.commit(DATA)
    assert target.read_bytes() == DATA
    assert mode(target) == 0o600
    assert mode(tmp_path / "a") == 0o700
    assert mode(tmp_path / "a" / "b") == 0o700
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("mask", [0o000, 0o077, 0o777])
def test_modes_do_not_depend_on_the_umask(tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        target = tmp_path / "d" / "bot.pem"
        PendingKeyFile.prepare(target, overwrite=False).commit(DATA)
    finally:
        os.umask(old)
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700


def test_existing_directories_keep_their_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    PendingKeyFile.prepare(shared / "bot.pem", overwrite=False).commit(DATA)
    assert mode(shared) == 0o755


def test_temp_file_is_created_exclusively_with_mode_0600(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int, int]] = []
    real_open = os.open

    def spy(path: object, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        calls.append((str(path), flags, mode))
        return real_open(path, flags, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy)
    PendingKeyFile.prepare(tmp_path / "bot.pem", overwrite=False).abort()
    created = [c for c in calls if c[1] & os.O_CREAT]
    assert len(created) == 1
    _, flags, file_mode = created[0]
    assert flags & os.O_EXCL and flags & os.O_NOFOLLOW
    assert file_mode == 0o600


def test_existing_file_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "bot.pem"
    target.write_bytes(b"old")
    with pytest.raises(KeyFileError, match="already exists; refusing to overwrite") as info:
        PendingKeyFile.prepare(target, overwrite=False)
    assert info.value.path == target
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_overwrite_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "bot.pem"
    target.write_bytes(b"old")
    target.chmod(0o644)
    old_inode = os.stat(target).st_ino
    pending = PendingKeyFile.prepare(target, overwrite=True)
    pending.write(DATA)
    assert target.read_bytes() == b"old"  # untouched until the rename
    pending.publish()
    assert target.read_bytes() == DATA
    assert mode(target) == 0o600
    assert os.stat(target).st_ino != old_inode  # a new file renamed over the old one, not rewritten in place
    assert leftovers(tmp_path) == []


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bot.pem"
    target.write_bytes(b"old")

    def full_disk(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_keyfile, "_write_all", full_disk)
    pending = PendingKeyFile.prepare(target, overwrite=True)
    with pytest.raises(KeyFileError, match="No space left on device"):
        pending.commit(DATA)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_failed_write_removes_the_directories_it_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_disk(fd: int, data: bytes) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(_keyfile, "_write_all", broken_disk)
    pending = PendingKeyFile.prepare(tmp_path / "new" / "dir" / "bot.pem", overwrite=False)
    with pytest.raises(KeyFileError, match="Input/output error"):
        pending.commit(DATA)
    assert not (tmp_path / "new").exists()


def test_directory_as_target_is_refused(tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir()
    for overwrite in (False, True):
        with pytest.raises(KeyFileError, match="is a directory"):
            PendingKeyFile.prepare(tmp_path / "keys", overwrite=overwrite)


def test_path_under_a_regular_file_is_unwritable_even_for_root(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_bytes(b"x")
    with pytest.raises(KeyFileError, match="not-a-dir") as info:
        PendingKeyFile.prepare(blocker / "sub" / "bot.pem", overwrite=False)
    assert "file" in str(info.value)
    assert blocker.read_bytes() == b"x"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permission bits")
def test_read_only_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(KeyFileError, match="Permission denied"):
            PendingKeyFile.prepare(locked / "bot.pem", overwrite=False)
    finally:
        locked.chmod(0o700)


def test_symlink_target_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"precious")
    link = tmp_path / "bot.pem"
    link.symlink_to(elsewhere)
    with pytest.raises(KeyFileError, match="already exists"):
        PendingKeyFile.prepare(link, overwrite=False)
    PendingKeyFile.prepare(link, overwrite=True).commit(DATA)
    assert not link.is_symlink()
    assert link.read_bytes() == DATA
    assert elsewhere.read_bytes() == b"precious"


def test_a_file_appearing_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "bot.pem"
    pending = PendingKeyFile.prepare(target, overwrite=False)
    target.write_bytes(b"someone else's")
    with pytest.raises(KeyFileError, match="created by someone else"):
        pending.commit(DATA)
    assert target.read_bytes() == b"someone else's"
    assert leftovers(tmp_path) == []


def test_without_hard_links_the_file_is_renamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: object, dst: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "bot.pem"
    PendingKeyFile.prepare(target, overwrite=False).commit(DATA)
    assert target.read_bytes() == DATA
    assert mode(target) == 0o600
    assert leftovers(tmp_path) == []


def test_abort_removes_the_temp_file_and_created_directories(tmp_path: Path) -> None:
    pending = PendingKeyFile.prepare(tmp_path / "x" / "bot.pem", overwrite=False)
    assert pending.temp.exists()
    pending.abort()
    pending.abort()  # idempotent
    assert not (tmp_path / "x").exists()


def test_keep_on_failure_keeps_the_written_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "bot.pem"
    target.mkdir()  # replace() of a file over a directory fails
    pending = PendingKeyFile(target, overwrite=True, fd=-1, temp=tmp_path / ".t.tmp", created_dirs=[])
    pending._fd = None
    (tmp_path / ".t.tmp").write_bytes(DATA)
    with pytest.raises(KeyFileError):
        pending.publish(keep_on_failure=True)
    assert (tmp_path / ".t.tmp").read_bytes() == DATA
