"""The archived run records, looked at as a data officer would: each executed notebook rendered
to HTML and photographed with headless Chromium (Debian's package), then checked for what a
person needs: legible source images beside the data, the bad cells highlighted, no server
path, a verdict that tells the final outcome (published, or refused and why), and the same
values as the published CSV, cell for cell.

One batch over the repository's samples (the three PDFs and the six spreadsheets) plus two
planted cases: a budget whose identities do not hold (published, flagged) and a fiscal report
with a figure that is not a number (refused). Screenshots are kept under
test-artifacts/notebooks/ for a person to look at.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pdf_fixtures import budget_pdf

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "notebooks"
KEY = "record-test-key-0123456789abcdef"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# source images are rendered at 150 dpi (a 9-point figure is about 19 pixels high) and cut to
# the printed block: a portrait page's text block is still some 900 pixels wide
MIN_DPI = 150
MIN_SOURCE_PIXELS = 900
SAMPLES = {"budget": "dongyue-culture-tourism-2026-budget", "gazette": "dongyue-gazette-2026-11",
           "listing": "qinghe-street-dibao-2026-10", "table": "dongyue-market-penalties-2026-10"}
TABLES = {"dongyue-market-penalties-2026-10": "administrative-penalties",
          "taiyue-liubu-dibao-2026-10": "dibao-listing",
          "dongyue-food-drug-sampling-2026-q3": "food-drug-sampling"}
REFUSED = "refused-fiscal-2026-10"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    """One batch over the samples and the planted cases; the scrubbed records of the run, by
    dataset name, and the output folder."""
    base = tmp_path_factory.mktemp("records")
    raw = base / "raw"
    shutil.copytree(ROOT / "raw", raw)
    budget_pdf(raw / "budget" / "planted-identity-error.pdf", {"parent"})
    # a monthly report whose 累计数 of one row is not a number: validation refuses it
    import csv
    import io

    fiscal = raw / "tables" / "fiscal-monthly"
    rows = list(csv.reader(io.StringIO((fiscal / "dongyue-fiscal-2026-10.csv").read_bytes().decode("gb18030"))))
    rows[5][6] = "待核实"                     # file line 6, column 累计数（万元）
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    (fiscal / f"{REFUSED}.csv").write_bytes(buffer.getvalue().encode("gb18030"))
    out = base / "published"
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY)
    env.pop("GONGKAI_CKAN_URL", None)
    run = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                          "--out", str(out), "--jobs", "2", "--no-progress"],
                         cwd=base, env=env, capture_output=True, text=True, timeout=1500)
    assert run.returncode in (0, 1), run.stdout + run.stderr
    found = {nb.stem: nb for nb in sorted(out.glob(".runs/*/notebooks/*.ipynb"))}
    assert set(SAMPLES.values()) | {REFUSED, "planted-identity-error"} <= set(found), \
        (sorted(found), run.stdout[-2000:])
    return found, out, base


def _html(nb_path: Path) -> str:
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nbformat.read(nb_path, as_version=4))
    return body


def _pngs(html: str) -> list[bytes]:
    """The source images of a record (gongkai.display draws them with class gongkai-page)."""
    tags = [t for t in re.findall(r"<img\b[^>]*>", html) if "gongkai-page" in t]
    return [base64.b64decode(m.group(1)) for t in tags
            if (m := re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)", t))]


def _png_sizes(html: str) -> list[tuple[int, int, float]]:
    """(width, height, dots per inch) of every PNG in the page (the pHYs chunk gives the dpi)."""
    out = []
    for png in _pngs(html):
        if png[:8] != b"\x89PNG\r\n\x1a\n":
            continue
        width, height = struct.unpack(">II", png[16:24])
        at = png.find(b"pHYs")
        dpi = struct.unpack(">I", png[at + 4:at + 8])[0] * 0.0254 if at > 0 else 0.0
        out.append((width, height, round(dpi)))
    return out


def _screenshot(html: str, name: str, tmp_path: Path) -> Path:
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (scripts/setup-system.sh installs it)")
        pytest.skip("chromium not installed")
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"{name}.png"
    profile = tmp_path / f"profile-{name}"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--hide-scrollbars",
                    "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                    "--window-size=1600,9000", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=180, check=True)
    assert shot.stat().st_size > 20_000   # a blank page is a few kB
    return shot


def _verdict(html: str) -> str:
    found = re.findall(r"class=[\"']gongkai-verdict[\"'] data-status=[\"'](\w+)", html)
    assert len(found) == 1, found
    return found[0]


def _shown_rows(nb_path: Path) -> pd.DataFrame:
    """The rows the record shows as published (every table under a gongkai-rows pane), by the
    field names of their second header row, the row numbers as index."""
    from bs4 import BeautifulSoup

    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    frames = []
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            html = "".join(output.get("data", {}).get("text/html", ""))
            if "gongkai-rows" not in html:
                continue
            soup = BeautifulSoup(html, "html.parser")
            for pane in soup.select("div.gongkai-rows"):
                table = pane.find("table")
                head = table.find("thead").find_all("tr")
                names = [th.get_text(strip=True) for th in head[1].find_all("th")[1:]]
                rows = []
                for tr in table.find("tbody").find_all("tr"):
                    label = tr.find("th").get_text(strip=True)
                    rows.append([label] + [td.get_text(strip=True) for td in tr.find_all("td")])
                frames.append(pd.DataFrame(rows, columns=["行"] + names).set_index("行"))
    return pd.concat(frames) if frames else pd.DataFrame()


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_record_shows_the_source_beside_the_data_and_the_final_verdict(records, kind, tmp_path):
    found, out, base = records
    html = _html(found[SAMPLES[kind]])
    _screenshot(html, SAMPLES[kind], tmp_path)
    assert "gongkai-source" in html and "gongkai-rows" in html
    if kind == "table":
        assert "gongkai-sheet" in html                        # the sheet as the office sent it
        assert "gongkai-redacted" in html                     # its personal cells blacked out
    else:
        sources = [(w, dpi) for w, _h, dpi in _png_sizes(html) if dpi]
        assert sources and all(dpi >= MIN_DPI for _w, dpi in sources), sources
        assert min(w for w, _ in sources) >= MIN_SOURCE_PIXELS, sources
    # in the batch the notebook only stages; the batch writes the outcome into the record
    assert _verdict(html) == "published"
    assert "结论：已发布" in html and "已暂存" not in html.split("gongkai-verdict")[-1]
    # one language for headings: Chinese (English only in the help under them)
    headings = re.findall(r"<h2[^>]*>(.*?)<", html)
    assert headings and all(re.search(r"[\u4e00-\u9fff]", h) for h in headings), headings
    text = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", html)     # what a person reads
    assert "findfont" not in text and not re.search(r"\bNaN\b", text) and "&lt;NA&gt;" not in text


@pytest.mark.parametrize("name", sorted(set(SAMPLES.values()) | {REFUSED}))
def test_record_holds_no_server_path(records, name):
    found, out, base = records
    text = found[name].read_text(encoding="utf-8")
    for path in {str(base), str(out), str(ROOT), str(Path.home())}:
        assert path not in text, f"{path} appears in the record"
    assert not re.search(r"(?<![\w.])/(?:tmp|work|root|home)/", text)


def test_record_highlights_the_cells_of_a_failed_identity(records, tmp_path):
    found, out, base = records
    html = _html(found["planted-identity-error"])
    _screenshot(html, "planted-identity-error", tmp_path)
    assert "background-color: #f8c9c4" in html      # a highlighted cell
    assert "上级科目 = 下级科目之和" in html             # the rule, in Chinese
    assert "parent = sum of children" not in html


def test_a_refused_run_says_so_and_why(records, tmp_path):
    found, out, base = records
    html = _html(found[REFUSED])
    _screenshot(html, REFUSED, tmp_path)
    assert _verdict(html) == "refused"
    verdict = html.split("gongkai-verdict")[-1]
    assert "已拒绝发布" in verdict and "校验未通过" in verdict and "累计数" in verdict
    assert not (out / REFUSED).exists()
    # the bad cell is highlighted in the rows and outlined in the source sheet, same row number
    assert "background-color: #f8c9c4" in html and "outline:3px solid #d62728" in html
    report = json.loads(next(out.glob(".runs/*/report.json")).read_text(encoding="utf-8"))
    outcome = next(o for o in report["outcomes"] if o["dataset"] == REFUSED)
    assert outcome["status"] == "refused" and "第6行" in outcome["reason"]
    page = next(out.glob(".runs/*/report.html")).read_text(encoding="utf-8")
    assert "overflow-wrap:anywhere" in page and "校验未通过" in page


@pytest.mark.parametrize("name", ["qinghe-street-dibao-2026-10", *TABLES])
def test_record_and_published_csv_agree_cell_for_cell(records, name):
    found, out, base = records
    descriptor = json.loads((out / name / "datapackage.json").read_text(encoding="utf-8"))
    csv = pd.read_csv(out / name / descriptor["resources"][0]["path"], dtype=str, keep_default_na=False)
    shown = _shown_rows(found[name])
    assert len(shown) == len(csv) and list(shown.columns) == list(csv.columns)
    shown = shown.replace("—", "")
    assert (shown.to_numpy() == csv.to_numpy()).all()
    # a placeholder in the record where the CSV has a value would be a record that lies
    assert "〔电话〕" not in "".join(csv.get("supervision_hotline", []))


def test_no_planted_personal_value_in_any_record(records):
    found, out, base = records
    texts = {name: found[name].read_text(encoding="utf-8") for name in found}
    for truth_file in ["qinghe-street-dibao-2026-10", *TABLES]:
        truth = json.loads((ROOT / "tests" / "truth" / f"{truth_file}.json").read_text(encoding="utf-8"))
        personal = truth.get("personal") or truth["personal_values"]
        for values in personal.values():
            for value in values:
                for name, text in texts.items():
                    assert value not in text, (name, "holds a planted personal value")
