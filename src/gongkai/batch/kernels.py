"""Warm kernels for the batch: each input's notebook runs in a fresh kernel started ahead.

Most of a cold notebook run is the kernel starting and importing gongkai, pandas, pdfplumber,
frictionless and matplotlib. The batch keeps, per job slot (per thread of each process: the
batch's own, a worker process's, a Dask worker thread's), one kernel started in the background
and warmed up by importing those modules, so the next input's kernel is ready when it comes.
On Linux the kernel is not started from scratch but forked from a server process that has
done those imports once (:mod:`.forkserver`): a kernel then costs a fork and ipykernel's own
set-up, not a Python start and 1.6 s of imports.

Why a kernel per input and not one reused kernel with ``%reset -f``: a reset clears the user
namespace but not ``sys.modules``, module-level caches, matplotlib's state, environment
changes, open files or threads; a module changed or monkeypatched by one input would leak
into the next. A fresh process per input is the only clean namespace, and warming it ahead
takes its start-up off the critical path.

The record is the same as a cold run's: papermill parameterises the notebook as always (the
``parameters`` cell, then the injected cell tagged ``injected-parameters``) and runs it in
the warm kernel; the warm-up is ``silent`` and does not store history, so it leaves no
output, no execution count and nothing in ``In``/``Out``. After every run the kernel is shut
down (in the background; at once when the run is stopped by Ctrl-C, before its staging folder
is removed), whatever happened: a crash (dead kernel), a hang past the timeout or
a memory blow-up costs only that input, and the next input gets a fresh kernel. Kernels
notice the death of their parent process (the batch's, or the fork server's; ipykernel's parent
poller) and exit; a fork server that ends kills the kernels it forked that are still running.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

KERNEL_DIR_PREFIX = "gongkai-kernel-"   # a kernel's connection file and IPC sockets, in /tmp
KERNEL_NAME = "python3"
# s for a kernel to start and answer: on a loaded machine (two cores running a batch beside
# other work) a kernel has taken more than a minute to answer, and an input failed for it
START_TIMEOUT = 180
WARM_UP_TIMEOUT = 120       # s for the warm-up imports on a loaded machine
# jupyter_client interrupts every kernel before shutting it down; the kernel then logs a
# spurious "KeyboardInterrupt caught in kernel". What a cell raises is in the notebook and a
# dead kernel is reported by the batch, so the kernel's own log stays quiet.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]
# what every notebook imports, itself or through the first call of each step, imported
# (silently) before the kernel is handed out: imports only, no call, so that the kernel's
# state is a cold kernel's (no cache filled, no warning shown and then suppressed), and through
# importlib inside a comprehension, so that no name is bound in the notebook's namespace (an
# `import pandas` here would let a notebook that forgot its own import run warm and fail cold)
WARM_UP_MODULES = (
    "pandas", "IPython.display", "pandas.io.formats.style",
    "gongkai.pipeline", "gongkai.notebook", "gongkai.display", "gongkai.deid", "gongkai.validate",
    "gongkai.validate.columns", "gongkai.validate.domain", "gongkai.publish.local", "gongkai.release",
    "frictionless", "pdfplumber.display", "PIL.ImageDraw",
    "matplotlib.pyplot", "matplotlib.backends.backend_agg", "matplotlib_inline.backend_inline",
)
# the fork server (:mod:`.forkserver`) imports these once per batch process and forks each
# kernel from it; GONGKAI_FORK_KERNELS=0 launches every kernel the usual way instead
FORK_KERNELS = os.environ.get("GONGKAI_FORK_KERNELS", "1") != "0"
WARM_UP = (f"[__import__('importlib').import_module(name) for name in {WARM_UP_MODULES!r}]"
           " and None")
# imported by the fork server besides those: ipykernel itself, and what the notebooks import
# later, inside the first call of a step (spreadsheets, the name tagger, frictionless's
# plugins, the HTML and CSV writers of pandas, the GB18030 codec)
FORK_SERVER_MODULES = WARM_UP_MODULES + (
    "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
    "openpyxl", "jieba", "jieba.posseg", "slugify", "defusedxml.ElementTree",
    "frictionless.formats", "frictionless.resources", "frictionless.schemes",
    "pandas.io.formats.html", "pandas.io.formats.string", "pandas.io.formats.csvs",
    "gongkai.extract.ocr", "gongkai.validate.tabular", "encodings.gb18030",
    # and one cache: the name detector's lexicon and jieba's dictionary (1.1 s per process),
    # loaded silently and the same whichever process loads them
    "gongkai.deid.names:preload",
)


@dataclass
class WarmKernel:
    km: object                  # jupyter_client.KernelManager, started and warmed up
    conn_dir: Path
    started: float              # time.monotonic() when it was ready

    def shutdown(self) -> None:
        with contextlib.suppress(Exception):
            self.km.shutdown_kernel(now=True)
        with contextlib.suppress(Exception):
            self.km.cleanup_resources()
        shutil.rmtree(self.conn_dir, ignore_errors=True)


def start_kernel(cwd: Path) -> WarmKernel:
    """A kernel in ``cwd`` over IPC (Unix sockets in a private folder: no port races, no
    unencrypted-TCP warning), with the warm-up imports done."""
    from jupyter_client import KernelManager

    from . import forkserver

    conn_dir = Path(tempfile.mkdtemp(prefix=KERNEL_DIR_PREFIX))
    options = {"kernel_name": KERNEL_NAME}
    if sys.platform != "win32":
        options |= {"transport": "ipc", "connection_file": str(conn_dir / "kernel.json")}
    km = KernelManager(**options)
    if FORK_KERNELS and forkserver.forkable(km.kernel_spec.argv):
        km = forkserver.kernel_manager_class(FORK_SERVER_MODULES)(**options)
    kernel = WarmKernel(km, conn_dir, 0.0)
    blocking_client, async_client = ready_clients()
    km.client_factory = blocking_client
    try:
        km.start_kernel(cwd=str(cwd), extra_arguments=KERNEL_ARGUMENTS)
        client = km.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=START_TIMEOUT)
            reply = client.execute_interactive(WARM_UP, silent=True, store_history=False,
                                               timeout=WARM_UP_TIMEOUT)
        finally:
            client.stop_channels()
        if reply["content"].get("status") != "ok":
            raise RuntimeError(f"the kernel's warm-up failed: {reply['content'].get('ename')}")
    except BaseException:
        kernel.shutdown()
        raise
    # nbclient (inside papermill) drives the kernel with an asynchronous client
    km.client_factory = async_client
    kernel.started = time.monotonic()
    return kernel


def ready_clients():
    """(blocking, asynchronous) jupyter_client clients that are ready without a pause: the
    blocking one warms the kernel up, nbclient (inside papermill) drives the notebook with the
    asynchronous one.

    jupyter_client's ``wait_for_ready`` ends by waiting until IOPub has been quiet for 0.2 s,
    for every client. What a new client has to know is that the kernel answers and that its
    IOPub subscription is live, which the kernel's status message for the client's own
    ``kernel_info`` request shows. Messages still on their way are left to the client's reader
    (nbclient keeps only those whose parent is the cell it runs; the warm-up is silent)."""
    global _ready_clients
    if _ready_clients is None:
        from queue import Empty

        from jupyter_client.asynchronous import AsyncKernelClient
        from jupyter_client.blocking import BlockingKernelClient
        from jupyter_core.utils import ensure_async, run_sync

        async def wait_for_ready(self, timeout: float | None = None) -> None:
            deadline = time.monotonic() + (START_TIMEOUT if timeout is None else timeout)
            while True:
                request = self.kernel_info()
                with contextlib.suppress(Empty):
                    reply = await ensure_async(self.shell_channel.get_msg(timeout=1))
                    if reply["parent_header"].get("msg_id") == request:
                        # IOPub is live once it carries the kernel's status for the request
                        end = time.monotonic() + IOPUB_CHECK
                        while True:     # Empty when IOPub stays silent: ask again
                            message = await ensure_async(self.iopub_channel.get_msg(
                                timeout=max(0.0, end - time.monotonic())))
                            if message["parent_header"].get("msg_id") == request:
                                self._handle_kernel_info_reply(reply)
                                return
                if not await self._async_is_alive():
                    raise RuntimeError("Kernel died before replying to kernel_info")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")

        # both clients bind wait_for_ready to their base's coroutine by value
        blocking = type("ReadyBlockingClient", (BlockingKernelClient,),
                        {"_async_wait_for_ready": wait_for_ready, "__module__": __name__,
                         "wait_for_ready": run_sync(wait_for_ready)})
        asynchronous = type("ReadyAsyncClient", (AsyncKernelClient,),
                            {"_async_wait_for_ready": wait_for_ready, "__module__": __name__,
                             "wait_for_ready": wait_for_ready})
        _ready_clients = (blocking, asynchronous)
    return _ready_clients


_ready_clients = None
IOPUB_CHECK = 1.0       # s a new client waits for IOPub to carry its request's status


def launch_fork_server() -> None:
    """Start this process's fork server now, without waiting for it: its imports take seconds,
    and the batch calls this before it reads its inputs and its ledger, so that the first
    kernel does not wait for them. Nothing happens where kernels are not forked."""
    if not FORK_KERNELS:
        return
    from jupyter_client.kernelspec import KernelSpecManager

    from . import forkserver

    try:
        argv = KernelSpecManager().get_kernel_spec(KERNEL_NAME).argv
    except Exception:       # no kernel spec: the first kernel's start says why
        return
    if forkserver.forkable(argv):
        forkserver.server(FORK_SERVER_MODULES).launch()


class KernelPool:
    """One kernel warming ahead for one job slot; :meth:`take` hands it out and starts the
    next in the background."""

    def __init__(self, cwd: Path):
        self.cwd = Path(cwd)
        self._starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gongkai-kernel")
        self._next: Future | None = None
        self._wanted: int | None = None     # kernels still to hand out, when known

    def expect(self, count: int) -> None:
        """``count`` kernels will be taken from now on (none is warmed beyond them); starts
        warming the first."""
        self._wanted = count
        if count > 0:
            self.warm()

    def warm(self) -> None:
        if self._next is None and (self._wanted is None or self._wanted > 0):
            # imported here first: jupyter_client imported at once by the starter thread and by
            # papermill in this one ends as a partially initialised module in one of them
            import jupyter_client.manager  # noqa: F401
            import papermill  # noqa: F401

            self._next = self._starter.submit(start_kernel, self.cwd)

    def take(self) -> WarmKernel:
        if self._wanted is not None:
            self._wanted = max(1, self._wanted)     # a kernel is wanted now, whatever was said
        self.warm()
        ahead, self._next = self._next, None
        if self._wanted is not None:
            self._wanted -= 1
        try:
            kernel = ahead.result()
        except Exception:
            kernel = start_kernel(self.cwd)     # the ahead one failed: one more try, here
        except BaseException:
            self._next = ahead      # stopped while it starts: close() shuts it down
            raise
        if not kernel.km.is_alive():
            kernel.shutdown()
            kernel = start_kernel(self.cwd)
        self.warm()
        return kernel

    def close(self) -> None:
        ahead, self._next = self._next, None
        if ahead is not None:
            with contextlib.suppress(Exception):
                ahead.result().shutdown()
        self._starter.shutdown(wait=False)


_slots = threading.local()
_pools: list[KernelPool] = []
_pools_lock = threading.Lock()


def pool_for_this_slot(cwd: Path) -> KernelPool:
    """The calling thread's pool (a job slot: the batch's thread, a worker's, a Dask thread's)."""
    pool = getattr(_slots, "pool", None)
    if pool is None or pool.cwd != Path(cwd):
        pool = _slots.pool = KernelPool(cwd)
        with _pools_lock:
            _pools.append(pool)
    return pool


def close_pools() -> None:
    """Shut down every kernel still warming and the fork server (end of a batch, exit of a
    worker)."""
    with _pools_lock:
        pools, _pools[:] = list(_pools), []
    for pool in pools:
        pool.close()
    with _pools_lock:
        retiring, _retiring[:] = list(_retiring), []
    for future in retiring:
        with contextlib.suppress(Exception):
            future.result()
    _slots.__dict__.clear()
    from .forkserver import close_server

    close_server()


def clean_stale_kernel_dirs(max_age: float) -> int:
    """Kernel connection folders left in the temporary folder by runs that were killed."""
    removed = 0
    cutoff = time.time() - max_age
    for folder in Path(tempfile.gettempdir()).glob(f"{KERNEL_DIR_PREFIX}*"):
        with contextlib.suppress(OSError):
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder)
                removed += 1
    return removed


def execute(notebook: Path, executed: Path, parameters: dict, deadline: float,
            cwd: Path) -> None:
    """Run ``notebook`` with papermill into ``executed`` in this slot's warm kernel; cells
    share what is left until ``deadline`` (a time.monotonic() value). The kernel is shut
    down afterwards, whatever happened."""
    import papermill as pm

    kernel = pool_for_this_slot(cwd).take()
    stopped = False
    try:
        pm.execute_notebook(
            str(notebook), str(executed), parameters=parameters, km=kernel.km,
            kernel_name=KERNEL_NAME, progress_bar=False, log_output=False,
            start_timeout=START_TIMEOUT, engine_name=record_engine(),
            request_save_on_cell_execute=False, record_path=str(executed),
            # what is left of the notebook's time; past the deadline a cell gets 10 ms (0 or less
            # would mean no limit at all to nbclient), so the whole notebook stays bounded
            timeout_func=lambda cell: max(0.01, deadline - time.monotonic()),
        )
    except BaseException as exc:
        stopped = not isinstance(exc, Exception)
        raise
    finally:
        if stopped:     # Ctrl-C: the kernel goes now, before the caller removes the staging
            cancel_left_tasks()     # folder its cell may still be writing to
            kernel.shutdown()
        else:
            retire(kernel)


def cancel_left_tasks() -> None:
    """Cancel what nbclient left pending on this thread's event loop when Ctrl-C stopped a
    notebook (the cell's task), and let it end: run again by the kernel's shutdown, it would
    log the kernel's death ("Kernel died while waiting for execute reply") to the console."""
    import asyncio

    from jupyter_core.utils import ensure_event_loop

    with contextlib.suppress(Exception):
        loop = ensure_event_loop()      # the loop papermill's nbclient ran on (run_sync's)
        tasks = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in tasks:
            task.cancel()
        if tasks and not loop.is_running():
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))


def record_engine() -> str:
    """papermill's engine, writing the executed notebook once, when the run ends.

    papermill writes the whole notebook before and after every cell, for someone watching a
    long run (with its images, about 0.1 s a notebook of the batch's critical path). The
    batch's executed notebook is private until it is scrubbed and nobody watches it: papermill
    writes it at the end of a run and after a cell's error, and this engine after a timeout, a
    dead kernel or an interruption (what had run until then, as the per-cell saves left it)."""
    global _record_engine_registered
    if not _record_engine_registered:
        from papermill.engines import NBClientEngine, papermill_engines
        from papermill.iorw import write_ipynb

        class RecordEngine(NBClientEngine):
            @classmethod
            def execute_notebook(cls, nb, kernel_name, record_path=None, **kwargs):
                try:
                    return super().execute_notebook(nb, kernel_name, **kwargs)
                except BaseException:
                    if record_path:
                        with contextlib.suppress(Exception):
                            write_ipynb(nb, record_path)
                    raise

        papermill_engines.register(RECORD_ENGINE, RecordEngine)
        _record_engine_registered = True
    return RECORD_ENGINE


RECORD_ENGINE = "gongkai-record"
_record_engine_registered = False


_retiring: list[Future] = []
_retirer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gongkai-kernel-stop")


def retire(kernel: WarmKernel) -> None:
    """Shut a used kernel down off the input's critical path (its process is killed, its
    folder removed); :func:`close_pools` waits for it."""
    with _pools_lock:
        _retiring[:] = [f for f in _retiring if not f.done()]
        _retiring.append(_retirer.submit(kernel.shutdown))


atexit.register(close_pools)
