"""Test support: ``kalshi-ext sim serve`` in a subprocess, and ``kalshi-ext`` run as a user types it
(``python -m kalshi_ext ...``) against its loopback servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class SimServer:
    """A running simulator: its URLs and the credentials of its default user."""

    process: subprocess.Popen[str]
    rest_url: str
    ws_url: str
    key_id: str
    private_key_path: str

    @classmethod
    def start(cls, *, seed: int = 1, speed: float = 0.001) -> SimServer:
        """``kalshi-ext sim serve`` as a user starts it; ``speed`` 0.001 all but stops simulated time."""
        process = subprocess.Popen(
            [sys.executable, "-m", "kalshi_ext", "sim", "serve", "--seed", str(seed), "--speed", str(speed)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            process.kill()
            raise RuntimeError(f"kalshi-ext sim serve did not start: {process.communicate(timeout=10)[1]}")
        info = json.loads(line)
        return cls(process, info["rest_url"], info["ws_url"], info["key_id"], info["private_key_path"])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: the server stops and removes its key file
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

    def env(self, home: Path) -> dict[str, str]:
        """The environment a user would have: the key of the simulator's default user, nothing else."""
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "TZ": "UTC",
            "KALSHI_API_KEY_ID": self.key_id,
            "KALSHI_PRIVATE_KEY_PATH": self.private_key_path,
        }

    def target(self, *, ws: bool = False) -> list[str]:
        args = ["--base-url", self.rest_url, "--allow-custom-host"]
        return [*args, "--ws-url", self.ws_url] if ws else args


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def kalshi_ext(
    env: dict[str, str], *args: str, expect: int | None = 0, stdin: int | None = subprocess.DEVNULL, timeout: float = 60
) -> Result:
    """Run ``python -m kalshi_ext ARGS``; check the exit status and that no traceback was printed."""
    done = subprocess.run(
        [sys.executable, "-m", "kalshi_ext", *args],
        env=env,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    result = Result(done.returncode, done.stdout, done.stderr)
    if expect is not None:
        assert done.returncode == expect, (args, done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    return result
