"""Running and timing commands: process exec to exit, with peak memory, optionally under a
pseudo-terminal; interleaved comparison of a command with its reference."""

import fcntl
import os
import statistics
import struct
import termios
import threading
import time


class Run:
    def __init__(self, seconds, status, max_rss_kb, output=b""):
        self.seconds = seconds
        self.status = status
        self.max_rss_kb = max_rss_kb
        self.output = output


class CommandFailed(Exception):
    pass


def _spawn(argv, env, cwd, file_actions, setsid=False):
    previous = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        started = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, env, file_actions=file_actions, setsid=setsid)
    finally:
        os.chdir(previous)
    return pid, started


def _finish(argv, pid, started, ok_statuses, stderr_path):
    _, wait_status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    status = os.waitstatus_to_exitcode(wait_status)
    if status not in ok_statuses:
        detail = ""
        if stderr_path and os.path.exists(stderr_path):
            with open(stderr_path, encoding="utf-8", errors="replace") as handle:
                last_lines = handle.read().strip().splitlines()[-1:]
            detail = ": " + last_lines[0][:200] if last_lines else ""
        raise CommandFailed("%s exited %d%s" % (" ".join(argv[:3]), status, detail))
    return seconds, status, usage.ru_maxrss


def run(argv, env, cwd=None, stdout_path=os.devnull, stderr_path=None, ok_statuses=(0,)):
    """Runs `argv` with stdin from /dev/null; the time is from spawn to the parent seeing its exit."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, stdout_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, stderr_path or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    pid, started = _spawn(argv, env, cwd, actions)
    return Run(*_finish(argv, pid, started, ok_statuses, stderr_path))


def run_pty(argv, env, columns=100, lines=30, stderr_path=None):
    """Runs `argv` on a new pseudo-terminal of `columns` x `lines` (its stdin, stdout and stderr),
    draining what it draws; returns the run with everything it wrote to the terminal."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    actions = [(os.POSIX_SPAWN_DUP2, slave, fd) for fd in (0, 1, 2)]
    actions += [(os.POSIX_SPAWN_CLOSE, master), (os.POSIX_SPAWN_CLOSE, slave)]
    chunks = []

    def drain():
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        pid, started = _spawn(argv, env, None, actions, setsid=True)
    finally:
        os.close(slave)
    try:
        seconds, status, rss = _finish(argv, pid, started, (0,), None)
    finally:
        reader.join(timeout=5)
        os.close(master)
    output = b"".join(chunks)
    if len(output) < 200:
        raise CommandFailed("%s drew only %d bytes: %r" % (" ".join(argv[:3]), len(output), output[:200]))
    return Run(seconds, status, rss, output)


def affordable_runs(runs, seconds_per_run, budget, least=3):
    """`runs`, or fewer (not under `least`) when `runs` of `seconds_per_run` would pass `budget`."""
    if seconds_per_run <= 0:
        return runs
    return max(least, min(runs, int(budget / seconds_per_run)))


def compare(command, reference, runs, warmup=1, budget=180.0):
    """Times `command` and `reference` (callables returning a Run) `runs` times each after
    `warmup` runs of each, interleaved and alternating which goes first. When the warm-up shows
    that `runs` pairs would take more than `budget` seconds, fewer runs are made (at least 3).
    Returns (command runs, reference runs)."""
    pair_seconds = 0.0
    for _ in range(warmup):
        pair_seconds = command().seconds + reference().seconds
    timed_command, timed_reference = [], []
    for index in range(affordable_runs(runs, pair_seconds, budget)):
        pair = [(command, timed_command), (reference, timed_reference)]
        if index % 2:
            pair.reverse()
        for function, results in pair:
            results.append(function())
    return timed_command, timed_reference


def repeat(command, runs, warmup=1, budget=180.0):
    seconds = 0.0
    for _ in range(warmup):
        seconds = command().seconds
    return [command() for _ in range(affordable_runs(runs, seconds, budget))]


def median_ms(results):
    return statistics.median(r.seconds for r in results) * 1000


def min_ms(results):
    return min(r.seconds for r in results) * 1000
