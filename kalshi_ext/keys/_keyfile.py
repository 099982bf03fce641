"""Writing a private key file atomically and privately.

The file never exists with loose permissions, and never exists half-written under its final
name:

1. ``prepare()`` checks the target (not a directory; absent unless ``overwrite``), creates
   missing parent directories with mode 0700, and creates the temporary file next to the
   target with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and mode 0600. Doing this first proves the
   directory is writable *before* the caller asks the server for a key.
2. ``write()`` writes the bytes and fsyncs the temporary file.
3. ``publish()`` moves it into place: without ``overwrite`` by ``link()`` (which fails if the
   target appeared in the meantime, so nothing is ever replaced by accident), with
   ``overwrite`` by ``os.replace()`` (atomic). Then the directory is fsynced so the new name
   survives a crash.

Every failure raises :class:`KeyFileError`, whose message names the path and the OS reason and
never contains file contents.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import stat
from pathlib import Path

from .._errors import KalshiConfigurationError, KalshiError

logger = logging.getLogger("kalshi_ext")

FILE_MODE = 0o600
DIR_MODE = 0o700

# link() is refused by some file systems (FAT, some network and FUSE mounts); publish() then
# falls back to an exists-check plus rename(), which has a small race window.
_NO_LINK_ERRNOS = frozenset(
    {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EMLINK, errno.EXDEV, errno.EACCES}
)


class KeyFileError(KalshiError):
    """A private key file could not be written (or the target is unusable).

    Attributes:
        path: the file (or directory) concerned.
    """

    def __init__(self, message: str, *, path: Path) -> None:
        self.path = path
        super().__init__(message)


def resolve_key_path(save_to: object, *, argument: str = "save_to") -> Path:
    """Turn ``save_to`` into an absolute path: ``~`` is expanded, and a relative path is taken
    relative to the current working directory at the time of the call (as ``open()`` does).
    Symbolic links are not resolved.

    Raises:
        KalshiConfigurationError: not a str or path; empty; ends with a path separator (names a
            directory); contains a NUL character; an unknown ``~user``.
    """
    if isinstance(save_to, bool) or not isinstance(save_to, str | os.PathLike):
        raise KalshiConfigurationError(f"{argument} must be a str or path, not {type(save_to).__name__}")
    text = os.fspath(save_to)
    if not isinstance(text, str):
        raise KalshiConfigurationError(f"{argument} must be a text path, not bytes")
    if not text.strip():
        raise KalshiConfigurationError(f"{argument} must not be empty")
    if "\x00" in text:
        raise KalshiConfigurationError(f"{argument} must not contain NUL characters")
    if text.endswith(os.sep) or (os.altsep is not None and text.endswith(os.altsep)):
        raise KalshiConfigurationError(f"{argument} ends with a path separator, so it names a directory: {text}")
    try:
        path = Path(text).expanduser()
    except RuntimeError:
        raise KalshiConfigurationError(f"{argument}: cannot expand the home directory in {text}") from None
    return path if path.is_absolute() else Path.cwd() / path


def _failure(action: str, path: Path, exc: OSError) -> KeyFileError:
    reason = exc.strerror or type(exc).__name__
    if isinstance(exc, NotADirectoryError):
        reason = "a component of the path is a file, not a directory"
    return KeyFileError(f"cannot {action} {path}: {reason}", path=path)


def _make_parents(parent: Path) -> list[Path]:
    """Create the missing directories above the key file (mode 0700); return those created."""
    missing: list[Path] = []
    probe = parent
    while True:
        try:
            st = os.stat(probe)  # follows symlinks: a symlinked ~/.kalshi is fine
        except FileNotFoundError:
            missing.append(probe)
            if probe.parent == probe:
                break
            probe = probe.parent
            continue
        except OSError as exc:
            raise _failure("use the directory", probe, exc) from None
        if not stat.S_ISDIR(st.st_mode):
            raise KeyFileError(f"cannot use {probe} as a directory: it is a file", path=probe)
        break
    created: list[Path] = []
    for directory in reversed(missing):
        try:
            os.mkdir(directory, DIR_MODE)
        except FileExistsError:
            if os.path.isdir(directory):  # created concurrently: not ours to chmod or remove
                continue
            _remove_dirs(created)
            raise KeyFileError(
                f"cannot create the directory {directory}: a file is in the way", path=directory
            ) from None
        except OSError as exc:
            _remove_dirs(created)
            raise _failure("create the directory", directory, exc) from None
        created.append(directory)
        try:
            os.chmod(directory, DIR_MODE)  # mkdir's mode is filtered by the umask
        except OSError as exc:
            _remove_dirs(created)
            raise _failure("set permissions on", directory, exc) from None
    return created


def _remove_dirs(created: list[Path]) -> None:
    for directory in reversed(created):
        try:
            os.rmdir(directory)
        except OSError:
            logger.debug("could not remove the directory %s created for a key file", directory)


def fsync_directory(directory: Path) -> None:
    """Best effort: make a rename or unlink in ``directory`` durable (POSIX only)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        logger.debug("could not open %s to fsync it", directory)
        return
    try:
        os.fsync(fd)
    except OSError:
        # Some file systems refuse fsync on a directory (EINVAL); the file itself is synced.
        logger.debug("could not fsync the directory %s", directory)
    finally:
        os.close(fd)


class PendingKeyFile:
    """A key file being written: a private temporary file next to its target.

    Use :meth:`prepare`, then :meth:`commit` (or :meth:`write` and :meth:`publish`), or
    :meth:`abort` to leave nothing behind.
    """

    def __init__(self, target: Path, *, overwrite: bool, fd: int, temp: Path, created_dirs: list[Path]) -> None:
        self.target = target
        self.overwrite = overwrite
        self.temp = temp
        self._fd: int | None = fd
        self._created_dirs = created_dirs
        self._done = False
        self._published = False

    @classmethod
    def prepare(cls, target: Path, *, overwrite: bool) -> PendingKeyFile:
        """Check ``target``, create missing parent directories (0700) and the temporary file (0600).

        Raises:
            KeyFileError: ``target`` is a directory; it exists and ``overwrite`` is False; a
                parent is a file; a directory cannot be created; the directory is not writable.
        """
        try:
            st = os.lstat(target)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise _failure("write the key file", target, exc) from None
        if st is not None:
            if stat.S_ISDIR(st.st_mode) or (stat.S_ISLNK(st.st_mode) and os.path.isdir(target)):
                raise KeyFileError(f"{target} is a directory; give the path of the key file to create", path=target)
            if not overwrite:
                raise KeyFileError(
                    f"{target} already exists; refusing to overwrite it (pass overwrite=True to replace it)",
                    path=target,
                )
        created = _make_parents(target.parent)
        temp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(temp, flags, FILE_MODE)
        except OSError as exc:
            _remove_dirs(created)
            raise _failure("create a file in", target.parent, exc) from None
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)  # exactly 0600 whatever the umask (it can only remove bits)
        except OSError as exc:
            os.close(fd)
            _unlink_quietly(temp)
            _remove_dirs(created)
            raise _failure("set permissions on", temp, exc) from None
        return cls(target, overwrite=overwrite, fd=fd, temp=temp, created_dirs=created)

    def write(self, data: bytes) -> None:
        """Write ``data`` to the temporary file and fsync it.

        Raises:
            KeyFileError: the write or fsync failed (the temporary file is removed).
        """
        if self._fd is None:
            raise KeyFileError("the key file was already written or abandoned", path=self.target)
        fd, self._fd = self._fd, None
        try:
            _write_all(fd, data)
            os.fsync(fd)
        except OSError as exc:
            self._cleanup()
            raise _failure("write the key file", self.target, exc) from None
        finally:
            os.close(fd)

    @property
    def published(self) -> bool:
        """True once the file has its final name."""
        return self._published

    def publish(self, *, keep_on_failure: bool = False) -> None:
        """Give the written temporary file its final name, then fsync the directory.

        ``keep_on_failure`` leaves the temporary file in place if this fails (when it holds
        the only copy of a key the server already knows).

        Raises:
            KeyFileError: the target appeared meanwhile (without ``overwrite``) or the rename
                failed; the temporary file is removed unless ``keep_on_failure``.
        """
        if self._fd is not None or self._done:
            raise KeyFileError("the key file must be written once before it is published", path=self.target)
        try:
            if self.overwrite:
                os.replace(self.temp, self.target)
            else:
                self._link_without_replacing()
        except OSError as exc:
            if keep_on_failure:
                self.release()
            else:
                self._cleanup()
            if isinstance(exc, FileExistsError):
                raise KeyFileError(
                    f"{self.target} was created by someone else while the key was being made; it was not overwritten",
                    path=self.target,
                ) from None
            raise _failure("move the key file into place at", self.target, exc) from None
        self._done = self._published = True
        fsync_directory(self.target.parent)

    def _link_without_replacing(self) -> None:
        try:
            os.link(self.temp, self.target)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_LINK_ERRNOS:
                raise
            if os.path.lexists(self.target):
                raise FileExistsError(errno.EEXIST, "exists", str(self.target)) from None
            os.rename(self.temp, self.target)
            return
        _unlink_quietly(self.temp)

    def commit(self, data: bytes) -> None:
        """:meth:`write` then :meth:`publish`. Raises: KeyFileError."""
        self.write(data)
        self.publish()

    def abort(self) -> None:
        """Remove the temporary file and the directories :meth:`prepare` created. Never raises."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if not self._done:
            self._cleanup()

    def discard(self) -> str | None:
        """Remove the file, published or not, and the directories :meth:`prepare` created.

        Returns None, or why the published file could not be removed (never raises).
        """
        if not self._published:
            self.abort()
            return None
        try:
            os.unlink(self.target)
        except FileNotFoundError:
            pass
        except OSError as exc:
            return exc.strerror or type(exc).__name__
        fsync_directory(self.target.parent)
        _remove_dirs(self._created_dirs)
        self._created_dirs = []
        self._published = False
        return None

    def release(self) -> None:
        """Stop managing the files: whatever was written stays where it is. Never raises."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._done = True

    def _cleanup(self) -> None:
        _unlink_quietly(self.temp)
        _remove_dirs(self._created_dirs)
        self._created_dirs = []
        self._done = True


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte (``os.write`` may write less). Tests replace this to simulate a full disk."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:
        logger.debug("could not remove %s", path)
