"""Run the workbook's notebooks with papermill, and keep their stored outputs free of what
changes from run to run (papermill's timings), so nbval compares only what matters.

``python -m claimtable.notebooks refresh`` re-runs every notebook in place (``make notebooks``);
``run_all(out_dir, parameters)`` runs copies into another folder (the report, CI checks).

>>> [p.name for p in notebook_paths()][:1]
['01_load_sources.ipynb']
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nbformat
from jupyter_client import AsyncKernelManager
from traitlets import Unicode

from claimtable import paths

if TYPE_CHECKING:
    from traitlets.config import Config

KERNEL = "python3"
#: Metadata keys whose values are timings or run state, never results.
VOLATILE_CELL_KEYS = ("papermill", "execution", "collapsed", "scrolled")
VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets")
#: The id of the cell papermill adds with a run's parameters, fixed so that the same run gives
#: the same bytes.
INJECTED_CELL_ID = "injected-parameters"


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks, in the order they run.

    >>> notebook_paths()[0].name
    '01_load_sources.ipynb'
    """
    folder = folder or paths.NOTEBOOKS
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def coalesce_streams(outputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A cell's outputs with each run of adjacent stream outputs of one name ("stdout",
    "stderr") merged into one, its texts joined in order: how the kernel's messages were cut
    depends on timing (a loaded machine splits one cell's printing in two), what was printed
    does not. Unlike nbconvert's ``coalesce_streams``, no text is rewritten (a carriage return
    stays as printed).

    >>> out = coalesce_streams([{"output_type": "stream", "name": "stdout", "text": "wrote a\\n"},
    ...                         {"output_type": "stream", "name": "stdout", "text": "wrote b\\n"},
    ...                         {"output_type": "stream", "name": "stderr", "text": "warn\\n"}])
    >>> [(o["name"], o["text"]) for o in out]
    [('stdout', 'wrote a\\nwrote b\\n'), ('stderr', 'warn\\n')]
    """
    merged: list[dict[str, Any]] = []
    for out in outputs:
        last = merged[-1] if merged else None
        if (last is not None and out.get("output_type") == "stream" == last.get("output_type")
                and out.get("name") == last.get("name")):
            text = last["text"] if isinstance(last["text"], str) else "".join(last["text"])
            more = out["text"] if isinstance(out["text"], str) else "".join(out["text"])
            last["text"] = text + more
        else:
            merged.append(out)
    return merged


def clean(path: Path) -> None:
    """Drop volatile metadata from a stored or executed notebook, keeping outputs and execution
    counts (``make notebooks`` does it after each run, ``run_all`` after each copy it runs), and
    give papermill's parameters cell a fixed id; adjacent stream outputs of one name are merged
    (``coalesce_streams``), so that how the kernel's messages were timed changes no byte.

    >>> clean(notebook_paths()[0])  # doctest: +SKIP
    """
    nb = nbformat.read(path, as_version=4)
    for key in VOLATILE_NOTEBOOK_KEYS:
        nb.metadata.pop(key, None)
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3", "language": "python"}
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        cell.pop("id", None) if nb.nbformat_minor < 5 else None
        if "injected-parameters" in cell.metadata.get("tags", []) and "id" in cell:
            cell["id"] = INJECTED_CELL_ID  # papermill draws a random id for the cell it adds
        if cell.get("outputs"):
            cell["outputs"] = coalesce_streams(cell["outputs"])
    nbformat.write(nb, path)


#: The line ``QuietShutdownKernelManager`` writes into a kernel's log when its shutdown begins.
SHUTDOWN_MARK = "\n[claimtable: the kernel's shutdown begins here]\n"


class QuietShutdownKernelManager(AsyncKernelManager):
    """The kernel manager of papermill runs: jupyter_client's, except that it does not interrupt
    (SIGINT) a kernel it is shutting down. jupyter_client 8 interrupts every kernel before it
    sends the shutdown request, and ipykernel 7 logs ``[IPKernelApp] ERROR | KeyboardInterrupt
    caught in kernel.`` when the signal lands while a message handler is still finishing: noise
    on standard error after a notebook that ran to the end. Papermill shuts a kernel down only
    when no cell runs any more (every cell done, or one failed), so the interrupt has nothing to
    stop; the shutdown request, then SIGTERM and SIGKILL after ``shutdown_wait_time``, still end
    a kernel that does not answer. Any other interrupt (a cell's timeout) is sent as before.

    The kernel runs the code and reads the data of the tree the command runs (``kernel_env``).

    With ``kernel_log`` set, the kernel process writes its standard output and error (its own
    log, and whatever a library prints at exit: libzmq's ``Assertion failed: pfd.revents &
    POLLIN`` race at context termination) into that file instead of the command's: ``run``
    shows it only when the notebook fails, and only what the kernel wrote before its shutdown
    began (``SHUTDOWN_MARK``, written into the log when it begins): what a kernel prints while
    it is being shut down (a ``ZMQError`` traceback under load) never explains a failure.

    >>> QuietShutdownKernelManager(kernel_name=KERNEL).shutting_down
    False
    """

    kernel_log = Unicode("", config=True,
                         help="a file the kernel's standard output and error go to ('' : the command's)")

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:  # set by shutdown_kernel before it interrupts
            return
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel

    async def _async_shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
        if self.kernel_log:
            with open(self.kernel_log, "ab") as log:  # appended after all the kernel wrote so far
                log.write(SHUTDOWN_MARK.encode())
        await super()._async_shutdown_kernel(now=now, restart=restart)

    shutdown_kernel = _async_shutdown_kernel

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        kw["env"] = kernel_env(kw.get("env"))  # the code and data of the tree that runs it
        if not self.kernel_log:
            await super()._async_launch_kernel(kernel_cmd, **kw)
            return
        with open(self.kernel_log, "ab") as log:  # the kernel keeps its own copy of the descriptor
            await super()._async_launch_kernel(kernel_cmd, **{**kw, "stdout": log, "stderr": log})

    launch_kernel = _async_launch_kernel


def kernel_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment a notebook's kernel starts in: ``env`` (this process's by default) with
    the folder of the ``claimtable`` this process imported first on ``PYTHONPATH`` (the other
    entries kept, made absolute from the working folder: the kernel starts in the notebooks'
    folder) and its project root as ``CLAIMTABLE_ROOT``, so that the kernel runs the code and
    reads the lexicons of the tree that runs it, not the venv's installed checkout (in a git
    worktree, another tree's).

    >>> import claimtable
    >>> env = kernel_env({"PYTHONPATH": ""})
    >>> env["PYTHONPATH"] == str(Path(claimtable.__file__).resolve().parents[1]), env["CLAIMTABLE_ROOT"] == str(paths.PROJECT_ROOT)
    (True, True)
    """
    import claimtable

    env = dict(os.environ if env is None else env)
    code = str(Path(claimtable.__file__).resolve().parents[1])
    others = [str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys([code, *others]))
    env["CLAIMTABLE_ROOT"] = str(paths.PROJECT_ROOT)
    return env


def kernel_config(kernel_log: str | os.PathLike[str] = "") -> Config:
    """Kernel manager settings for papermill runs: CurveZMQ-encrypted sockets wherever pyzmq has
    Curve and the kernelspec offers it (the project's does), so code and outputs never cross
    local TCP in plain text and ipykernel has nothing to warn about on every run; and the
    kernel manager that shuts kernels down without interrupting them
    (:class:`QuietShutdownKernelManager`), so a run's standard error holds no
    ``KeyboardInterrupt`` line that no error of the run caused; with ``kernel_log``, the file
    the kernel writes its standard output and error to.

    >>> kernel_config().KernelManager.transport_encryption in ("auto", "disabled")
    True
    >>> kernel_config().NotebookClient.kernel_manager_class.__name__
    'QuietShutdownKernelManager'
    """
    import zmq
    from traitlets.config import Config

    return Config({"KernelManager": {"transport_encryption": "auto" if zmq.has("curve") else "disabled"},
                   "NotebookClient": {"kernel_manager_class": QuietShutdownKernelManager},
                   "QuietShutdownKernelManager": {"kernel_log": str(kernel_log)}})


def lab_command(*options: str) -> list[str]:
    """The ``jupyter lab`` command ``make lab`` runs: the project as its root, so that the file
    browser reaches the raw data, the tables, the figures and a report's ``build/`` folder, but
    opening on the notebooks folder; the kernels it starts on encrypted sockets, like
    papermill's (``kernel_config``).

    >>> lab_command("--no-browser")[1:3]
    ['lab', '--no-browser']
    """
    policy = kernel_config().KernelManager.transport_encryption
    notebooks = paths.NOTEBOOKS.relative_to(paths.PROJECT_ROOT).as_posix()
    return [str(Path(sys.executable).with_name("jupyter")), "lab", *options,
            f"--ServerApp.root_dir={paths.PROJECT_ROOT}", f"--LabApp.default_url=/lab/tree/{notebooks}",
            f"--KernelManager.transport_encryption={policy}"]


#: How much of a failed notebook's kernel log ``run`` keeps (its last lines).
KERNEL_LOG_LINES = 40


def run(path: Path, output: Path, parameters: dict[str, Any] | None = None,
        kernel_log: Path | None = None) -> Path:
    """Execute one notebook with papermill; raises ``PapermillExecutionError`` on failure.

    What the kernel writes on its standard output and error goes to a file of its own
    (``kernel_config``), never to the command's: a notebook that runs to the end says nothing,
    whatever its kernel prints at exit. When the notebook fails (papermill's error, or a kernel
    that died), the error carries the notebook's name (``notebook``) and the last
    ``KERNEL_LOG_LINES`` lines of that log written before the kernel's shutdown began
    (``kernel_log``, also added as a note to the traceback), which ``report.notebook_failed`` shows. ``kernel_log``: a file to keep that log
    in (by default a temporary one, removed after the run).

    >>> run(paths.NOTEBOOKS / "02_extract_claims.ipynb", Path("/tmp/02.ipynb"),
    ...     {"out_dir": "/tmp/processed"})  # doctest: +SKIP
    PosixPath('/tmp/02.ipynb')
    """
    import papermill

    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="claimtable-kernel-") as folder:
        log = kernel_log or Path(folder) / "kernel.log"
        try:
            papermill.execute_notebook(
                str(path),
                str(output),
                parameters=parameters or {},
                kernel_name=KERNEL,
                cwd=str(path.parent),
                progress_bar=False,
                request_save_on_cell_execute=False,
                config=kernel_config(log),
            )
        except Exception as error:
            said = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
            said = said.split(SHUTDOWN_MARK)[0]  # what it wrote while it ran, not while it stopped
            error.notebook = path.name  # type: ignore[attr-defined]
            error.kernel_log = "\n".join(said.strip().splitlines()[-KERNEL_LOG_LINES:])  # type: ignore[attr-defined]
            if error.kernel_log:  # type: ignore[attr-defined]
                error.add_note(f"{path.name}: its kernel wrote:\n{error.kernel_log}")  # type: ignore[attr-defined]
            raise
    return output


def refresh(names: list[str] | None = None) -> None:
    """Re-run notebooks in place with their default parameters and clean them.

    >>> refresh(["01_load_sources", "02_extract_claims"])  # doctest: +SKIP
    """
    for path in notebook_paths():
        if names and path.name not in names and path.stem not in names:
            continue
        print(f"running {path.relative_to(paths.PROJECT_ROOT)}", file=sys.stderr)
        tmp = path.with_suffix(".running.ipynb")
        try:
            run(path, tmp)
            tmp.replace(path)  # a failed run never overwrites the stored notebook
        finally:
            tmp.unlink(missing_ok=True)
        clean(path)


def run_all(out_dir: Path, parameters: dict[str, Any] | None = None) -> list[Path]:
    """Run copies of every notebook into ``out_dir``; parameters a notebook does not declare
    are left out for it (papermill would only warn).

    >>> run_all(Path("/tmp/run"), {"out_dir": "/tmp/run/processed"})  # doctest: +SKIP
    [PosixPath('/tmp/run/01_load_sources.ipynb'), ...]
    """
    done = []
    for path in notebook_paths():
        declared = declared_parameters(path)
        params = {k: v for k, v in (parameters or {}).items() if k in declared}
        executed = run(path, out_dir / path.name, params)
        clean(executed)  # the run's copies are outputs too: same inputs, same bytes (no timings)
        done.append(executed)
    return done


def declared_parameters(path: Path) -> set[str]:
    """Names assigned in a notebook's ``parameters`` cell.

    >>> sorted(declared_parameters(notebook_paths()[1]))
    ['claims_dataset', 'corrections', 'engine', 'jobs', 'out_dir', 'sentences_table']
    """
    import ast

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            tree = ast.parse(cell.source)
            return {
                t.id for node in tree.body if isinstance(node, ast.Assign)
                for t in node.targets if isinstance(t, ast.Name)
            }
    return set()


def main(argv: list[str] | None = None) -> int:
    """``python -m claimtable.notebooks refresh [NAME ...] | clean | lab [OPTIONS]`` (``make
    notebooks``, ``make lab``); returns the exit status.

    >>> main(["refresh", "--no-such-option"])  # doctest: +SKIP
    2
    """
    parser = argparse.ArgumentParser(prog="python -m claimtable.notebooks")
    sub = parser.add_subparsers(dest="command", required=True)
    ref = sub.add_parser("refresh", help="re-run the notebooks in place and clean them")
    ref.add_argument("names", nargs="*", help="only these notebooks")
    sub.add_parser("clean", help="only clean stored notebooks")
    sub.add_parser("lab", help="open the notebooks in JupyterLab (make lab); other options "
                   "go to `jupyter lab`")
    args, options = parser.parse_known_args(argv)
    if options and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(options)}")
    if args.command == "lab":
        command = lab_command(*options)
        os.execv(command[0], command)
    if args.command == "refresh":
        refresh(args.names)
    else:
        for p in notebook_paths():
            clean(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
