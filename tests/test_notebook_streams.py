"""u4912: a stored or executed notebook's outputs do not depend on how its kernel's messages
were timed: one cell's printing, split in two stream outputs on a loaded machine, is stored as one."""

from __future__ import annotations

import nbformat

from claimtable import notebooks


def _notebook(outputs: list[dict]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('wrote one.csv'); print('wrote two.csv')", execution_count=1)
    cell.id = "print-tables"  # fixed: new cells draw a random id
    cell.outputs = [nbformat.from_dict(o) for o in outputs]
    nb.cells.append(cell)
    return nb


def _stream(name: str, text: str) -> dict:
    return {"output_type": "stream", "name": name, "text": text}


def test_u4912_one_cells_printing_is_stored_the_same_however_its_messages_were_split(tmp_path):
    split = tmp_path / "split.ipynb"
    whole = tmp_path / "whole.ipynb"
    nbformat.write(_notebook([_stream("stdout", "wrote one.csv\n"), _stream("stdout", "wrote two.csv\n")]), split)
    nbformat.write(_notebook([_stream("stdout", "wrote one.csv\nwrote two.csv\n")]), whole)
    notebooks.clean(split)
    notebooks.clean(whole)
    assert split.read_bytes() == whole.read_bytes()
    [out] = nbformat.read(split, as_version=4).cells[0].outputs
    assert out.text == "wrote one.csv\nwrote two.csv\n"


def test_u4912_standard_error_between_two_prints_keeps_the_order_they_came_in(tmp_path):
    path = tmp_path / "mixed.ipynb"
    nbformat.write(_notebook([_stream("stdout", "a\n"), _stream("stderr", "careful\n"), _stream("stdout", "b\n")]), path)
    notebooks.clean(path)
    outs = nbformat.read(path, as_version=4).cells[0].outputs
    assert [(o.name, o.text) for o in outs] == [("stdout", "a\n"), ("stderr", "careful\n"), ("stdout", "b\n")]
