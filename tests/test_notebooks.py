"""The notebooks run with papermill on parameters other than their defaults: a raw folder with
extra articles and broken files, and output folders outside the project."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from claimtable import notebooks, paths, pipeline

from .conftest import ARTICLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("papermill")
    raw = base / "raw"
    raw.mkdir()
    for p in paths.RAW.glob("*.txt"):
        shutil.copy(p, raw / p.name)
    for name in ("u03_spy_agency_relay.txt", "u07_defence_ministry.txt"):
        shutil.copy(ARTICLES / name, raw / name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (raw / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    manifest = base / "sources.csv"
    manifest.write_text("article,title,outlet,url,published,language,notes\n"
                        "u03_spy_agency_relay,Relay test,Test outlet,,2024-11-01,en,\n"
                        "gone,Listed only,,,,en,\n")
    processed = base / "processed"
    params = {
        "raw_dir": str(raw), "manifest": str(manifest), "out_dir": str(processed),
        "sentences_table": str(processed / "sentences.csv"),
        "claims_table": str(processed / "claims.csv"),
        "processed_dir": str(processed), "figures_dir": str(base / "figures"),
        "engine": "duckdb",  # nbval runs the stored notebooks on the default, pandas
    }
    executed = notebooks.run_all(base / "executed", params)
    return base, processed, executed


def test_every_notebook_ran(run_folder):
    _, _, executed = run_folder
    assert [p.name for p in executed] == [p.name for p in notebooks.notebook_paths()]


def test_executed_copies_carry_no_run_timings(run_folder):
    """The report's executed notebooks are outputs: the same run gives the same bytes, so no
    start or end times, no kernel message times, and no random id on the parameters cell."""
    import nbformat

    _, _, executed = run_folder
    injected_ids = []
    for path in executed:
        nb = nbformat.read(path, as_version=4)
        assert "papermill" not in nb.metadata, path.name
        for cell in nb.cells:
            assert not {"papermill", "execution"} & set(cell.metadata), path.name
        injected_ids += [c.get("id") for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected_ids and set(injected_ids) == {"injected-parameters"}


def test_every_input_file_is_listed_with_its_status(run_folder):
    _, processed, _ = run_folder
    articles = pd.read_csv(processed / "articles.csv", keep_default_na=False).set_index("file")
    assert articles.loc["empty.txt", "status"] == "error"
    assert articles.loc["picture.png", "reason"].startswith("not a text file")
    assert "binary" in articles.loc["broken.txt", "reason"]
    assert articles.loc["u03_spy_agency_relay.txt", "title"] == "Relay test"
    assert (articles["status"] == "missing").sum() == 1  # "gone" is in the manifest only


def test_claims_cover_the_extra_articles_and_nothing_went_to_the_project(run_folder):
    _, processed, _ = run_folder
    claims = pd.read_csv(processed / "claims.csv", keep_default_na=False)
    assert {"u03_spy_agency_relay", "u07_defence_ministry", "000_4fd664b2c8154858"} <= set(claims.article)
    project_claims = pd.read_csv(paths.PROCESSED / "claims.csv", keep_default_na=False)
    assert "u03_spy_agency_relay" not in set(project_claims.article)


def test_parameters_cell_comes_first_in_every_notebook():
    import nbformat

    for path in notebooks.notebook_paths():
        nb = nbformat.read(path, as_version=4)
        first = next(c for c in nb.cells if c.cell_type == "code")
        assert "parameters" in first.metadata.get("tags", []), path.name
        assert nb.metadata.kernelspec.name == "python3"


def test_missing_raw_folder_is_one_clear_error(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "claimtable.report", "--out", str(tmp_path / "build"),
         "-p", "raw_dir", str(tmp_path / "no-such-folder"), "-p", "out_dir", str(tmp_path / "p")],
        capture_output=True, text=True, check=False)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == ("claimtable: a notebook failed: 01_load_sources.ipynb: FileNotFoundError: raw folder not found: "
                    f"{tmp_path / 'no-such-folder'}")
    assert "Traceback" not in result.stderr


def test_notebook_runs_print_no_plain_tcp_kernel_warning_and_never_interrupt_their_kernel(
        tmp_path, capfd, monkeypatch):
    """No warning about plain TCP sockets; and the kernel is shut down without the SIGINT that
    jupyter_client sends first by default, which ipykernel may log as ``KeyboardInterrupt
    caught in kernel.`` when it lands while a handler is finishing (a race: the signal is
    checked, not the log line)."""
    import signal

    import nbformat
    from jupyter_client.manager import KernelManager

    sent = []
    send = KernelManager._async_signal_kernel

    async def recorded(self, signum):
        sent.append(signum)
        await send(self, signum)

    monkeypatch.setattr(KernelManager, "_async_signal_kernel", recorded)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("answer = 41", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print(answer + 1)")]
    nb.metadata["kernelspec"] = {"name": notebooks.KERNEL, "display_name": "Python 3", "language": "python"}
    source = tmp_path / "tiny.ipynb"
    nbformat.write(nb, source)
    log = tmp_path / "kernel.log"
    done = nbformat.read(notebooks.run(source, tmp_path / "out.ipynb", kernel_log=log), as_version=4)
    assert done.cells[-1].outputs[0]["text"] == "42\n"
    said = capfd.readouterr().err + log.read_text(encoding="utf-8")  # the kernel's own log is apart
    assert "without encryption" not in said
    assert signal.SIGINT not in sent and "KeyboardInterrupt" not in said


@pytest.mark.parametrize("pythonpath", [None, "src"], ids=["unset", "relative"])
def test_a_notebooks_kernel_runs_the_code_and_data_of_the_tree_under_test(tmp_path, monkeypatch, pythonpath):
    """The kernel papermill starts imports the claimtable this process runs and reads its project
    root, whatever the command's environment says: in a git worktree the venv's installed
    claimtable is another checkout's, and a relative PYTHONPATH ("src", from the tree's root) is
    read by a kernel started in the notebooks' folder as a folder that is not there."""
    import nbformat

    import claimtable

    monkeypatch.chdir(paths.PROJECT_ROOT)
    monkeypatch.delenv("CLAIMTABLE_ROOT", raising=False)
    if pythonpath is None:
        monkeypatch.delenv("PYTHONPATH", raising=False)
    else:
        monkeypatch.setenv("PYTHONPATH", pythonpath)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("import claimtable\nfrom claimtable import paths\n"
                                          "print(claimtable.__file__)\nprint(paths.PROJECT_ROOT)")]
    nb.metadata["kernelspec"] = {"name": notebooks.KERNEL, "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "tree.ipynb")
    done = nbformat.read(notebooks.run(tmp_path / "tree.ipynb", tmp_path / "out.ipynb"), as_version=4)
    assert done.cells[-1].outputs[0]["text"] == f"{claimtable.__file__}\n{paths.PROJECT_ROOT}\n"


#: What libzmq printed once on a kernel's standard error at exit, after every cell had run.
ZMQ_ABORT = "Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:243)"


def _noisy_notebook(folder, *cells: str):
    """A notebook whose kernel writes ``ZMQ_ABORT`` on its standard error when it exits."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        f"import atexit, os\natexit.register(os.write, 2, b{ZMQ_ABORT + chr(10)!r})"),
        *(nbformat.v4.new_code_cell(c) for c in cells)]
    nb.metadata["kernelspec"] = {"name": notebooks.KERNEL, "display_name": "Python 3", "language": "python"}
    source = folder / "07_noisy.ipynb"
    nbformat.write(nb, source)
    return source


def test_what_a_kernel_writes_at_exit_stays_off_the_command_when_the_notebook_runs(tmp_path, capfd):
    """A notebook that runs to the end says nothing, whatever its kernel prints when it exits
    (a libzmq race at context termination once printed an abort line after a report had run)."""
    notebooks.run(_noisy_notebook(tmp_path, "print(42)"), tmp_path / "out.ipynb",
                  kernel_log=tmp_path / "kernel.log")
    said = capfd.readouterr()
    assert (said.out, said.err) == ("", "")
    assert ZMQ_ABORT in (tmp_path / "kernel.log").read_text(encoding="utf-8")  # it did write it


def test_a_failed_notebook_shows_what_its_kernel_wrote_while_it_ran_under_its_name(tmp_path, capfd):
    """What the kernel process wrote while the notebook ran (a C library's warning) is shown
    with the failure; what it wrote while it was shut down (the exit noise) is not."""
    from papermill.exceptions import PapermillExecutionError

    from claimtable import report

    warning = "libfoo: warning: no such projection"
    with pytest.raises(PapermillExecutionError) as failed:
        notebooks.run(_noisy_notebook(tmp_path, f"os.write(2, b{warning + chr(10)!r})",
                                      "raise ValueError('no claims table')"), tmp_path / "out.ipynb",
                      kernel_log=tmp_path / "kernel.log")
    report.notebook_failed(failed.value)
    lines = capfd.readouterr().err.splitlines()
    assert lines[:2] == ["claimtable: a notebook failed: 07_noisy.ipynb: ValueError: no claims table",
                         "claimtable: the kernel of 07_noisy.ipynb wrote:"]
    assert f"    {warning}" in lines[2:]
    assert not any(ZMQ_ABORT in line for line in lines)
    assert ZMQ_ABORT in (tmp_path / "kernel.log").read_text(encoding="utf-8")  # it did write it


def test_the_duckdb_engine_shows_what_the_pandas_engine_shows(run_folder):
    """Notebooks 04 and 05 ran on DuckDB: the places and every table of the row tables are
    those the pandas engine gives for the same processed folder."""
    import nbformat

    from claimtable import pipeline, places, summaries

    _, processed, executed = run_folder
    frames = summaries.open_summaries(processed, "pandas")
    place_rows = places.places_table(frames.sentences)
    assert len(place_rows) > 5
    assert (processed / "places.csv").read_text(encoding="utf-8") == pipeline.claims_csv_text(place_rows)
    report_nb = nbformat.read(executed[4], as_version=4)
    shown = [out["data"]["text/plain"] for cell in report_nb.cells if cell.cell_type == "code"
             for out in cell.outputs if "text/plain" in out.get("data", {})]
    for expected in (frames.collection_findings(), frames.claims_per_article(max_rows=60),
                     frames.claims(max_rows=100), frames.highlighted_claims(max_rows=60),
                     frames.changed_relays(max_rows=60), frames.sources(max_rows=100)):
        assert repr(expected) in shown


def test_notebook_01_on_duckdb_streams_the_tables_the_pandas_engine_writes(run_folder, tmp_path):
    """The run folder's notebook 01 ran on the duckdb engine (the sources streamed): its
    ``articles.csv`` and ``sentences.csv`` are those of the pandas engine, byte for byte."""
    base, processed, _ = run_folder
    pipeline.load_stage(base / "raw", tmp_path, base / "sources.csv")
    for name in ("articles.csv", "sentences.csv"):
        assert (processed / name).read_bytes() == (tmp_path / name).read_bytes(), name
