#!/usr/bin/env python3
"""A class on one JupyterHub: N students take two Media Literacy Lab lessons at once.

`make hub-test` runs it with 10 students; `make bench ONLY=hub` with a class of 30.

1. Writes `build/hub/jupyterhub_config.py` (from HUB_CONFIG below) and starts JupyterHub
   from this Python (the kit's .venv) on 127.0.0.1 only, with configurable-http-proxy from
   `build/node/` (npm), the test-only DummyAuthenticator and one JupyterLab per student as
   a child process of the hub (SimpleLocalProcessSpawner: no system users, so it runs as
   root), loading only what a lesson needs (no nbgrader, language-server or terminal
   extensions, a read-only extension manager: HUB_CONFIG says why). Each student's home
   holds the kit as nbgitpuller leaves it, a folder
   `media-literacy-lab/notebooks/`, and their answers go to `my-answers/` beside the
   notebooks, as the lesson plans describe. Each run has its own folder under
   `build/hub/runs/` (hub.log, database, homes); the last few are kept.
2. Simulates the class. Each student logs in through the hub's REST API (the service token
   creates the user, starts the server, follows the spawn-progress stream and issues the
   student's own token), at most `--login-concurrency` at a time. When everyone is in, they
   all work at once: through their own server they open a lesson (contents and sessions
   API, which starts a kernel) and run its code cells one by one over the kernel
   websocket, pausing about `--think` s before each. Where the notebook says
   `# qN.answer(...)`, they answer from what `qN` printed (three items of a label exercise,
   one answer otherwise; free text carries the student's name).
3. Measures servers started, lessons finished, answer-to-feedback time (the answer cell
   sent to its first result), whole-class time, and peak RSS (psutil, every 0.5 s) per
   student (server plus kernels), of the class, the hub and the proxy; checks every few
   seconds that nothing it started listens off loopback; then reads every answers file
   back (bench/hub_audit.py) to count answers lost or mixed up between students.
4. Prints one JSON object (the `hub_*` figures, also written to build/hub/last-run.json)
   and exits 0 only when every target is met: all finish, p95 <= `--p95-limit`, per-student
   peak <= `--peak-limit-mb`, nothing lost or mixed, nothing listening off loopback.

Bounded: at most MAX_STUDENTS, never a class the free memory cannot hold, each class
stopped at `--deadline-s`, a ceiling search (`--sizes 30,40,60`) within `--budget-s`. It
stops everything it started (the hub, which stops the proxy and the servers, then any
process it saw below the hub that is still there), also on SIGTERM, SIGHUP and Ctrl+C.

Kernels talk to their servers over Unix sockets (`--KernelManager.transport=ipc`): with TCP,
each server picks "free" ports for its kernels on its own, and when a class opens a lesson
at the same moment two servers can pick the same port (40 students: 2 kernels died).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import aiohttp
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hub_audit import Limits, audit_answers, missed_targets, percentile, written_by

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "hub"
CONFIG = BUILD / "jupyterhub_config.py"
CHP = ROOT / "build" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
KIT_FOLDER = "media-literacy-lab"  # what nbgitpuller names the student's copy of the kit
DEFAULT_LESSONS = ["00-start-here.ipynb", "04-because-i-said-so.ipynb"]
MAX_STUDENTS = 200
MB_PER_STUDENT = 300  # the free memory a class needs per student before it starts
RUNS_KEPT = 3
START_ATTEMPTS = 3
MB = 1024 * 1024
SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


def pct(values: list[float], q: float) -> float | None:
    value = percentile(values, q)
    return None if value is None else round(value, 3)


# --------------------------------------------------------------------------- set-up


def _ephemeral_range() -> tuple[int, int]:
    """The ports the kernel hands out for outgoing connections and bind(port 0)."""
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999


def _free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def port_block(count: int) -> int:
    """The first of `count` consecutive loopback ports, all free now, outside the ephemeral
    range: on a busy machine an outgoing connection can take a port from that range between
    the moment it is picked and the moment the hub, the proxy or a server binds it (seen:
    the proxy's public port, 15 s after it was picked). Outside it, only a program asking
    for that very port can."""
    low, high = _ephemeral_range()
    spans = [(10000, low - count), (high + 1, 65536 - count)]
    first, last = max(spans, key=lambda span: span[1] - span[0])
    rng = random.SystemRandom()
    for _ in range(50):
        base = rng.randrange(first, max(first + 1, last))
        if all(_free(p) for p in range(base, base + count)):
            return base
    raise RuntimeError(f"no {count} free ports in a row between {first} and {last}")


def find_tools(args) -> dict:
    """The programs the hub needs; exits in one line saying what is missing."""
    bindir = Path(sys.executable).parent
    tools = {
        "jupyterhub": bindir / "jupyterhub",
        "singleuser": bindir / "jupyterhub-singleuser",
        "chp": Path(args.chp),
    }
    missing = [f"{k} ({p})" for k, p in tools.items() if not p.exists()]
    notebooks = Path(args.notebooks)
    if not all((notebooks / n).is_file() for n in args.lessons):
        missing.append(f"lesson notebooks {args.lessons} in {notebooks}")
    if missing:
        sys.exit("hub_load: missing " + ", ".join(missing) + "; `make hub-test` installs them")
    # The kernels must find the kit and its data (an editable install: medialit/paths.py
    # looks for data/ beside the package), or every lesson fails on its first cell.
    lesson = args.lessons[0].removesuffix(".ipynb")
    code = (
        "import tempfile\nfrom medialit import lesson\n"
        f"L = lesson.start({lesson!r}, answers_folder=tempfile.mkdtemp())\n"
        "print(L.case.path)"
    )
    probe = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=120
    )
    if probe.returncode != 0:
        sys.exit("hub_load: the kit cannot find its data:\n" + probe.stderr.strip()[-600:])
    tools["case"] = probe.stdout.strip()
    return tools


def versions(chp: Path) -> dict:
    found = {}
    for name in ("jupyterhub", "jupyter_server", "jupyterlab", "ipykernel"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found[name] = metadata.version(name)
    with contextlib.suppress(OSError, ValueError):
        package = chp.resolve().parent.parent / "package.json"
        found["configurable-http-proxy"] = json.loads(package.read_text())["version"]
    found["python"] = platform.python_version()
    return found


def _die_with_parent() -> None:
    """In the hub's process: get SIGTERM if this script dies, even by SIGKILL (Linux)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class Hub:
    """A running JupyterHub started by this script, and how to reach it."""

    proc: subprocess.Popen
    url: str
    token: str
    run_dir: Path
    homes: Path
    runtime: Path  # the kernels' sockets: a short folder in /tmp, removed with the hub
    log: object
    log_start: int = 0  # where this start's lines begin in hub.log (a retry appends)

    def log_text(self) -> str:
        with open(self.log.name, errors="replace") as log:
            log.seek(self.log_start)
            return log.read()

    def api(self, path: str) -> str:
        return f"{self.url}/hub/api/{path}"


def start_hub(args, tools, run_dir: Path, n: int) -> Hub:
    """Start JupyterHub (and through it the proxy) on free loopback ports."""
    homes = run_dir / "homes"
    homes.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(32)
    # ports: the proxy, the hub, the proxy's API, then one per student's server
    ports = port_block(3 + n)
    # A Unix socket path must stay under 108 bytes; a clone's build/ can be deep.
    runtime = Path(tempfile.mkdtemp(prefix="medialit-hub-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIALIT_")}
    env.update(
        HUBLOAD_STATE=str(run_dir),
        HUBLOAD_HOMES=str(homes),
        HUBLOAD_NOTEBOOKS=str(Path(args.notebooks).resolve()),
        HUBLOAD_KIT_FOLDER=KIT_FOLDER,
        HUBLOAD_PORT=str(ports),
        HUBLOAD_HUB_PORT=str(ports + 1),
        HUBLOAD_PROXY_API_PORT=str(ports + 2),
        HUBLOAD_SERVER_PORTS=str(ports + 3),
        HUBLOAD_CHP=str(tools["chp"]),
        HUBLOAD_SINGLEUSER=str(tools["singleuser"]),
        HUBLOAD_ADMIN_TOKEN=token,
        HUBLOAD_RUNTIME=str(runtime),
        HUBLOAD_SPAWN_TIMEOUT=str(int(args.spawn_timeout)),
        # The servers inherit PATH (Spawner.env_keep): this venv's python comes first, so
        # the kernel is its ipykernel, with the kit installed.
        PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
    )
    log = open(run_dir / "hub.log", "a")  # noqa: SIM115 (closed in stop_hub)
    log_start = log.tell()
    proc = subprocess.Popen(
        [str(tools["jupyterhub"]), "-f", str(CONFIG)],
        cwd=run_dir,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: a Ctrl+C reaches us, not it
        preexec_fn=_die_with_parent,
    )
    url = f"http://127.0.0.1:{ports}"
    return Hub(proc, url, token, run_dir, homes, runtime, log, log_start)


def hub_answers(hub: Hub, timeout: float) -> bool:
    """Whether the hub's API answers through the proxy within `timeout` s (no: at once
    when the hub exits or a port it was given turns out to be taken)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and hub.proc.poll() is None:
        if "EADDRINUSE" in hub.log_text():
            return False
        with contextlib.suppress(OSError), urllib.request.urlopen(hub.api(""), timeout=5) as r:
            if r.status == 200:
                return True
        time.sleep(0.5)
    return False


def stop_hub(hub: Hub, seen: list[psutil.Process]) -> list[int]:
    """Stop the hub (it stops the servers and the proxy), then anything still left.

    Only processes this run started are touched: the hub and the processes seen below it,
    held as psutil.Process objects, which refuse to signal a pid reused by another
    process since. Returns the pids that had to be ended by hand.
    """
    below = {p.pid: p for p in seen}
    with contextlib.suppress(psutil.Error):
        below.update({p.pid: p for p in psutil.Process(hub.proc.pid).children(True)})
    if hub.proc.poll() is None:
        hub.proc.send_signal(signal.SIGTERM)
        try:
            hub.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            hub.proc.kill()
            hub.proc.wait(timeout=10)
    left = []
    for proc in below.values():
        with contextlib.suppress(psutil.Error):
            if proc.is_running():
                proc.terminate()
                left.append(proc)
    _, alive = psutil.wait_procs(left, timeout=10)
    for proc in alive:
        with contextlib.suppress(psutil.Error):
            proc.kill()
    hub.log.close()
    shutil.rmtree(hub.runtime, ignore_errors=True)
    return [p.pid for p in left]


@contextlib.contextmanager
def signals_end_the_class():
    """SIGTERM, SIGHUP and Ctrl+C end a class through its clean-up, which they cannot cut
    short: during the clean-up a signal is noted, and the script exits once it is done."""
    state = {"cleaning": False, "got": None}

    def on_signal(signum, _frame):
        if state["got"] is None:
            name = signal.Signals(signum).name
            print(f"hub_load: {name}: stopping everything it started", file=sys.stderr)
        state["got"] = signum
        if not state["cleaning"]:
            raise SystemExit(128 + signum)

    old = {sig: signal.signal(sig, on_signal) for sig in SIGNALS}
    try:
        yield state
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
    if state["got"]:
        raise SystemExit(128 + state["got"])


# --------------------------------------------------------------------------- sampling


def _kind(proc: psutil.Process) -> str:
    with contextlib.suppress(psutil.Error):
        cmd = " ".join(proc.cmdline())
        if "configurable-http-proxy" in cmd:
            return "proxy"
        if "ipykernel" in cmd:
            return "kernel"
        if "jupyterhub-singleuser" in cmd:
            return "server"
    return "other"


class Sampler(threading.Thread):
    """Every `interval` s: RSS of the hub, the proxy and each student's processes; every
    `listen_every` s: the addresses they listen on.

    A student's processes are the hub's descendants whose environment says
    JUPYTERHUB_USER=<name>: their server, its kernels and whatever else it runs (JupyterLab
    runs node when a student opens it, if node is on the PATH). A child of the server that
    has not yet replaced itself with its program (between fork and exec) still shows the
    server's RSS, though it is the server's own memory (shared, or the very same pages
    with vfork): it is a "fork", counted in the raw sum only.
    """

    def __init__(self, hub_pid: int, interval: float = 0.5, listen_every: float = 5.0):
        super().__init__(daemon=True)
        self.hub_pid, self.interval, self.listen_every = hub_pid, interval, listen_every
        self.stop_event = threading.Event()
        self.owner: dict[int, tuple[str, str]] = {}  # pid -> (student or "", kind)
        self.procs: dict[int, psutil.Process] = {}  # every process seen below the hub
        self.student_peak: dict[str, int] = {}  # forks not counted
        self.student_peak_raw: dict[str, int] = {}  # plain sum of RSS
        self.peak_parts: dict[str, list[tuple[str, float]]] = {}  # at that peak: (kind, MB)
        self.hub_peak = self.proxy_peak = self.class_peak = 0
        self.load_peak = 0.0
        self.samples = 0
        self.cpu: dict[int, tuple[str, float]] = {}  # pid -> (kind, CPU s at last sample)
        self.listening: set[tuple[str, str, int]] = set()  # (kind, ip, port)
        self._next_listen = 0.0
        self.started = time.monotonic()
        self.seen: dict[int, dict] = {}  # pid -> who, kind, command, first/last seen, peak

    def _owner(self, proc: psutil.Process) -> tuple[str, str]:
        """Whose process it is and what it runs; a fork is looked at again until it execs."""
        now = round(time.monotonic() - self.started, 1)
        if proc.pid not in self.owner:
            who = ""
            with contextlib.suppress(psutil.Error):
                who = proc.environ().get("JUPYTERHUB_USER", "")
            self.owner[proc.pid] = (who, "")
            self.procs[proc.pid] = proc
            self.seen[proc.pid] = {"who": who, "kind": "", "first_s": now, "mb": 0}
        who, kind = self.owner[proc.pid]
        if kind in ("", "server", "fork"):
            kind = _kind(proc)
            with contextlib.suppress(psutil.Error):
                if kind == "server" and proc.ppid() != self.hub_pid:
                    kind = "fork"
            self.owner[proc.pid] = (who, kind)
            seen = self.seen[proc.pid]
            if kind != seen["kind"]:
                with contextlib.suppress(psutil.Error):
                    seen["command"] = " ".join(proc.cmdline())[-120:]
                seen["kind"] = kind if not seen["kind"] else f"{seen['kind']}>{kind}"
        self.seen[proc.pid]["last_s"] = now
        return who, kind

    def sample(self) -> None:
        try:
            hub = psutil.Process(self.hub_pid)
            hub_rss = hub.memory_info().rss
            children = hub.children(recursive=True)
        except psutil.Error:
            return
        per_student: dict[str, list[tuple[str, int]]] = {}
        proxy = 0
        for proc in children:
            who, kind = self._owner(proc)
            try:
                rss = proc.memory_info().rss
                times = proc.cpu_times()
            except psutil.Error:
                continue
            seen = self.seen[proc.pid]
            seen["mb"] = max(seen["mb"], round(rss / MB, 1))
            group = "proxy" if kind == "proxy" else "students" if who else "other"
            self.cpu[proc.pid] = (group, times.user + times.system)
            if kind == "proxy":
                proxy += rss
            elif who:
                per_student.setdefault(who, []).append((kind, rss))
        class_total = 0
        for who, parts in per_student.items():
            raw = sum(rss for _, rss in parts)
            total = sum(rss for kind, rss in parts if kind != "fork")
            class_total += total
            self.student_peak_raw[who] = max(self.student_peak_raw.get(who, 0), raw)
            if total > self.student_peak.get(who, 0):
                self.student_peak[who] = total
                self.peak_parts[who] = sorted(
                    ((kind, round(rss / MB, 1)) for kind, rss in parts), reverse=True
                )
        self.hub_peak = max(self.hub_peak, hub_rss)
        with contextlib.suppress(psutil.Error):
            times = hub.cpu_times()
            self.cpu[hub.pid] = ("hub", times.user + times.system)
        self.proxy_peak = max(self.proxy_peak, proxy)
        self.class_peak = max(self.class_peak, class_total)
        self.load_peak = max(self.load_peak, os.getloadavg()[0])
        self.samples += 1
        if time.monotonic() >= self._next_listen:
            self._next_listen = time.monotonic() + self.listen_every
            self.check_listening()

    def check_listening(self) -> None:
        """Note every TCP address a process of this run listens on."""
        ours = {self.hub_pid, *self.procs}
        with contextlib.suppress(psutil.Error, OSError):
            for conn in psutil.net_connections(kind="inet"):
                if conn.status == psutil.CONN_LISTEN and conn.pid in ours and conn.laddr:
                    kind = "hub" if conn.pid == self.hub_pid else self.owner[conn.pid][1]
                    self.listening.add((kind, conn.laddr.ip, conn.laddr.port))

    def off_loopback(self) -> list[str]:
        return sorted(
            f"{kind} {ip}:{port}"
            for kind, ip, port in self.listening
            if not (ip.startswith("127.") or ip == "::1")
        )

    def run(self) -> None:
        while not self.stop_event.wait(self.interval):
            self.sample()

    def cpu_by_kind(self) -> dict[str, float]:
        """CPU seconds used by the hub, the proxy and the students' processes (last seen)."""
        total: dict[str, float] = {}
        for kind, seconds in self.cpu.values():
            total[kind] = total.get(kind, 0.0) + seconds
        return total


# --------------------------------------------------------------------------- a student


@dataclass
class Student:
    """One simulated student and what happened to them."""

    name: str
    home: Path
    rng: random.Random
    spawn_s: float | None = None
    token: str = ""
    lessons_done: list[str] = field(default_factory=list)
    sent: dict[tuple[str, str], list[list]] = field(default_factory=dict)  # (lesson, ex)
    feedback_s: list[float] = field(default_factory=list)  # answer -> its feedback
    cell_s: list[float] = field(default_factory=list)  # any other cell -> idle
    feedback_heads: list[str] = field(default_factory=list)  # "Right", "Not quite", ...
    errors: list[str] = field(default_factory=list)

    @property
    def answers_folder(self) -> Path:
        """Where the kit saves their answers: my-answers/ beside the notebooks."""
        return self.home / KIT_FOLDER / "notebooks" / "my-answers"


class KernelChannel:
    """A kernel's websocket through the proxy, in the JSON message format.

    jupyter_server speaks two formats on /api/kernels/<id>/channels: the original JSON one
    (a text frame per message, with a "channel" key), used when the client asks for no
    subprotocol, and "v1.kernel.websocket.jupyter.org" (binary frames). We ask for none.
    """

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, username: str):
        self.ws, self.username = ws, username
        self.session = uuid.uuid4().hex

    async def execute(self, code: str, timeout: float) -> dict:
        """Run one cell; its outputs, time to first result and time until idle."""
        msg_id = uuid.uuid4().hex
        header = {
            "msg_id": msg_id,
            "msg_type": "execute_request",
            "username": self.username,
            "session": self.session,
            "version": "5.3",
            "date": dt.datetime.now(dt.UTC).isoformat(),
        }
        content = {
            "code": code,
            "silent": False,
            "store_history": True,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        message = {"header": header, "parent_header": {}, "metadata": {}, "buffers": []}
        await self.ws.send_str(json.dumps({**message, "channel": "shell", "content": content}))
        sent = time.monotonic()
        deadline = sent + timeout
        result = {"outputs": [], "first_result_s": None, "error": None}
        idle = replied = False
        while not (idle and replied):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no reply within {timeout:.0f} s")
            frame = await self.ws.receive(timeout=left)
            if frame.type in (
                aiohttp.WSMsgType.CLOSED,
                aiohttp.WSMsgType.CLOSING,
                aiohttp.WSMsgType.ERROR,
            ):
                raise ConnectionError(f"kernel websocket closed ({frame.type.name})")
            if frame.type != aiohttp.WSMsgType.TEXT:
                continue  # binary frames carry widget buffers, never execute results
            msg = json.loads(frame.data)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue  # kernel_info from the server, other status messages
            kind, body = msg["header"]["msg_type"], msg.get("content", {})
            if kind in ("execute_result", "display_data", "stream", "error"):
                if result["first_result_s"] is None:
                    result["first_result_s"] = time.monotonic() - sent
                result["outputs"].append((kind, body))
                if kind == "error":
                    result["error"] = " ".join(body.get("traceback") or [body.get("evalue", "")])
                    result["error"] = result["error"][:300]
            elif kind == "status" and body.get("execution_state") == "idle":
                idle = True
            elif kind == "execute_reply":
                replied = True
                if body.get("status") != "ok" and not result["error"]:
                    result["error"] = f"{body.get('ename')}: {body.get('evalue')}"
        result["idle_s"] = time.monotonic() - sent
        return result


def plain_text(outputs: list) -> str:
    """The text/plain of a cell's results, joined."""
    parts = []
    for kind, content in outputs:
        if kind == "stream":
            parts.append(content.get("text", ""))
        elif kind in ("execute_result", "display_data"):
            parts.append(content.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def plan_answers(shown: str, var: str, student: Student) -> list[tuple[str, list]]:
    """The answer calls a student makes after reading what exercise `var` printed.

    Label exercises ("Answers: a = ... · b = ..." then numbered items; name-the-technique's
    "Techniques: ..." likewise): three items, each with a label picked at random.
    Choice exercises ("- key: option"): one key. Number
    exercises: a plausible number. Anything else is free text, marked with the student's
    name so a mix-up between students would show. A place the case is too thin for ("This
    case is too thin for this exercise: ...") has nothing to answer.
    """
    if "too thin for this exercise" in shown:
        return []
    rng = student.rng
    labels_line = next(
        (ln for ln in shown.splitlines() if ln.startswith(("Answers:", "Techniques:"))), ""
    )
    labels = re.findall(r"([\w-]+) = ", labels_line)
    items = [int(n) for n in re.findall(r"^(\d+)\. ", shown, re.M)]
    if labels and items:
        return [
            (f"{var}.answer({n}, {label!r})", [n, label])
            for n in sorted(rng.sample(items, min(3, len(items))))
            for label in [rng.choice(labels)]
        ]
    choices = re.findall(r"^- ([\w-]+): ", shown, re.M)
    if choices:
        key = rng.choice(choices)
        return [(f"{var}.answer({key!r})", [key])]
    if "Answer with a number" in shown:
        value = rng.choice([2, 2.4, 1.5, 3, 60])
        return [(f"{var}.answer({value!r})", [value])]
    text = "I would first ask who is behind it and what evidence they show. " + written_by(
        student.name
    )
    return [(f"{var}.answer({text!r})", [text])]


PLACEHOLDER = re.compile(r"^#\s*(q\d+)\.answer\(", re.M)
EXERCISE = re.compile(r"^(q\d+)\s*=\s*L\.exercise\(\s*[\"']([^\"']+)[\"']", re.M)


async def take_lesson(session, hub: Hub, student: Student, notebook: str, args) -> None:
    """Open one lesson, run its cells, answer its exercises, close it."""
    base = f"{hub.url}/user/{student.name}"
    headers = {"Authorization": f"token {student.token}"}
    lesson = notebook.removesuffix(".ipynb")
    path = f"{KIT_FOLDER}/notebooks/{notebook}"
    async with session.get(f"{base}/api/contents/{path}", headers=headers) as r:
        r.raise_for_status()
        cells = (await r.json())["content"]["cells"]
    body = {"path": path, "name": notebook, "type": "notebook", "kernel": {"name": "python3"}}
    async with session.post(f"{base}/api/sessions", json=body, headers=headers) as r:
        r.raise_for_status()
        nb_session = await r.json()
    kernel_id = nb_session["kernel"]["id"]
    ws_url = f"{base}/api/kernels/{kernel_id}/channels?session_id={uuid.uuid4().hex}"
    shown: dict[str, str] = {}  # q1 -> what it printed
    ids: dict[str, str] = {}  # q1 -> exercise id
    answered: set[str] = set()
    try:
        async with session.ws_connect(
            ws_url.replace("http://", "ws://"), headers=headers, max_msg_size=0, heartbeat=None
        ) as ws:
            kernel = KernelChannel(ws, student.name)
            for cell in cells:
                if cell["cell_type"] != "code":
                    continue
                source = cell["source"]
                source = source if isinstance(source, str) else "".join(source)
                answering = PLACEHOLDER.findall(source)
                if answering:  # "# q1.answer(...)": the student answers instead
                    for var in dict.fromkeys(answering):
                        if var not in shown:
                            raise RuntimeError(f"{lesson}: {var} answered before it was shown")
                        for code, call_args in plan_answers(shown[var], var, student):
                            await think(student, args)
                            # noted before it is sent: once sent, it must be saved
                            student.sent.setdefault((lesson, ids[var]), []).append(call_args)
                            out = await kernel.execute(code, args.cell_timeout)
                            if out["error"] or out["first_result_s"] is None:
                                why = out["error"] or "no output"
                                raise RuntimeError(f"{lesson} `{code}`: {why}")
                            feedback = plain_text(out["outputs"]).strip()
                            if "could not be saved" in feedback:
                                raise RuntimeError(f"{lesson} `{code}`: {feedback[:200]}")
                            student.feedback_s.append(out["first_result_s"])
                            student.feedback_heads.append(re.split(r"[.:]", feedback)[0][:20])
                        answered.add(var)
                    continue
                await think(student, args)
                out = await kernel.execute(source, args.cell_timeout)
                if out["error"]:
                    raise RuntimeError(f"{lesson} cell {source[:40]!r}: {out['error']}")
                student.cell_s.append(out["idle_s"])
                made = EXERCISE.search(source)
                if made:
                    ids[made.group(1)] = made.group(2)
                    shown[made.group(1)] = plain_text(out["outputs"])
        missing = set(shown) - answered
        if missing:
            raise RuntimeError(f"{lesson}: no answer cell for {sorted(missing)}")
        student.lessons_done.append(lesson)
    finally:  # the student closes the notebook, which shuts its kernel down
        with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError):
            async with session.delete(
                f"{base}/api/sessions/{nb_session['id']}",
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=30),
            ) as r:
                await r.read()


async def think(student: Student, args) -> None:
    """A pause before the next cell, like a student reading: about `--think` s."""
    if args.think > 0:
        await asyncio.sleep(student.rng.uniform(0.5, 1.5) * args.think)


async def log_in(session, hub: Hub, student: Student, args) -> None:
    """Create the user, start their server, wait until it is ready, get their token."""
    admin = {"Authorization": f"token {hub.token}"}
    started = time.monotonic()
    async with session.post(hub.api(f"users/{student.name}"), headers=admin) as r:
        if r.status not in (201, 409):
            raise RuntimeError(f"create user: HTTP {r.status} {await r.text()}")
    async with session.post(hub.api(f"users/{student.name}/server"), headers=admin) as r:
        if r.status not in (201, 202):
            raise RuntimeError(f"start server: HTTP {r.status} {await r.text()}")
    # the spawn-progress event stream, as the hub's own spawn page uses it
    ready = False
    deadline = started + args.spawn_timeout
    async with session.get(
        hub.api(f"users/{student.name}/server/progress"),
        headers=admin,
        timeout=aiohttp.ClientTimeout(total=args.spawn_timeout),
    ) as r:
        async for line in r.content:
            if line.startswith(b"data:"):
                event = json.loads(line[5:])
                if event.get("failed"):
                    raise RuntimeError(f"spawn failed: {event.get('message')}")
                if event.get("ready"):
                    ready = True
                    break
    while not ready and time.monotonic() < deadline:  # stream ended early: ask the model
        async with session.get(hub.api(f"users/{student.name}"), headers=admin) as r:
            ready = bool((await r.json()).get("servers", {}).get("", {}).get("ready"))
        if not ready:
            await asyncio.sleep(1)
    if not ready:
        raise RuntimeError(f"server not ready after {args.spawn_timeout:.0f} s")
    student.spawn_s = time.monotonic() - started
    body = {"note": "hub_load student token", "expires_in": 4 * 3600}
    async with session.post(hub.api(f"users/{student.name}/tokens"), json=body, headers=admin) as r:
        if r.status != 201:
            raise RuntimeError(f"token: HTTP {r.status} {await r.text()}")
        student.token = (await r.json())["token"]
    # the student's browser opens JupyterLab: the page comes through the proxy
    lab = f"{hub.url}/user/{student.name}/lab"
    async with session.get(lab, headers={"Authorization": f"token {student.token}"}) as r:
        if r.status != 200:
            raise RuntimeError(f"JupyterLab page: HTTP {r.status}")


class Barrier:
    """Everyone waits until the whole class has logged in (or failed to)."""

    def __init__(self, count: int):
        self.left, self.event = count, asyncio.Event()
        self.opened_at = 0.0  # time.monotonic() when the last student came in

    async def wait_for_all(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.opened_at = time.monotonic()
            self.event.set()
        await self.event.wait()


async def run_student(session, hub, student, args, logins, class_starts) -> None:
    try:
        async with logins:
            await log_in(session, hub, student, args)
    except Exception as exc:  # any failure is this student's result
        student.errors.append(f"login: {type(exc).__name__}: {exc}"[:400])
    await class_starts.wait_for_all()  # the teacher starts the lesson when all are in
    if student.errors:
        return
    for notebook in args.lessons:
        try:
            await take_lesson(session, hub, student, notebook, args)
        except Exception as exc:
            student.errors.append(f"{notebook}: {type(exc).__name__}: {exc}"[:400])
            return


# --------------------------------------------------------------------------- one class


async def simulate(args, hub: Hub, students: list[Student]) -> tuple[float, float, float]:
    """Run the class; (whole class, logging in, lessons) in seconds."""
    connector = aiohttp.TCPConnector(limit=0)
    # every HTTP read is bounded; kernel websockets are bounded per cell instead
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=30, sock_read=args.cell_timeout)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        logins = asyncio.Semaphore(args.login_concurrency)
        class_starts = Barrier(len(students))
        started = time.monotonic()
        tasks = [
            asyncio.create_task(run_student(session, hub, st, args, logins, class_starts))
            for st in students
        ]
        _done, pending = await asyncio.wait(tasks, timeout=args.deadline_s)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=60)  # their notebooks close
        for st in students:
            if len(st.lessons_done) < len(args.lessons) and not st.errors:
                st.errors.append(f"not finished within --deadline-s {args.deadline_s:.0f}")
        ended = time.monotonic()
    opened = class_starts.opened_at or ended
    return ended - started, opened - started, ended - opened


def new_run_dir(n: int) -> Path:
    """A fresh folder for this run under build/hub/runs/; older runs beyond RUNS_KEPT go."""
    runs = BUILD / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    old = sorted(p for p in runs.iterdir() if re.fullmatch(r"\d{8}-\d{6}-n\d+", p.name))
    for path in old[: max(0, len(old) - RUNS_KEPT + 1)]:
        shutil.rmtree(path, ignore_errors=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    run_dir = runs / f"{stamp}-n{n}"
    run_dir.mkdir()
    return run_dir


def run_class(args, tools, n: int) -> dict:
    """Start a hub, run a class of n students on it, stop it; the figures."""
    need = n * MB_PER_STUDENT
    free = psutil.virtual_memory().available / MB
    if need > free:
        sys.exit(f"hub_load: {n} students need about {need} MB free; {free:.0f} MB are")
    run_dir = new_run_dir(n)
    CONFIG.write_text(HUB_CONFIG)
    rng = random.Random(args.seed)
    homes = run_dir / "homes"
    students = [
        Student(f"s{i:03d}", homes / f"s{i:03d}", random.Random(rng.random()))
        for i in range(1, n + 1)
    ]
    load_before = os.getloadavg()
    when = dt.datetime.now(dt.UTC)
    hub = sampler = None
    killed: list[int] = []
    with signals_end_the_class() as signals:
        try:
            for attempt in range(1, START_ATTEMPTS + 1):
                hub = start_hub(args, tools, run_dir, n)
                if hub_answers(hub, 180):
                    break
                taken = "EADDRINUSE" in hub.log_text()
                stop_hub(hub, [])
                if attempt == START_ATTEMPTS or not taken:
                    raise RuntimeError(f"the hub did not start; see {run_dir / 'hub.log'}")
                hub = None  # a port was taken after all: again, on other ports
            sampler = Sampler(hub.proc.pid)
            sampler.start()
            class_s, login_s, lessons_s = asyncio.run(simulate(args, hub, students))
        finally:
            signals["cleaning"] = True
            if sampler:
                sampler.stop_event.set()
                sampler.join()
            if hub:
                killed = stop_hub(hub, list(sampler.procs.values()) if sampler else [])
    audit = audit_answers(
        {s.name: s.sent for s in students}, {s.name: s.answers_folder for s in students}, homes
    )
    feedback = [x for s in students for x in s.feedback_s]
    cells = [x for s in students for x in s.cell_s]
    spawns = [s.spawn_s for s in students if s.spawn_s is not None]
    peaks = {s.name: sampler.student_peak.get(s.name, 0) / MB for s in students}
    top = max(peaks, key=peaks.get)
    raw_peak = max(sampler.student_peak_raw.values(), default=0) / MB
    heads: dict[str, int] = {}
    for h in (h for s in students for h in s.feedback_heads):
        heads[h] = heads.get(h, 0) + 1
    result = {
        "hub_students": n,
        "hub_servers_started": len(spawns),
        "hub_finished": sum(len(s.lessons_done) == len(args.lessons) for s in students),
        "hub_lessons_finished": sum(len(s.lessons_done) for s in students),
        "hub_feedback_p50_s": pct(feedback, 50),
        "hub_feedback_p95_s": pct(feedback, 95),
        "hub_feedback_max_s": round(max(feedback), 3) if feedback else None,
        "hub_feedback_count": len(feedback),
        "hub_cell_p50_s": pct(cells, 50),
        "hub_cell_p95_s": pct(cells, 95),
        "hub_spawn_p50_s": pct(spawns, 50),
        "hub_spawn_p95_s": pct(spawns, 95),
        "hub_class_s": round(class_s, 1),
        "hub_login_phase_s": round(login_s, 1),
        "hub_lessons_phase_s": round(lessons_s, 1),
        "hub_cpu_s": {k: round(v, 1) for k, v in sampler.cpu_by_kind().items()},
        "hub_student_peak_mb": round(peaks[top], 1),
        "hub_student_peak_mb_median": round(statistics.median(peaks.values()), 1),
        "hub_student_peaks_over_limit": sum(v > args.peak_limit_mb for v in peaks.values()),
        "hub_student_peak_parts_mb": sampler.peak_parts.get(top, []),
        # the plain sum of RSS: a server's forks that have not exec'd yet counted again
        "hub_student_peak_raw_mb": round(raw_peak, 1),
        "hub_class_peak_mb": round(sampler.class_peak / MB, 1),
        "hub_hub_peak_mb": round(sampler.hub_peak / MB, 1),
        "hub_proxy_peak_mb": round(sampler.proxy_peak / MB, 1),
        "hub_answers_sent": audit.sent,
        "hub_answers_saved": audit.saved,
        "hub_answers_lost": audit.lost,
        "hub_answers_mixed": audit.mixed,
        "hub_feedback_kinds": heads,
        "hub_listening": sorted(f"{k} {ip}:{port}" for k, ip, port in sampler.listening),
        "hub_listening_off_loopback": sampler.off_loopback(),
        "hub_leftover_processes_killed": len(killed),
        "hub_date": when.isoformat(timespec="seconds"),
        "hub_machine": f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 1024**3:.0f} GB",
        "hub_loadavg_before": [round(x, 2) for x in load_before],
        "hub_loadavg_1m_peak": round(sampler.load_peak, 2),
        "hub_loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "hub_samples": sampler.samples,
        "hub_think_s": args.think,
        "hub_login_concurrency": args.login_concurrency,
        "hub_versions": versions(tools["chp"]),
        "hub_run_dir": str(run_dir),
        "hub_errors": [f"{s.name}: {e}" for s in students for e in s.errors][:20],
        "hub_answer_problems": audit.problems[:20],
    }
    result["hub_missed"] = missed_targets(result, limits(args))
    (run_dir / "result.json").write_text(json.dumps(result, indent=1) + "\n")
    # every process seen below the hub: who, what, when (s after the hub started), peak MB
    processes = {str(pid): seen for pid, seen in sampler.seen.items()}
    (run_dir / "processes.json").write_text(json.dumps(processes, indent=1) + "\n")
    return result


def limits(args) -> Limits:
    return Limits(p95_s=args.p95_limit, student_peak_mb=args.peak_limit_mb)


def class_ok(result: dict, args) -> bool:
    """Met the ceiling's bar: everyone finished, nothing lost or mixed, p95 within limit
    (memory per student does not grow with the class; the free memory bounds the search)."""
    missed = missed_targets(result, Limits(p95_s=args.p95_limit, student_peak_mb=float("inf")))
    return not missed


def find_ceiling(args, tools) -> dict:
    """Growing classes until one misses the bar, the time budget or the memory runs out."""
    started, runs, best = time.monotonic(), [], None
    for n in args.sizes:
        spent = time.monotonic() - started
        if runs:  # the next class takes about as long per student as the last one
            last = runs[-1]
            guess = last["hub_class_s"] * n / last["hub_students"] + 60
            if spent + guess > args.budget_s:
                runs.append({"hub_students": n, "skipped": f"needs ~{guess:.0f} s more"})
                break
        need = n * MB_PER_STUDENT
        if need > psutil.virtual_memory().available / MB:
            runs.append({"hub_students": n, "skipped": f"needs ~{need} MB free"})
            break
        result = run_class(args, tools, n)
        runs.append(result)
        print(json.dumps({k: result[k] for k in SUMMARY_KEYS}), file=sys.stderr, flush=True)
        if not class_ok(result, args):
            break
        best = n
    return {
        "hub_ceiling_students": best,
        "hub_ceiling_sizes": args.sizes,
        "hub_ceiling_p95_limit_s": args.p95_limit,
        "hub_ceiling_s": round(time.monotonic() - started, 1),
        "hub_runs": runs,
    }


SUMMARY_KEYS = [
    "hub_students",
    "hub_finished",
    "hub_feedback_p50_s",
    "hub_feedback_p95_s",
    "hub_class_s",
    "hub_student_peak_mb",
    "hub_hub_peak_mb",
    "hub_answers_lost",
    "hub_answers_mixed",
    "hub_loadavg_1m_peak",
    "hub_missed",
]


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add = parser.add_argument
    add("--students", type=int, default=30, help="class size (default 30)")
    add("--lessons", default=",".join(DEFAULT_LESSONS), help="notebooks each student takes")
    add("--notebooks", default=str(ROOT / "notebooks"), help="the kit's lesson notebooks")
    add("--chp", default=str(CHP), help="configurable-http-proxy (npm)")
    add("--think", type=float, default=2.0, help="mean pause in s before each cell (0: none)")
    add("--login-concurrency", type=int, default=10, help="students logging in at once")
    add("--spawn-timeout", type=float, default=300)
    add("--cell-timeout", type=float, default=180)
    add("--deadline-s", type=float, default=1200, help="a class not done by then fails")
    add("--seed", type=int, default=7)
    add("--p95-limit", type=float, default=1.0, help="answer-to-feedback p95 target, s")
    add("--peak-limit-mb", type=float, default=250.0, help="per-student peak RSS target")
    add("--sizes", default="", help="ceiling search: class sizes to try, in order (30,40,60)")
    add(
        "--budget-s",
        type=float,
        default=2400,
        help="the ceiling search starts no class that would end after this",
    )
    args = parser.parse_args(argv)
    args.lessons = [x.strip() for x in args.lessons.split(",") if x.strip()]
    args.sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    for n in [args.students, *args.sizes]:
        if not 1 <= n <= MAX_STUDENTS:
            parser.error(f"a class has 1 to {MAX_STUDENTS} students, not {n}")
    if args.sizes != sorted(args.sizes):
        parser.error("--sizes must grow")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    tools = find_tools(args)
    if args.sizes:
        out = find_ceiling(args, tools)
        ok = out["hub_ceiling_students"] is not None
    else:
        out = run_class(args, tools, args.students)
        ok = not out["hub_missed"]
    out["hub_kit_case"] = tools["case"]
    text = json.dumps(out, indent=1)
    (BUILD / "last-run.json").write_text(text + "\n")
    print(text)
    if not args.sizes:
        verdict = "every target met" if ok else "MISSED: " + "; ".join(out["hub_missed"])
        print(f"hub_load: {verdict}", file=sys.stderr)
    return 0 if ok else 1


# The hub's configuration, written to build/hub/jupyterhub_config.py before every run.
HUB_CONFIG = r'''# JupyterHub configuration for the Media Literacy Lab class load test.
#
# Written by bench/hub_load.py before every run (edit HUB_CONFIG there, not this copy).
# Everything that changes between runs comes from HUBLOAD_* environment variables that
# hub_load.py sets when it starts the hub.
#
# One hub on 127.0.0.1 only; any user name logs in (DummyAuthenticator, TEST ONLY); each
# student gets a JupyterLab server as a plain child process of the hub
# (SimpleLocalProcessSpawner: no system users, no isolation, TEST ONLY), with their own home
# holding the kit's notebooks as nbgitpuller leaves them; a service "hub-load" whose token
# may create users, start servers and issue user tokens.
import os
import shutil
from pathlib import Path

env = os.environ
state = Path(env["HUBLOAD_STATE"])  # this run's folder: database, cookie secret, homes
homes = Path(env["HUBLOAD_HOMES"])
notebooks = Path(env["HUBLOAD_NOTEBOOKS"])
kit_folder = env["HUBLOAD_KIT_FOLDER"]

c = get_config()  # noqa: F821  (provided by JupyterHub when it loads this file)

# Server extensions a student's server does not load: nbgrader's, the teacher's (formgrader,
# course list) and the students' (assignment list, validate), all on when nbgrader is
# installed; the language-server proxy; terminals.
UNUSED_SERVER_EXTENSIONS = [
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.course_list",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.validate_assignment",
    "jupyter_lsp",
    "jupyter_server_terminals",
]

# -- network: loopback only
c.JupyterHub.ip = "127.0.0.1"  # the public face: configurable-http-proxy
c.JupyterHub.port = int(env["HUBLOAD_PORT"])
c.JupyterHub.hub_ip = "127.0.0.1"  # the hub's own API, behind the proxy
c.JupyterHub.hub_port = int(env["HUBLOAD_HUB_PORT"])
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{env['HUBLOAD_PROXY_API_PORT']}"
c.ConfigurableHTTPProxy.command = [env["HUBLOAD_CHP"]]  # the npm package's program
c.Spawner.ip = "127.0.0.1"

# -- state kept in the run folder, never in the working directory
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every student's server
c.JupyterHub.cleanup_proxy = True

# -- who may log in: anyone, with any password (test only)
c.JupyterHub.authenticator_class = "jupyterhub.auth.DummyAuthenticator"
c.Authenticator.allow_all = True

# -- one JupyterLab per student, as a child process of the hub
c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
c.SimpleLocalProcessSpawner.home_dir_template = str(homes / "{username}")
c.Spawner.cmd = [env["HUBLOAD_SINGLEUSER"]]  # jupyterhub-singleuser of the kit's venv
c.Spawner.args = [
    "--ServerApp.allow_root=True",  # jupyter_server refuses to run as root otherwise
    # Kernels talk to their server over Unix sockets, not TCP ports: with TCP, every server
    # picks "free" ports for its kernels on its own, and when a class opens a lesson at the
    # same moment two servers can pick the same port; the kernel then fails to bind, is
    # restarted 5 times and dies (seen with 40 students).
    "--KernelManager.transport=ipc",
    # A student's server runs only what a lesson needs (lessons/README.md, "Sizing a
    # JupyterHub for a class", gives teachers the same settings). The kit's venv holds
    # nbgrader (the tests need it), whose server extensions are on wherever it is installed
    # and cost each server about 22 MB: a class that does not grade with nbgrader has no use
    # for them, and a class image built from the kit's dependencies does not have them.
    # The language-server proxy (no language server is installed) and terminals are off too,
    # and the extension manager is read-only: students install nothing (about 3 MB together).
    "--ServerApp.jpserver_extensions=" + repr(dict.fromkeys(UNUSED_SERVER_EXTENSIONS, False)),
    "--LabApp.extension_manager=readonly",
]
c.Spawner.default_url = "/lab"
# 2 cores and a whole class logging in at once: starting a server can take far longer
# than the defaults (60 s to start, 30 s to answer).
c.Spawner.start_timeout = int(env.get("HUBLOAD_SPAWN_TIMEOUT", "300"))
c.Spawner.http_timeout = int(env.get("HUBLOAD_SPAWN_TIMEOUT", "300"))
c.JupyterHub.concurrent_spawn_limit = 200  # the load test bounds logins itself
c.JupyterHub.log_level = env.get("HUBLOAD_LOG_LEVEL", "INFO")
# The ipc sockets live in the runtime folder, named after the kernel; a socket path must
# stay under 108 bytes, so that folder is a short one per student, not ~/.local/share/...
runtime = env["HUBLOAD_RUNTIME"]
c.Spawner.environment = {"JUPYTER_RUNTIME_DIR": lambda spawner: f"{runtime}/{spawner.user.name}"}
# The kit finds its data/ beside the package: it is installed editable (`make setup`).


server_ports = {}


def before_spawn(spawner):
    """Before a student's server starts: their home holds the kit's notebooks where
    nbgitpuller puts them (<home>/media-literacy-lab/notebooks/). A notebook already there
    is kept, as nbgitpuller keeps a student's changes.

    The server gets its own port from a block hub_load.py found free outside the ephemeral
    range (JupyterHub would pick one inside it, where a busy machine's outgoing connections
    can take it before the server binds it)."""
    first = int(env["HUBLOAD_SERVER_PORTS"])
    spawner.port = server_ports.setdefault(spawner.user.name, first + len(server_ports))
    target = Path(spawner.home_dir) / kit_folder / "notebooks"
    target.mkdir(parents=True, exist_ok=True)
    for notebook in sorted(notebooks.glob("*.ipynb")):
        if not (target / notebook.name).exists():
            shutil.copy2(notebook, target / notebook.name)


c.Spawner.pre_spawn_hook = before_spawn

# -- the load test's token: a service with just the scopes it needs
c.JupyterHub.services = [{"name": "hub-load", "api_token": env["HUBLOAD_ADMIN_TOKEN"]}]
c.JupyterHub.load_roles = [
    {
        "name": "hub-load-admin",
        "description": "create students, start their servers, issue their tokens",
        "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users"],
        "services": ["hub-load"],
    }
]
'''

if __name__ == "__main__":
    sys.exit(main())
