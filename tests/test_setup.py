"""The set-up contract: one list of dependencies, `make lab` on loopback with a token, CI."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import urllib.request

import pytest
import yaml

from conftest import ROOT, loopback_port
from medialit.teacher import OVERRIDES, write_overrides


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_environment_yml_lists_exactly_the_pyproject_dependencies():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_lists = [d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d]
    assert len(pip_lists) == 1
    assert sorted(pip_lists[0]) == sorted(_pyproject()["project"]["dependencies"])
    assert "-e ." not in pip_lists[0] and "." not in pip_lists[0]


def test_postbuild_installs_the_package_and_lab_settings():
    post = ROOT / "postBuild"
    assert os.access(post, os.X_OK)
    text = post.read_text()
    assert "pip install --no-deps -e ." in text and "medialit lab-setup" in text


def test_ci_runs_make_test():
    run = ROOT / ".ci" / "run"
    assert os.access(run, os.X_OK)
    assert re.search(r"^make test$", run.read_text(), re.M)


def test_ci_runs_the_hub_test_after_the_tests():
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert lines.index("make hub-test") > lines.index("make test")


def test_make_hub_test_says_in_one_line_when_npm_is_missing(tmp_path):
    chp = tmp_path / "node_modules" / ".bin" / "configurable-http-proxy"
    done = subprocess.run(
        [shutil.which("make"), "--no-print-directory", f"CHP={chp}", str(chp)],
        cwd=ROOT,
        env={"PATH": str(tmp_path)},  # no npm (and no node) on it
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert len(done.stdout.splitlines()) == 1 and "needs npm" in done.stdout
    assert not chp.exists()


def test_no_runtime_downloads_in_the_package_or_notebooks():
    sources = [*ROOT.glob("medialit/*.py"), *ROOT.glob("notebooks/*.ipynb")]
    for path in sources:
        text = path.read_text()
        for forbidden in (
            "nltk.download",
            "urlopen",
            "requests.get",
            "from_pretrained",
            "cdn.jsdelivr",
            "unpkg.com",
        ):
            assert forbidden not in text, f"{path.name} uses {forbidden}"


def test_make_lab_binds_loopback_keeps_a_token_and_adds_allow_root_only_for_root():
    dry = subprocess.run(
        ["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.replace("\\\n", " ")
    lab = next(line for line in dry.splitlines() if "bin/jupyter lab" in line)
    assert "--ServerApp.ip=127.0.0.1" in lab and "--ServerApp.root_dir=notebooks" in lab
    assert "token=''" not in dry and 'token=""' not in dry and "--NotebookApp.token" not in dry
    assert ("--allow-root" in lab) == (os.geteuid() == 0)


def test_the_readme_gives_the_two_commands_in_its_first_screen():
    first_screen = "\n".join((ROOT / "README.md").read_text().splitlines()[:30])
    assert "make lab" in first_screen and "make test" in first_screen


def test_licences():
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    assert "CC BY 4.0" in (ROOT / "LICENSE-CONTENT.md").read_text()


def test_lab_overrides_are_written_and_merged(tmp_path):
    target = tmp_path / "share/jupyter/lab/settings/overrides.json"
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps({"@jupyterlab/apputils-extension:themes": {"theme": "Dark"}}))
    write_overrides(tmp_path)
    settings = json.loads(target.read_text())
    assert settings["@jupyterlab/apputils-extension:themes"] == {"theme": "Dark"}
    assert (
        settings["@jupyterlab/apputils-extension:notification"]
        == OVERRIDES["@jupyterlab/apputils-extension:notification"]
    )
    target.write_text("{broken")
    write_overrides(tmp_path)
    assert target.with_suffix(".json.bak").read_text() == "{broken"


def test_the_venv_has_the_lab_settings():
    settings = os.path.join(sys.prefix, "share/jupyter/lab/settings/overrides.json")
    if not sys.prefix.startswith(str(ROOT)):
        pytest.skip("tests are not running in the kit's .venv")
    with open(settings) as handle:
        notification = json.load(handle)["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}


@pytest.mark.skipif(
    not (ROOT / ".venv" / "bin" / "jupyter").exists(),
    reason="no .venv: run `make test` to set it up",
)
def test_make_lab_serves_the_lessons_on_loopback_with_a_token(tmp_path):
    port = loopback_port()
    log = tmp_path / "lab.log"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "BROWSER": "true"}
    with open(log, "w") as out:
        proc = subprocess.Popen(
            ["make", "lab", f"PORT={port}", "LAB_ARGS=--no-browser"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    try:
        token = None
        for _ in range(120):
            match = re.search(rf"http://127\.0\.0\.1:{port}/lab\S*\?token=(\w+)", log.read_text())
            if match:
                token = match.group(1)
                break
            assert proc.poll() is None, log.read_text()
            time.sleep(0.5)
        assert token, log.read_text()
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/api/contents?token={token}", timeout=10) as reply:
            names = {item["name"] for item in json.load(reply)["content"]}
        assert {"00-start-here.ipynb", "01-meet-the-sources.ipynb"} <= names
        with pytest.raises(urllib.error.HTTPError) as refused:  # no token, no entry
            urllib.request.urlopen(f"{base}/api/contents", timeout=10)
        assert refused.value.code == 403
        with urllib.request.urlopen(
            f"{base}/lab/tree/00-start-here.ipynb?token={token}", timeout=10
        ) as reply:
            assert reply.status == 200
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
