"""JupyterLab serves the workbook: a headless server on a loopback port answers /lab, lists
the project's kernel, and runs notebook 01 through that kernel."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest

from claimtable import notebooks, paths

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port, token = free_port(), secrets.token_hex(16)
    home = tmp_path_factory.mktemp("jupyter-home")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTER_CONFIG_DIR": str(home / "config")}
    log = home / "server.log"
    # the command `make lab` runs, on a free loopback port
    proc = subprocess.Popen(
        notebooks.lab_command("--no-browser", f"--port={port}", "--ip=127.0.0.1",
                              f"--IdentityProvider.token={token}", "--ServerApp.port_retries=0",
                              "--allow-root"),
        env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(log.read_text(errors="replace"))
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within 60 s")
        yield base, token, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def get(base, token, path):
    with urllib.request.urlopen(f"{base}{path}?token={token}", timeout=10) as r:
        return r.status, r.read()


def test_lab_answers(server):
    status, body = get(*server[:2], "/lab")
    assert status == 200 and b"JupyterLab" in body


def test_lab_opens_on_the_notebooks_and_reaches_the_data_and_figures(server):
    base, token, _ = server
    with urllib.request.urlopen(f"{base}/?token={token}", timeout=10) as r:
        assert r.geturl().split("?")[0].endswith("/lab/tree/notebooks")
    _, body = get(base, token, "/api/contents")
    names = {item["name"] for item in json.loads(body)["content"]}
    assert {"notebooks", "data", "figures"} <= names
    _, body = get(base, token, "/api/contents/notebooks")
    assert "01_load_sources.ipynb" in {item["name"] for item in json.loads(body)["content"]}


def test_project_kernel_is_listed(server):
    _, body = get(*server[:2], "/api/kernelspecs")
    specs = json.loads(body)["kernelspecs"]
    assert "python3" in specs
    spec = specs["python3"]["spec"]
    assert spec["display_name"] == "Python 3 (claimtable)"  # the one `make setup` installs
    assert Path(spec["argv"][0]).parent == Path(sys.executable).parent


def execute_through_kernel(base: str, token: str, code: str) -> list[dict]:
    """Start a kernel through the server's REST API and run code over its websocket."""
    from tornado.httpclient import HTTPRequest
    from tornado.ioloop import IOLoop
    from tornado.websocket import websocket_connect

    req = urllib.request.Request(f"{base}/api/kernels?token={token}", method="POST",
                                 data=json.dumps({"name": "python3"}).encode(),
                                 headers={"Content-Type": "application/json"})
    kernel_id = json.loads(urllib.request.urlopen(req, timeout=30).read())["id"]

    async def run() -> list[dict]:
        ws_url = base.replace("http", "ws") + f"/api/kernels/{kernel_id}/channels?token={token}"
        conn = await websocket_connect(HTTPRequest(ws_url, connect_timeout=30))
        msg_id = uuid.uuid4().hex
        conn.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                       "session": uuid.uuid4().hex, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": False,
                        "user_expressions": {}, "allow_stdin": False},
        }))
        replies = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            raw = await conn.read_message()
            if raw is None:
                break
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            replies.append(msg)
            if msg["msg_type"] == "execute_reply":
                break
        conn.close()
        return replies

    try:
        return IOLoop.current().run_sync(run, timeout=150)
    finally:
        urllib.request.urlopen(urllib.request.Request(
            f"{base}/api/kernels/{kernel_id}?token={token}", method="DELETE"), timeout=30)


def test_notebook_runs_through_the_servers_kernel(server, tmp_path):
    nb = nbformat.read(paths.NOTEBOOKS / "01_load_sources.ipynb", as_version=4)
    cells = [c.source for c in nb.cells if c.cell_type == "code"]
    cells[0] += f"\nout_dir = {str(tmp_path)!r}"  # write outside the project
    replies = execute_through_kernel(*server[:2], "\n\n".join(cells))
    reply = next(m for m in replies if m["msg_type"] == "execute_reply")
    assert reply["content"]["status"] == "ok", reply["content"]
    printed = "".join(m["content"].get("text", "") for m in replies if m["msg_type"] == "stream")
    assert "wrote articles.csv: 2 rows" in printed
    assert (tmp_path / "sentences.csv").exists()


def test_the_servers_kernels_talk_over_encrypted_sockets(server):
    execute_through_kernel(*server[:2], "1 + 1")
    log = server[2].read_text(errors="replace")
    assert "Starting buffering for" in log or "Kernel started" in log  # the log is the server's
    assert "without encryption" not in log
