"""A kernel fork server: one process that has imported what every notebook imports forks a
fresh kernel process for each notebook.

A kernel started the usual way (``python -m ipykernel_launcher``) spends about 1.6 CPU seconds
starting Python and importing ipykernel, pandas, matplotlib, frictionless, pdfplumber, jieba and
gongkai before the notebook's first cell, and every input pays it again. The fork server pays it
once per batch process: each kernel is a ``fork()`` of it that then runs ipykernel's launcher
with the connection file jupyter_client wrote, exactly as the launched command would.

The kernel is still a new process per notebook, so nothing of one notebook reaches the next (the
reasons in :mod:`.kernels` for a process per input hold). What it inherits from the server is
what a cold kernel would have after its own imports: the server imports modules and calls
nothing but the loaders it is given (a dictionary read the same by whichever process reads it,
silently; no warning shown, no state a notebook could tell), and the child sets up what a
launched kernel gets
from its launch: its own session and process group (signals to the group reach the notebook's
own subprocesses), the working folder, the environment jupyter_client prepared, ``sys.argv``,
``sys.path`` without the server's folder, a stdin pipe nobody writes to, a fresh seed for
numpy's global generator (Python's ``random`` reseeds itself after a fork). One difference is
left and makes none to a record: the kernels of one server share Python's string-hash seed.

Lifetimes: the server dies with the process that started it (it watches the socket and its
parent); a kernel dies with the server (ipykernel's parent poller watches ``JPY_PARENT_PID``,
the server; a server that ends kills the kernels it forked that are still running); the server reaps its kernels itself (on ``SIGCHLD``), and the batch follows a
kernel through a pidfd, so a crash, a kill or a memory blow-up in a kernel is seen at once and
costs only that kernel. Where this cannot work (not Linux, a ``python3`` kernel spec that is
another Python, a server that fails to start) the kernel is launched the usual way.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid

LAUNCHER = ["-m", "ipykernel_launcher"]     # the kernel spec's command, after the interpreter
PARENT_CHECK = 1.0          # s between two looks at the server's parent
SERVER_START_TIMEOUT = 180  # s for the server's imports on a loaded machine


# --- the server (its own process) ---------------------------------------------------------

def _serve(channel: socket.socket, modules: list[str]) -> None:
    parent = os.getppid()
    # ipykernel sets this default in each kernel (init_gui_pylab); matplotlib reads it when
    # imported, so the server sets it the same way before importing matplotlib
    if not os.environ.get("MPLBACKEND"):
        os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    import importlib

    for name in modules:
        module, _, call = name.partition(":")
        # a module that fails here fails in the kernel as it would in a cold one
        with contextlib.suppress(Exception):
            loaded = importlib.import_module(module)
            if call:
                getattr(loaded, call)()
    # the server reaps its kernels as they end (their CPU time then counts as the server's
    # children's, and the batch's once it waits for the server: a benchmark sees it all)
    signal.signal(signal.SIGCHLD, _reap)
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the batch's to handle
    reader = channel.makefile("r", encoding="utf-8")
    channel.sendall(b'{"ready": true}\n')
    while True:
        ready, _, _ = select.select([channel], [], [], PARENT_CHECK)
        if os.getppid() != parent:
            return
        if not ready:
            continue
        line = reader.readline()
        if not line:                                # the batch closed the channel or died
            return
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _kernel(channel, request)               # never returns
        _kernels.add(pid)
        channel.sendall(json.dumps({"pid": pid}).encode() + b"\n")


_kernels: set[int] = set()      # the kernels this server forked (some may be reaped already)


def _reap(signum=None, frame=None) -> None:
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass


def _end_kernels() -> None:
    """The server ends (its batch process closed the channel or died): a kernel still running is
    one its batch process lost (stopped while the kernel was handed out, or killed): kill it with
    the notebook's own processes (its process group), and reap it."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)   # no reaping behind this loop's back
    for pid in sorted(_kernels):
        try:        # still this server's unreaped child: its pid cannot have been reused
            if os.waitpid(pid, os.WNOHANG)[0]:
                continue                            # it had ended
        except ChildProcessError:
            continue                                # reaped already
        for kill in (os.killpg, os.kill):           # its group (it made its own session), itself
            with contextlib.suppress(OSError):
                kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    _kernels.clear()


def _kernel(channel: socket.socket, request: dict) -> None:
    """In the forked child: become what ``python -m ipykernel_launcher <args>`` would be."""
    code = 1
    try:
        os.setsid()
        for signum in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL if signum != signal.SIGINT
                          else signal.default_int_handler)
        channel.close()
        read_end, _write_end = os.pipe()            # stdin: a pipe nobody writes to
        os.dup2(read_end, 0)
        os.close(read_end)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ["JPY_PARENT_PID"] = str(os.getppid())   # die with the server
        import importlib.util

        sys.argv = [importlib.util.find_spec("ipykernel_launcher").origin, *request["args"]]
        if "numpy" in sys.modules:                  # a cold kernel seeds it from the system
            sys.modules["numpy"].random.seed()
        from ipykernel import kernelapp

        # what ipykernel read from JPY_PARENT_PID when the server imported it was the server's
        # environment: the parent to watch is given here
        kernelapp.IPKernelApp.launch_instance(parent_handle=os.getppid())
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        with contextlib.suppress(BaseException):
            import atexit

            atexit._run_exitfuncs()
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def main() -> None:
    """The server's process (``python -c``): ``argv`` is the channel's descriptor, then the
    modules to import (``module:function``: import, then call ``function()``)."""
    # as ipykernel_launcher does: the folder the server was started from is not on the path
    # (IPython puts the kernel's working folder there, in each kernel)
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]
    channel = socket.socket(fileno=int(sys.argv[1]))
    _serve(channel, sys.argv[2:])
    _end_kernels()
    # the server holds nothing to flush or release; tearing its modules down one by one
    # would keep the batch waiting at its end for a few tenths of a second
    _reap()
    os._exit(0)


# --- the batch's side ---------------------------------------------------------------------

class ForkedKernel:
    """What jupyter_client's provisioner needs of a kernel process (a ``Popen``'s methods) for
    a kernel the server forked: the server reaps it, a pidfd follows it."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        self._pidfd: int | None = None
        with contextlib.suppress(OSError, AttributeError):
            self._pidfd = os.pidfd_open(pid)

    def poll(self) -> int | None:
        if self.returncode is None and not self._alive(0):
            # not the batch's child: its exit status is the server's to reap, unknown here
            self.returncode = -signal.SIGKILL
            self._close()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        end = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if end is not None and time.monotonic() >= end:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            self._alive(0.1 if end is None else max(0.0, min(0.1, end - time.monotonic())))
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def _alive(self, wait: float) -> bool:
        if self._pidfd is not None:
            return not select.select([self._pidfd], [], [], wait)[0]
        time.sleep(wait)
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        with contextlib.suppress(OSError):
            with open(f"/proc/{self.pid}/stat") as stat:
                return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
        return True

    def _close(self) -> None:
        if self._pidfd is not None:
            with contextlib.suppress(OSError):
                os.close(self._pidfd)
            self._pidfd = None

    def __del__(self):
        self._close()


class ForkServer:
    """The batch process's fork server, started on first use (one per process, shared by its
    job slots: a request is a few milliseconds)."""

    def __init__(self, modules: tuple[str, ...]):
        self.modules = modules
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._channel: socket.socket | None = None
        self._reader = None
        self._ready = False                     # the server said it has done its imports

    def launch(self) -> None:
        """Start the server's process, without waiting for its imports: the batch calls this
        first thing, so that the imports run while it reads its inputs and its ledger."""
        with self._lock:
            self._launch_if_gone()

    def _launch_if_gone(self) -> None:
        if self._process is None or self._process.poll() is not None:
            self.close()
            self._launch()

    def _launch(self) -> None:
        ours, theirs = socket.socketpair()
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", f"from {__name__} import main; main()",
                 str(theirs.fileno()), *self.modules],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, start_new_session=True)
        finally:
            theirs.close()
        self._channel, self._reader = ours, ours.makefile("r", encoding="utf-8")
        self._ready = False

    def _wait_ready(self) -> None:
        try:
            self._channel.settimeout(SERVER_START_TIMEOUT)
            if not json.loads(self._reader.readline() or "{}").get("ready"):
                raise RuntimeError("the kernel fork server did not start")
            self._channel.settimeout(None)
            self._ready = True
        except BaseException:
            self.close()
            raise

    def fork(self, args: list[str], cwd: str, env: dict[str, str]) -> ForkedKernel:
        with self._lock:
            self._launch_if_gone()
            if not self._ready:
                self._wait_ready()
            self._channel.sendall(json.dumps({"args": args, "cwd": cwd, "env": env}).encode() + b"\n")
            reply = self._reader.readline()
            if not reply:
                self.close()
                raise RuntimeError("the kernel fork server stopped")
            return ForkedKernel(json.loads(reply)["pid"])

    def close(self) -> None:
        channel, process, ready = self._channel, self._process, self._ready
        self._channel = self._process = self._reader = None
        self._ready = False
        if channel is not None:
            channel.close()                     # the server sees the end of its channel and exits
        if process is not None and not ready:
            process.kill()                      # still importing (no kernel of its own yet)
            process.wait()
        elif process is not None:
            try:
                process.wait(timeout=2 * PARENT_CHECK + 1)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


_server: ForkServer | None = None
_server_lock = threading.Lock()


def server(modules: tuple[str, ...]) -> ForkServer:
    global _server
    with _server_lock:
        if _server is None:
            _server = ForkServer(modules)
        return _server


def close_server() -> None:
    global _server
    with _server_lock:
        current, _server = _server, None
    if current is not None:
        current.close()


def forkable(argv: list[str]) -> bool:
    """Whether a kernel spec's command is this Python's ipykernel launcher (what the server
    can stand in for)."""
    if not sys.platform.startswith("linux") or len(argv) < 3 or argv[1:3] != LAUNCHER:
        return False
    if argv[0] in ("python", f"python{sys.version_info[0]}"):
        return True     # jupyter_client runs this Python for these (the native kernel spec)
    with contextlib.suppress(OSError):
        return os.path.samefile(argv[0], sys.executable)
    return False


def kernel_manager_class(modules: tuple[str, ...]):
    """A jupyter_client KernelManager whose kernels the fork server forks."""
    from jupyter_client import KernelManager
    from jupyter_client.provisioning import LocalProvisioner

    class ForkedKernelProvisioner(LocalProvisioner):
        async def launch_kernel(self, cmd: list[str], **kwargs):
            if not forkable(cmd):
                return await super().launch_kernel(cmd, **kwargs)
            cwd = str(kwargs.get("cwd") or os.getcwd())
            try:
                self.process = server(modules).fork(cmd[3:], cwd, dict(kwargs.get("env") or os.environ))
            except (OSError, RuntimeError, ValueError) as exc:   # no server: launch it as usual
                self.log.warning("kernel fork server unavailable (%s); starting the kernel", exc)
                return await super().launch_kernel(cmd, **kwargs)
            self.pid = self.pgid = self.process.pid      # the child made its own session
            self.cwd = cwd
            return self.connection_info

    class ForkedKernelManager(KernelManager):
        async def _async_pre_start_kernel(self, **kw):
            if self.provisioner is None:
                self.kernel_id = self.kernel_id or kw.pop("kernel_id", str(uuid.uuid4()))
                self.provisioner = ForkedKernelProvisioner(kernel_id=self.kernel_id,
                                                           kernel_spec=self.kernel_spec, parent=self)
            return await super()._async_pre_start_kernel(**kw)

    return ForkedKernelManager

