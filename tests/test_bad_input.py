"""Bad input: one clear line naming the file and the reason, a non-zero exit, no traceback."""

import pytest
from click.testing import CliRunner

from gongkai.cli import main

from pdf_fixtures import encrypted_pdf, image_only_pdf, ruled_table_pdf, truncated_pdf


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    good = folder / "good.pdf"
    ruled_table_pdf(good)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_text("这不是PDF文件\n", encoding="utf-8")
    encrypted_pdf(folder / "locked.pdf")
    truncated_pdf(folder / "truncated.pdf", good)
    image_only_pdf(folder / "scan.pdf")
    return folder


@pytest.mark.parametrize("name, reason", [
    ("missing.pdf", "file not found"),
    ("empty.pdf", "empty file"),
    ("notes.pdf", "not a PDF"),
    ("locked.pdf", "encrypted"),
    ("truncated.pdf", "PDF"),
])
@pytest.mark.parametrize("command", [["tables"], ["gazette"]])
def test_bad_pdf_gives_one_line(bad_files, tmp_path, name, reason, command):
    path = bad_files / name
    result = CliRunner().invoke(main, command + [str(path), "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "o.json").exists()


def test_scan_without_text_layer_is_named(bad_files, tmp_path):
    path = bad_files / "scan.pdf"
    result = CliRunner().invoke(main, ["gazette", str(path), "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 2
    assert str(path) in result.output and "no text layer" in result.output
    # nothing extracted from a PDF without any text layer is unusable input, not "0 tables"
    for command, out in (["tables", "--json"], "t.json"), (["budget", "--csv"], "b.csv"):
        result = CliRunner().invoke(main, [command[0], str(path), command[1], str(tmp_path / out)])
        assert result.exit_code == 2, result.output
        assert result.output == (f"gongkai: {path}: no text layer on any of its 1 page(s) (a scan?): "
                                 "nothing to extract; OCR it first\n")
        assert not (tmp_path / out).exists()
