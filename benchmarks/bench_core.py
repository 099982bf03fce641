"""kalshi_ext core benchmark: figures against raw baselines, one run, loopback only.

Run:  .venv/bin/python benchmarks/bench_core.py          (about 30-60 s on 2 cores)

Prints:
1. Per-request cost of a signed small GET through ``KalshiClient.request`` versus raw httpx with
   the same RSA-PSS signature, run A/B interleaved in rounds (order alternating), medians quoted.
   Also the facade path (``kalshi.exchange.status()``: generated endpoint + model parsing).
2. RSA-2048 versus Ed25519: the signature alone and a whole signed request.
3. Async: throughput of the async client's signing stage under concurrency (RSA work runs in
   its worker pool; cryptography releases the GIL) versus signing in one thread; then end-to-end
   concurrent signed requests versus raw httpx.AsyncClient signing on the event loop.

The HTTP server runs in a separate process (a minimal asyncio HTTP/1.1 keep-alive responder) so
that it does not compete with the client for the GIL. This is a script, not a timed test.
"""

from __future__ import annotations

import asyncio
import base64
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BODY = b'{"exchange_active":true,"trading_active":true}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)


# --------------------------------------------------------------------------- server process


def serve() -> None:
    """A tiny HTTP/1.1 keep-alive server answering every request with the same small JSON."""

    class Responder(asyncio.Protocol):
        def connection_made(self, transport: Any) -> None:
            self.transport = transport
            self.buffer = b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while True:
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = self.buffer[:end].lower()
                length = 0
                marker = head.find(b"content-length:")
                if marker >= 0:
                    length = int(head[marker + 15 :].split(b"\r\n", 1)[0])
                if len(self.buffer) < end + 4 + length:
                    return
                self.buffer = self.buffer[end + 4 + length :]
                self.transport.write(RESPONSE)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Responder, "127.0.0.1", 0, backlog=256)
        print(server.sockets[0].getsockname()[1], flush=True)
        await server.serve_forever()

    asyncio.run(main())


def start_server() -> tuple[subprocess.Popen[bytes], int]:
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--serve"], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, port


# --------------------------------------------------------------------------- helpers


def per_request_us(fn: Callable[[], Any], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1e6


def interleaved(variants: dict[str, Callable[[], Any]], rounds: int, n: int) -> dict[str, float]:
    """Median over rounds of the mean per-request time (us); variant order alternates per round."""
    names = list(variants)
    for fn in variants.values():  # warm up connections, caches, code paths
        per_request_us(fn, 50)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        order = names if r % 2 == 0 else names[::-1]
        for name in order:
            samples[name].append(per_request_us(variants[name], n))
    return {name: statistics.median(values) for name, values in samples.items()}


def raw_rsa_headers(key: Any, key_id: str, method: str, path: str) -> dict[str, str]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    ts = str(time.time_ns() // 1_000_000)
    signature = key.sign(
        f"{ts}{method}{path}".encode(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
        hashes.SHA256(),
    )
    return {
        "KALSHI-ACCESS-KEY": key_id,
        "KALSHI-ACCESS-TIMESTAMP": ts,
        "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
    }


# --------------------------------------------------------------------------- benchmarks


def bench_overhead(port: int, rsa_key: Any, ed_key: Any) -> None:
    import httpx

    from kalshi_ext import KalshiClient

    base = f"http://127.0.0.1:{port}/trade-api/v2"
    path = "/trade-api/v2/exchange/status"
    kalshi = KalshiClient(key_id="bench-key", private_key=rsa_key, base_url=base, allow_custom_host=True)
    kalshi_ed = KalshiClient(key_id="bench-key", private_key=ed_key, base_url=base, allow_custom_host=True)
    raw = httpx.Client(base_url=base)

    def raw_get() -> Any:
        response = raw.get("/exchange/status", headers=raw_rsa_headers(rsa_key, "bench-key", "GET", path))
        response.raise_for_status()
        return response.json()

    print("\n1. Signed small GET, per request (RSA-2048), A/B/C interleaved in batches of 10, median of 300 batches")
    medians = interleaved(
        {
            "raw httpx + same signature": raw_get,
            "KalshiClient.request()": lambda: kalshi.request("GET", "/exchange/status"),
            "kalshi.exchange.status()": kalshi.exchange.status,
        },
        rounds=300,
        n=10,
    )
    base_us = medians["raw httpx + same signature"]
    for name, us in medians.items():
        print(f"   {name:<30} {us:8.1f} us   {us / base_us:5.3f}x  ({us - base_us:+6.1f} us)")
    print("   goal: KalshiClient.request() <= 1.05x raw")

    print("\n2. RSA-2048 vs Ed25519")
    signer_rsa, signer_ed = kalshi.signer, kalshi_ed.signer
    assert signer_rsa is not None and signer_ed is not None
    sign = interleaved(
        {
            "sign RSA-2048": lambda: signer_rsa.headers("GET", path),
            "sign Ed25519": lambda: signer_ed.headers("GET", path),
        },
        rounds=100,
        n=20,
    )
    full = interleaved(
        {
            "request RSA-2048": lambda: kalshi.request("GET", "/exchange/status"),
            "request Ed25519": lambda: kalshi_ed.request("GET", "/exchange/status"),
        },
        rounds=150,
        n=10,
    )
    for name, us in {**sign, **full}.items():
        print(f"   {name:<30} {us:8.1f} us")
    print(
        f"   Ed25519 saves {sign['sign RSA-2048'] - sign['sign Ed25519']:.0f} us per signature; "
        f"a whole request is {full['request RSA-2048'] / full['request Ed25519']:.2f}x faster"
    )
    kalshi.close()
    kalshi_ed.close()
    raw.close()


def parallel_capacity() -> float:
    """Speed-up of two threads over one on a GIL-releasing job: about 2.0 on two idle cores.

    Printed so that a low async figure can be told apart from a busy machine."""
    import hashlib

    data = b"x" * (16 * 1024 * 1024)

    def work() -> None:
        for _ in range(3):
            hashlib.sha256(data).digest()

    start = time.perf_counter()
    work()
    work()
    one = time.perf_counter() - start
    threads = [threading.Thread(target=work) for _ in range(2)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return one / (time.perf_counter() - start)


_WORKER_SIGNER: Any = None


def _sign_in_process(n: int) -> float:
    """Seconds to make ``n`` RSA-2048 signatures in this worker process (key made once per worker)."""
    global _WORKER_SIGNER
    if _WORKER_SIGNER is None:
        from cryptography.hazmat.primitives.asymmetric import rsa

        from kalshi_ext import RequestSigner

        _WORKER_SIGNER = RequestSigner("bench-key", rsa.generate_private_key(public_exponent=65537, key_size=2048))
    start = time.perf_counter()
    for _ in range(n):
        _WORKER_SIGNER.headers("GET", "/trade-api/v2/exchange/status")
    return time.perf_counter() - start


def process_ratio(n: int = 400, rounds: int = 5) -> float:
    """Two processes versus one on the same signing job: the hardware ceiling for any thread pool."""
    from concurrent.futures import ProcessPoolExecutor

    ratios = []
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_sign_in_process, [20] * 8))  # queued together: both workers start and make their key
        for _ in range(rounds):
            one = pool.submit(_sign_in_process, n).result()
            two = max(pool.map(_sign_in_process, [n // 2, n // 2]))
            ratios.append(one / two)
    return statistics.median(ratios)


async def bench_async(port: int, rsa_key: Any) -> None:
    import httpx

    from kalshi_ext import AsyncKalshiClient

    base = f"http://127.0.0.1:{port}/trade-api/v2"
    path = "/trade-api/v2/exchange/status"
    print(
        f"\n3. Async, RSA-2048 (load average {os.getloadavg()[0]:.2f}; two threads on a GIL-free job: "
        f"{parallel_capacity():.2f}x one)"
    )
    async with AsyncKalshiClient(key_id="bench-key", private_key=rsa_key, base_url=base, allow_custom_host=True) as a:
        signer = a.signer
        assert signer is not None
        transport = a._transport
        n, rounds = 300, 21
        await asyncio.gather(*(transport._auth_headers(signer, "GET", path) for _ in range(50)))  # warm the pool

        def two_threads() -> None:
            threads = [
                threading.Thread(target=lambda: [signer.headers("GET", path) for _ in range(n // 2)]) for _ in range(2)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

        single_rates, pooled_ratios, thread_ratios = [], [], []
        for _ in range(rounds):  # adjacent measurements, so a burst of outside load hits all three alike
            start = time.perf_counter()
            for _ in range(n):
                signer.headers("GET", path)
            single = time.perf_counter() - start
            start = time.perf_counter()
            await asyncio.gather(*(transport._auth_headers(signer, "GET", path) for _ in range(n)))
            pooled = time.perf_counter() - start
            start = time.perf_counter()
            two_threads()
            plain = time.perf_counter() - start
            single_rates.append(n / single)
            pooled_ratios.append(single / pooled)
            thread_ratios.append(single / plain)
        single_rate = statistics.median(single_rates)
        pooled_ratio = statistics.median(pooled_ratios)
        print(f"   signing in one thread:                          {single_rate:7.0f} signatures/s")
        print(
            f"   signing via the async client ({n} concurrent): {single_rate * pooled_ratio:7.0f} signatures/s  "
            f"{pooled_ratio:.2f}x   (goal >= 1.6x; median of {rounds} adjacent rounds)"
        )
        print(f"   reference, two plain threads signing:           {statistics.median(thread_ratios):.2f}x")
        print(f"   reference, two processes signing (no GIL):      {process_ratio():.2f}x   (what the CPUs allow)")

        concurrency, per_round, rounds = 4, 300, 9
        raw = httpx.AsyncClient(base_url=base)

        async def ours() -> None:
            await a.request("GET", "/exchange/status")

        async def inline() -> None:  # the single-thread design: sign on the event loop
            headers = raw_rsa_headers(rsa_key, "bench-key", "GET", path)
            response = await raw.get("/exchange/status", headers=headers)
            response.raise_for_status()
            response.json()

        async def throughput(fn: Callable[[], Any]) -> float:
            semaphore = asyncio.Semaphore(concurrency)

            async def one() -> None:
                async with semaphore:
                    await fn()

            start = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(per_round)))
            return per_round / (time.perf_counter() - start)

        for fn in (ours, inline):
            await throughput(fn)  # warm up connections
        samples: dict[str, list[float]] = {"ours": [], "inline": []}
        for r in range(rounds):
            for name in ("ours", "inline") if r % 2 == 0 else ("inline", "ours"):
                samples[name].append(await throughput(ours if name == "ours" else inline))
        await raw.aclose()
    ours_rps, inline_rps = statistics.median(samples["ours"]), statistics.median(samples["inline"])
    print(f"   end to end, {concurrency} in flight, median of {rounds} interleaved rounds x {per_round}:")
    print(f"     raw httpx.AsyncClient, signing on the loop:  {inline_rps:7.0f} requests/s")
    print(f"     AsyncKalshiClient, signing in its pool:      {ours_rps:7.0f} requests/s  {ours_rps / inline_rps:.2f}x")


def main() -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    started = time.perf_counter()
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ed_key = ed25519.Ed25519PrivateKey.generate()
    proc, port = start_server()
    try:
        print(f"kalshi_ext core benchmark: loopback server on 127.0.0.1:{port} (separate process)")
        bench_overhead(port, rsa_key, ed_key)
        asyncio.run(bench_async(port, rsa_key))
    finally:
        proc.terminate()
        proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()
    print(f"\ntotal {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    if "--serve" in sys.argv:
        serve()
    else:
        main()
