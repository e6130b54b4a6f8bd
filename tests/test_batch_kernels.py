"""Warm kernels: the record of a notebook run in a warm kernel is a cold run's, and a crash, a
kill (what the OOM killer does) or a memory blow-up in one notebook costs only that notebook.

Run on small notebooks made here, through ``gongkai.batch.kernels.execute`` (the batch's path)
and through papermill alone (a cold kernel started for the run)."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
from pathlib import Path

import nbformat
import papermill as pm
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from gongkai.batch import kernels


def _notebook(path: Path, *cells: str) -> Path:
    nb = new_notebook(cells=[new_code_cell("who = 'nobody'\nnumber = 0",
                                           metadata={"tags": ["parameters"]})]
                      + [new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.write(nb, path)
    return path


RECORD_CELLS = (
    "import warnings, sys\nprint('hello', who, number)\nnumber * 2",
    "warnings.warn('shown once per process')\n[k for k in globals() if not k.startswith('_')]",
    "import pandas as pd\npd.DataFrame({'a': [1, 2]})",
    "'gongkai.pipeline' in sys.modules or 'imported by the warm-up only'",
)


def _comparable(path: Path) -> list:
    # a warning names the cell's file, which holds the kernel's process id (two cold runs differ)
    text = re.sub(r"ipykernel_\d+", "ipykernel_PID", path.read_text(encoding="utf-8"))
    nb = json.loads(text)
    out = []
    for cell in nb["cells"]:
        outputs = [{k: v for k, v in o.items() if k != "metadata"} for o in cell.get("outputs", [])]
        out.append((cell["cell_type"], "".join(cell["source"]), cell.get("execution_count"),
                    cell["metadata"].get("tags"), outputs))
    return out


@pytest.mark.slow
def test_a_warm_kernel_leaves_the_record_of_a_cold_run(tmp_path):
    notebook = _notebook(tmp_path / "n.ipynb", *RECORD_CELLS)
    parameters = {"who": "张三", "number": 21}
    cold, warm = tmp_path / "cold.ipynb", tmp_path / "warm.ipynb"
    pm.execute_notebook(str(notebook), str(cold), parameters=parameters, kernel_name="python3",
                        progress_bar=False, cwd=str(tmp_path))
    try:
        kernels.execute(notebook, warm, parameters, time.monotonic() + 120, tmp_path)
    finally:
        kernels.close_pools()
    a, b = _comparable(cold), _comparable(warm)
    # the last cell says whether gongkai was imported before the notebook ran: the only
    # difference a warm kernel may make, and it makes none to what the notebook shows
    assert a[:-1] == b[:-1]
    assert [c[2] for c in b if c[0] == "code"] == list(range(1, len(RECORD_CELLS) + 3))
    assert "injected-parameters" in (b[1][3] or [])
    outputs = json.loads(warm.read_text())["cells"][3]["outputs"]
    names = "".join(next(o for o in outputs if "data" in o)["data"]["text/plain"])
    assert "who" in names and "pandas" not in names and "gongkai" not in names   # clean namespace


@pytest.mark.slow
def test_a_crash_a_kill_and_a_memory_blow_up_cost_only_their_own_notebook(tmp_path):
    crash = _notebook(tmp_path / "crash.ipynb", "print('before the crash')", "import os\nos._exit(3)")
    killed = _notebook(tmp_path / "killed.ipynb", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    hog = _notebook(tmp_path / "hog.ipynb",
                    "import resource\nresource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
                    "blocks = [bytearray(256 << 20) for _ in range(64)]")
    fine = _notebook(tmp_path / "fine.ipynb", "import os\nprint(os.getpid(), who)")
    pool = kernels.pool_for_this_slot(tmp_path)
    pool.expect(4)
    failures = {}
    try:
        for nb in (crash, killed, hog):
            with pytest.raises(Exception) as caught:
                kernels.execute(nb, tmp_path / f"out-{nb.name}", {"who": nb.stem},
                                time.monotonic() + 120, tmp_path)
            failures[nb.stem] = type(caught.value).__name__
        kernels.execute(fine, tmp_path / "out-fine.ipynb", {"who": "next"},
                        time.monotonic() + 120, tmp_path)
    finally:
        kernels.close_pools()
    assert failures["crash"] == failures["killed"] == "DeadKernelError"
    assert failures["hog"] == "PapermillExecutionError"          # MemoryError in the cell
    # the executed notebook is written once, at the end, and also when the kernel died: what
    # ran before the crash is there for the failed run's record
    crashed = json.loads((tmp_path / "out-crash.ipynb").read_text())["cells"]
    assert "".join(crashed[2]["outputs"][0]["text"]) == "before the crash\n"
    text = json.loads((tmp_path / "out-fine.ipynb").read_text())["cells"][2]["outputs"][0]["text"]
    pid, who = "".join(text).split()
    assert who == "next" and int(pid) != os.getpid()


def _ended(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is Linux's")
def test_kernels_are_forked_from_the_server_and_die_with_it(tmp_path):
    """Each kernel is a fork of the fork server (not a launched Python), in its own process
    group, and exits when the server is gone, as a launched kernel does when the batch is."""
    from gongkai.batch import forkserver

    notebook = _notebook(tmp_path / "n.ipynb", "import os\nprint(os.getppid(), os.getpgid(0) == os.getpid())")
    try:
        kernels.execute(notebook, tmp_path / "out.ipynb", {"who": "x"}, time.monotonic() + 120, tmp_path)
        server = forkserver._server._process.pid
        text = "".join(json.loads((tmp_path / "out.ipynb").read_text())["cells"][2]["outputs"][0]["text"])
        assert text.split() == [str(server), "True"]
        waiting = kernels.pool_for_this_slot(tmp_path).take()      # a started kernel, not yet used
        pid = waiting.km.provisioner.pid
        assert not _ended(pid, 0.5)
        os.kill(server, signal.SIGKILL)                             # the server dies ...
        assert _ended(pid, 30), "a kernel outlived its fork server"  # ... and its kernels with it
        waiting.shutdown()
    finally:
        kernels.close_pools()


@pytest.mark.slow
def test_without_a_fork_server_the_kernel_is_launched_as_usual(tmp_path, monkeypatch):
    """A server that cannot start (here: made to fail) does not fail the input: its kernel is
    launched the usual way, a child of this process."""
    from gongkai.batch import forkserver

    def cannot_start(self):
        raise RuntimeError("the kernel fork server did not start")

    monkeypatch.setattr(forkserver.ForkServer, "_wait_ready", cannot_start)
    notebook = _notebook(tmp_path / "n.ipynb", "import os\nprint(os.getppid())")
    try:
        kernels.execute(notebook, tmp_path / "out.ipynb", {"who": "x"}, time.monotonic() + 120, tmp_path)
    finally:
        kernels.close_pools()
    text = "".join(json.loads((tmp_path / "out.ipynb").read_text())["cells"][2]["outputs"][0]["text"])
    assert text.split() == [str(os.getpid())]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is Linux's")
def test_a_fork_server_launched_ahead_and_not_needed_is_stopped_at_once():
    """The batch launches the server before it knows whether any input will run (a rerun of
    unchanged inputs runs none): closed while still importing, it is killed, not waited for."""
    from gongkai.batch import forkserver

    server = forkserver.ForkServer(kernels.FORK_SERVER_MODULES)
    server.launch()
    process = server._process
    assert process.poll() is None
    server.close()
    assert process.poll() is not None and server._process is None


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is Linux's")
def test_a_notebook_stopped_by_ctrl_c_has_its_kernel_shut_before_the_stop_goes_on(tmp_path, capfd):
    """Ctrl-C in a cell: the kernel is gone when KeyboardInterrupt leaves ``execute`` (its
    caller then removes the staging folder the cell was writing to), quietly; a kernel a
    server forked and nobody shut down dies with the server's end, not a second later."""
    import _thread
    import threading

    from gongkai.batch import forkserver

    started = tmp_path / "started"
    notebook = _notebook(tmp_path / "n.ipynb",
                         f"import os, time\nopen({str(started)!r}, 'w').write(str(os.getpid()))\n"
                         "time.sleep(600)")

    def interrupt_once_running():
        deadline = time.monotonic() + 300
        while not (started.exists() and started.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        _thread.interrupt_main()        # as Ctrl-C does: KeyboardInterrupt in the main thread

    try:
        threading.Thread(target=interrupt_once_running, daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            kernels.execute(notebook, tmp_path / "out.ipynb", {"who": "x"}, time.monotonic() + 600,
                            tmp_path)
        assert _ended(int(started.read_text()), 0.1), "the stopped notebook's kernel still runs"
        assert "Kernel died" not in capfd.readouterr().err
        waiting = kernels.pool_for_this_slot(tmp_path).take()      # a started kernel, not yet used
        pid = waiting.km.provisioner.pid
        forkserver.close_server()                                   # the server ends ...
        assert _ended(pid, 0.1), "a kernel outlived its fork server's end"  # ... its kernels first
        waiting.shutdown()
    finally:
        kernels.close_pools()
