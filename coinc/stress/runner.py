"""Batches of runs: in this process, in worker processes, or on a Dask cluster; with a
progress bar, and Ctrl-C keeping whatever finished."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from coinc.deploy import compiled_contracts
from coinc.stress.engine import RunResult, run_one


def _warm() -> None:
    compiled_contracts()


def _task(cfg: dict, seed: int) -> RunResult:
    _warm()
    return run_one(cfg, seed)


def run_batch(cfg: dict, seed: int, runs: int, workers: int | None, cluster: str | None,
              on_done: Callable[[RunResult], None] | None = None,
              on_step: Callable[[int], None] | None = None) -> tuple[list[RunResult], bool]:
    """Run seeds seed, seed+1, ...; return (results sorted by seed, interrupted)."""
    seeds = [seed + i for i in range(runs)]
    results: list[RunResult] = []
    interrupted = False

    def done(r: RunResult) -> None:
        results.append(r)
        if on_done:
            on_done(r)

    try:
        if cluster:
            from dask.distributed import Client, as_completed

            with Client(cluster) as client:
                futures = client.map(_task, [cfg] * runs, seeds, pure=False)
                try:
                    for fut in as_completed(futures):
                        done(fut.result())
                except KeyboardInterrupt:
                    client.cancel(futures)
                    raise
        elif runs > 1 and (workers or 0) != 1:
            n = max(1, min(workers or os.cpu_count() or 1, runs))
            pool = ProcessPoolExecutor(max_workers=n, initializer=_warm)
            pending = {pool.submit(_task, cfg, s) for s in seeds}
            try:
                while pending:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        done(fut.result())
            except KeyboardInterrupt:
                for fut in pending:
                    fut.cancel()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            pool.shutdown()
        else:
            _warm()
            for s in seeds:
                done(run_one(cfg, s, on_step))
    except KeyboardInterrupt:
        interrupted = True
    results.sort(key=lambda r: r.seed)
    return results, interrupted
