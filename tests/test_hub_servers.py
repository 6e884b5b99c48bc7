"""What a student's server loads in the hub load test (bench/hub_load.py's HUB_CONFIG): the
server extensions a lesson does not need stay off, the ones it needs stay on, and the names
turned off are the names jupyter_server really uses (a renamed extension would make the
setting do nothing, and the class's memory would grow with no word). lessons/README.md gives
teachers the same three lines; `make hub-test` measures what they save.
"""

from __future__ import annotations

import ast
import importlib.util
import logging

import pytest
from jupyter_server.serverapp import ServerApp

from conftest import ROOT

# What a student's server may load: JupyterLab, and the Notebook interface beside it (its
# /tree page and the shim JupyterLab's extensions use), about 2 MB together.
NEEDED = {"jupyterlab", "notebook", "notebook_shim"}


def _hub_config_text() -> str:
    """HUB_CONFIG's text, read from bench/hub_load.py without importing it (no hub extra)."""
    tree = ast.parse((ROOT / "bench" / "hub_load.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "HUB_CONFIG" for t in node.targets
        ):
            return node.value.value
    raise AssertionError("bench/hub_load.py has no HUB_CONFIG")


@pytest.fixture
def hub_config(tmp_path, monkeypatch) -> dict:
    """The names HUB_CONFIG defines, run as JupyterHub runs it, with its variables set."""
    from traitlets.config import Config

    for name in ("PORT", "HUB_PORT", "PROXY_API_PORT", "SERVER_PORTS"):
        monkeypatch.setenv(f"HUBLOAD_{name}", "20000")
    for name in ("STATE", "HOMES", "NOTEBOOKS", "RUNTIME"):
        monkeypatch.setenv(f"HUBLOAD_{name}", str(tmp_path))
    for name in ("KIT_FOLDER", "CHP", "SINGLEUSER", "ADMIN_TOKEN"):
        monkeypatch.setenv(f"HUBLOAD_{name}", "x")
    config = Config()
    namespace = {"get_config": lambda: config}
    exec(compile(_hub_config_text(), "jupyterhub_config.py", "exec"), namespace)
    return namespace


def _server(args: list[str], tmp_path, monkeypatch) -> ServerApp:
    """A jupyter_server set up (not listening) with these arguments (HUB_CONFIG's include
    allow_root: the load test runs as root)."""
    tmp_path.mkdir()
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    app = ServerApp()
    app.log.setLevel(logging.WARNING)
    app.initialize(
        argv=[*args, f"--ServerApp.root_dir={tmp_path}"],
        new_httpserver=False,
    )
    return app


def _enabled(app: ServerApp) -> set[str]:
    return {name for name, ext in app.extension_manager.extensions.items() if ext.enabled}


def test_students_servers_load_only_what_a_lesson_needs(hub_config, tmp_path, monkeypatch):
    args = list(hub_config["c"].Spawner.args)
    unused = set(hub_config["UNUSED_SERVER_EXTENSIONS"])
    everything = _enabled(_server(["--ServerApp.allow_root=True"], tmp_path / "plain", monkeypatch))
    student = _server(args, tmp_path / "student", monkeypatch)
    loaded = _enabled(student)

    assert "jupyterlab" in loaded  # a lesson opens in JupyterLab
    extra = loaded - NEEDED
    assert not extra, f"a student's server also loads {sorted(extra)}: turn it off or list it"
    assert not unused & loaded
    assert everything - loaded == unused & everything  # nothing else turned off
    for name in unused:  # an installed extension is turned off under its real name
        if importlib.util.find_spec(name.split(".")[0]) is not None:
            assert name in everything, f"{name} is installed but jupyter_server calls it otherwise"
    lab = student.extension_manager.extension_apps["jupyterlab"]
    assert {app.extension_manager for app in lab} == {"readonly"}
    assert "--KernelManager.transport=ipc" in args
