"""The CKAN publisher (gongkai.publish.ckan) against a real CKAN.

Tests marked slow use the local CKAN from scripts/ckan-dev (or $CKAN_URL) through the
fixtures in tests/ckan_fixtures.py. Every dataset gets a unique name inside one organisation
made for this module, and everything is purged at the end. "CKAN stopped mid-batch" is
simulated with a forwarding proxy that goes down after N requests (stopping the shared CKAN
would disturb other test runs); set GONGKAI_TEST_CKAN_RESTART=1 to also run the variant that
really runs ``scripts/ckan-dev down`` and ``up``.

The fast tests at the end check the mapping and the generated files without a CKAN.
"""
from __future__ import annotations

import hashlib
import http.server
import io
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

try:
    from ckan_fixtures import (ckan_anonymous, ckan_client, ckan_server,  # noqa: F401
                               sample_packages, unique_name)
except ImportError:  # e.g. --import-mode=importlib: tests/ is not on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ckan_fixtures import (ckan_anonymous, ckan_client, ckan_server,  # noqa: F401
                               sample_packages, unique_name)

from gongkai.errors import ReleaseBlocked
from gongkai.kinds import KINDS
from gongkai.publish import ckan_mapping as mapping
from gongkai.publish.ckan import (CkanConflict, CkanRefused, CkanRejected, CkanUnavailable,
                                  publish_to_ckan)

REPO = Path(__file__).resolve().parent.parent
FAST = {"retries": 2, "backoff": 0.01}       # for tests that expect CKAN to stay away

SCHEMA = {
    "title": "测试明细表",
    "primaryKey": ["seq"],
    "fields": [
        {"name": "seq", "title": "序号", "type": "integer", "constraints": {"required": True}},
        {"name": "town", "title": "乡镇（街道）", "type": "string"},
        {"name": "amount", "title": "金额（元）", "type": "number"},
        {"name": "day", "title": "日期", "type": "date"},
        {"name": "done", "title": "是否完成", "type": "boolean"},
    ],
}
TOWNS = ["东关街道", "杏园村", "河畔社区", "Département", "北坛镇"]


# ------------------------------------------------------------------------------------------
# Building packages
# ------------------------------------------------------------------------------------------

def make_package(folder: Path, name: str, *, rows: int = 5, tables=("lines",),
                 reports=("validation", "extra"), notebook: bool = True, seed: int = 0,
                 version: str | None = None) -> Path:
    """A small released Data Package, written with gongkai's own write_package."""
    import nbformat
    import pandas as pd

    from gongkai.package import DatasetResult, ResourceData, add_run_record, write_package

    resources = []
    for t_index, table in enumerate(tables):
        frame = pd.DataFrame({
            "seq": list(range(1, rows + 1)),
            "town": [TOWNS[(i + seed + t_index) % len(TOWNS)] for i in range(rows)],
            "amount": [round(1000 + 37.25 * (i + seed), 2) for i in range(rows)],
            "day": [f"2026-10-{(i % 28) + 1:02d}" for i in range(rows)],
            "done": [bool((i + seed) % 2) for i in range(rows)],
        })
        resources.append(ResourceData(table, frame, SCHEMA, title=f"测试表 {table}"))
    result = DatasetResult(
        name=name, title=f"测试数据集 {name}", kind="test", resources=resources,
        source={"path": f"raw/{name}.pdf", "sha256": hashlib.sha256(name.encode()).hexdigest()},
        period="2026-10", description="gongkai 测试用的数据集（发布到 CKAN 的集成测试）。",
        reports={r: {"report": r, "dataset": name, "ok": True} for r in reports})
    folder.mkdir(parents=True, exist_ok=True)
    write_package(result, folder, run_id="test-run-0001")
    if version is not None:
        desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        desc["version"] = version
        (folder / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2),
                                                 encoding="utf-8")
    if notebook:
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.cells = [nbformat.v4.new_markdown_cell(f"# 运行记录 {name}"),
                    nbformat.v4.new_code_cell("print(len(frame))", execution_count=1, outputs=[
                        nbformat.v4.new_output("stream", name="stdout", text=f"{rows}\n")])]
        path = folder / "run" / f"{name}.ipynb"
        path.parent.mkdir(exist_ok=True)
        nbformat.write(nb, path)
        add_run_record(folder, path)
    return folder


def rewrite_csv(folder: Path, resource: str, edit) -> None:
    """Change a released CSV (``edit(text) -> text``) and keep datapackage.json consistent."""
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in desc["resources"] if r["name"] == resource)
    path = folder / res["path"]
    data = edit(path.read_text(encoding="utf-8")).encode("utf-8")
    path.write_bytes(data)
    res["bytes"] = len(data)
    res["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    (folder / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")


def expected_names(folder: Path) -> set[str]:
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    names = {"datapackage.json"}
    for res in desc["resources"]:
        names |= {res["path"], res["path"][:-4] + ".xlsx"}
    names |= {p.relative_to(folder).as_posix() for p in (folder / "reports").glob("*")}
    names |= {p.relative_to(folder).with_suffix(".html").as_posix()
              for p in (folder / "run").glob("*.ipynb")}
    if desc.get("gongkai", {}).get("source_file"):
        names.add(desc["gongkai"]["source_file"])
    return names


def resources_by_name(client, name: str) -> dict[str, dict]:
    pkg = client.action.package_show(id=name)
    out: dict[str, dict] = {}
    for r in pkg["resources"]:
        assert r["name"] not in out, f"duplicate resource {r['name']} in {name}"
        out[r["name"]] = r
    return out


def download(url: str, token: str | None = None) -> bytes:
    req = urllib.request.Request(url, headers={"Authorization": token} if token else {})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------------------
# A proxy in front of CKAN that can fail
# ------------------------------------------------------------------------------------------

class FlakyProxy:
    """Forwards the CKAN API to ``upstream``, counting requests. ``fail_first``: answer 503 to
    the first N; ``drop_answer``: forward these actions once, then hang up without answering;
    ``stop_after``: after N forwarded requests, go down (the next request is dropped -- or
    forwarded first if ``apply_last`` -- and later connections are refused)."""

    def __init__(self, upstream: str):
        self.upstream = upstream.rstrip("/")
        self.count = 0
        self.actions: list[str] = []
        self.fail_first = 0
        self.drop_answer: set[str] = set()
        self.stop_after: int | None = None
        self.apply_last = False
        self.delay: dict[str, float] = {}             # action -> seconds, once each
        self.answer: dict[str, int] = {}              # action -> HTTP status (no JSON), once each
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                self._handle()

            def do_POST(self):
                self._handle()

            def _handle(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                action = self.path.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
                with proxy._lock:
                    proxy.count += 1
                    n = proxy.count
                    proxy.actions.append(action)
                    drop = action in proxy.drop_answer
                    proxy.drop_answer.discard(action)
                    delay = proxy.delay.pop(action, 0)
                    answer = proxy.answer.pop(action, None)
                if delay:
                    time.sleep(delay)
                if answer:
                    self._send(answer, b"<html>%d</html>" % answer, "text/html")
                    return
                if proxy.stop_after is not None and n > proxy.stop_after:
                    if proxy.apply_last and n == proxy.stop_after + 1:
                        proxy._forward(self, body)
                    self.close_connection = True
                    threading.Thread(target=proxy.down, daemon=True).start()
                    return
                if n <= proxy.fail_first:
                    self._send(503, b"<html>503 Service Unavailable</html>", "text/html")
                    return
                status, data, ctype = proxy._forward(self, body)
                if drop:
                    self.close_connection = True
                    return
                self._send(status, data, ctype)

            def _send(self, status, data, ctype):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()
        self._up = True

    @property
    def url(self) -> str:
        return "http://127.0.0.1:%d" % self.server.server_address[1]

    def _forward(self, handler, body: bytes):
        headers = {k: v for k, v in handler.headers.items()
                   if k.lower() in ("content-type", "authorization", "x-ckan-api-key", "user-agent")}
        req = urllib.request.Request(self.upstream + handler.path, data=body or None,
                                     headers=headers, method=handler.command)
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, r.read(), r.headers.get("Content-Type", "application/json")
        except urllib.error.HTTPError as e:
            return e.code, e.read(), e.headers.get("Content-Type", "application/json")

    def down(self) -> None:
        with self._lock:
            if not self._up:
                return
            self._up = False
        self.server.shutdown()
        self.server.server_close()


# ------------------------------------------------------------------------------------------
# Fixtures
# ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ckan_org(ckan_client):
    """An organisation name for this module; every dataset published in it is purged after."""
    import ckanapi

    name = unique_name("gk-test-pub-org")
    yield name
    try:
        org = ckan_client.action.organization_show(id=name, include_datasets=False)
    except ckanapi.NotFound:
        return
    result = ckan_client.action.package_search(fq=f"owner_org:{org['id']}", rows=1000,
                                               include_private=True, include_drafts=True)
    for pkg in result["results"]:
        ckan_client.action.dataset_purge(id=pkg["id"])
    ckan_client.action.organization_purge(id=org["id"])


@pytest.fixture()
def purge_later(ckan_client):
    """Names to purge at the end of a test (for datasets outside the module organisation)."""
    import ckanapi

    names: list[str] = []
    yield names
    for name in names:
        try:
            ckan_client.action.dataset_purge(id=name)
        except ckanapi.NotFound:
            pass


@pytest.fixture(scope="module")
def published_samples(ckan_server, ckan_org, sample_packages):
    """The three samples published once: {folder: (ckan name, PublishResult)}."""
    out = {}
    for folder in sample_packages:
        name = unique_name("gk-test-" + folder.name[:30].strip("-"))
        out[folder] = (name, publish_to_ckan(folder, ckan_server.url, token=ckan_server.token,
                                             org=ckan_org, name=name))
    return out


def view_types(client, resource_id) -> list[str]:
    return [v["view_type"] for v in client.action.resource_view_list(id=resource_id)]


def snapshot(client, name):
    return {n: (r["id"], r.get("hash"), r.get("last_modified"), r.get("size"))
            for n, r in resources_by_name(client, name).items()}


# ------------------------------------------------------------------------------------------
# Against the real CKAN
# ------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_three_samples_published(ckan_server, ckan_anonymous, ckan_org, published_samples):
    kinds = set()
    for folder, (name, result) in published_samples.items():
        desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        assert result.count("create", "dataset") == 1 and not result.dry_run
        assert result.uploads == len(expected_names(folder))
        pkg = ckan_anonymous.action.package_show(id=name)
        kinds.add(desc["gongkai"]["kind"])
        assert pkg["title"] == desc["title"]
        assert pkg["notes"] == desc["description"]
        assert pkg["license_id"] == "cc-by"
        assert pkg["organization"]["name"] == ckan_org
        assert pkg["private"] is False
        assert sorted(t["name"] for t in pkg["tags"]) == sorted(desc["keywords"])
        extras = {e["key"]: e["value"] for e in pkg["extras"]}
        assert extras["gongkai_source_sha256"] == desc["sources"][0]["sha256"]
        assert extras["gongkai_period"] == desc["gongkai"]["period"]
        assert extras["gongkai_version"] == desc["gongkai"]["version"]
        assert extras["gongkai_run_id"] == desc["gongkai"]["run_id"]
        assert extras["gongkai_package"] == desc["name"]
        schema_info = json.loads(extras["gongkai_schema"])
        assert [s["resource"] for s in schema_info] == [r["name"] for r in desc["resources"]]
        names = [r["name"] for r in pkg["resources"]]
        assert len(names) == len(set(names))
        assert set(names) == expected_names(folder)
        assert names[:2] == [desc["resources"][0]["path"], desc["resources"][0]["path"][:-4] + ".xlsx"]
        for r in pkg["resources"]:
            assert r["url_type"] == "upload"
            assert r["hash"] == "sha256:" + result.resources[r["name"]]["sha256"]
            if (folder / r["name"]).is_file():      # not generated: same hash as on disk
                assert r["hash"] == "sha256:" + hashlib.sha256((folder / r["name"]).read_bytes()).hexdigest()
            # every DataStore table has its preview (the site's default DataStore view)
            if r["name"].endswith(".csv") and not r["name"].startswith("source/"):
                assert r["datastore_active"] is True
                assert view_types(ckan_anonymous, r["id"]) == ["datatables_view"], r["name"]
        by_name = {r["name"]: r for r in pkg["resources"]}
        # the document the data came from (PDF or the office's spreadsheet), unless it holds
        # personal data (the listing, a penalty list, a listing as a spreadsheet)
        source = desc["gongkai"].get("source_file")
        if desc["gongkai"]["kind"] == "listing" or desc["gongkai"].get("source_withheld"):
            assert source is None and extras["gongkai_source_withheld"]
        else:
            suffix = Path(source).suffix
            assert by_name[source]["format"] == suffix[1:].upper()
            assert by_name[source]["mimetype"] == {".pdf": "application/pdf", ".csv": "text/csv",
                                                   ".tsv": "text/tab-separated-values",
                                                   ".xlsx": "application/vnd.openxmlformats-"
                                                            "officedocument.spreadsheetml.sheet"}[suffix]
            assert by_name[source]["hash"] == "sha256:" + desc["sources"][0]["sha256"]
        report = json.loads((folder / "reports" / "validation.json").read_text(encoding="utf-8"))
        assert report["valid"] is True
        rows = sum(desc["gongkai"]["rows"].values())
        assert by_name["reports/validation.json"]["description"].startswith("校验报告：通过。")
        assert f"共 {rows} 行" in by_name["reports/validation.json"]["description"]
        assert extras["gongkai_kind_title"] == KINDS[desc["gongkai"]["kind"]].title
        assert set(KINDS[desc["gongkai"]["kind"]].keywords) <= {t["name"] for t in pkg["tags"]}
    assert kinds == {"gazette", "budget", "listing", "table"}   # the three PDFs, the six spreadsheets


@pytest.mark.slow
def test_every_file_downloads_back_byte_for_byte(published_samples):
    import openpyxl

    for folder, (name, result) in published_samples.items():
        for rname, info in result.resources.items():
            body = download(info["url"])            # public dataset: anyone can fetch it
            assert hashlib.sha256(body).hexdigest() == info["sha256"], rname
            if (folder / rname).is_file():
                assert body == (folder / rname).read_bytes(), rname
            if rname.endswith(".xlsx") and not rname.startswith("source/"):   # a CSV's copy
                desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
                res = next(r for r in desc["resources"] if r["path"] == rname[:-5] + ".csv")
                table = mapping.read_table(folder / res["path"], res["schema"])
                wb = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
                rows = list(wb.worksheets[0].iter_rows(values_only=True))
                assert list(rows[0]) == [f.get("title") or f["name"] for f in res["schema"]["fields"]]
                assert len(rows) == len(table.rows) + 1
            if rname.endswith(".html"):
                assert body.startswith(b"<!DOCTYPE html>") and b"</html>" in body


@pytest.mark.slow
def test_datastore_returns_typed_rows(ckan_anonymous, published_samples):
    expected_type = {"integer": {"int4", "int8", "int"}, "number": {"numeric"}, "date": {"date"},
                     "string": {"text"}, "boolean": {"bool"}}
    python_type = {"integer": int, "number": (int, float), "string": str, "boolean": bool}
    for folder, (name, result) in published_samples.items():
        desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        for res in desc["resources"]:
            fields = res["schema"]["fields"]
            table = mapping.read_table(folder / res["path"], res["schema"])
            rid = result.resources[res["path"]]["id"]
            found = ckan_anonymous.action.datastore_search(resource_id=rid, limit=5, sort="_id")
            assert found["total"] == len(table.rows)
            types = {f["id"]: f for f in found["fields"]}
            for i, fld in enumerate(fields):
                ds = types[fld["name"]]
                assert ds["type"] in expected_type[fld["type"]], (res["path"], fld["name"], ds["type"])
                assert ds["info"]["label"] == (fld.get("title") or fld["name"])
            for record, row in zip(found["records"], table.rows):
                for fld, value in zip(fields, row):
                    got = record[fld["name"]]
                    if value is None:
                        assert got is None
                        continue
                    if fld["type"] in python_type:
                        assert isinstance(got, python_type[fld["type"]]), (fld["name"], got)
                    if fld["type"] == "number":
                        assert float(got) == pytest.approx(float(value))
                    elif fld["type"] == "date":
                        assert str(got).startswith(value.isoformat())
                    else:
                        assert got == value
            info = ckan_anonymous.action.datastore_info(id=rid)
            by_id = {f["id"]: f for f in info["fields"]}
            for key in res["schema"].get("primaryKey", []):
                assert by_id[key]["schema"]["is_index"] is True


@pytest.mark.slow
def test_unchanged_republish_changes_nothing(ckan_server, ckan_client, ckan_org, published_samples):
    for folder, (name, first) in published_samples.items():
        before = snapshot(ckan_client, name)
        pkg_before = ckan_client.action.package_show(id=name)["metadata_modified"]
        again = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org,
                                name=name)
        assert again.uploads == 0 and again.bytes_uploaded == 0
        assert not again.changed, again.format()
        assert again.api_calls == {"package_show": 1}
        assert snapshot(ckan_client, name) == before
        assert ckan_client.action.package_show(id=name)["metadata_modified"] == pkg_before


@pytest.mark.slow
def test_one_changed_csv_updates_one_resource(tmp_path, ckan_server, ckan_client,
                                              ckan_anonymous, ckan_org):
    name = unique_name("gk-test-change")
    folder = make_package(tmp_path / name, name, rows=8)
    first = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    assert first.count("create", "resource") == len(expected_names(folder))
    before = snapshot(ckan_client, name)
    time.sleep(1.1)

    rewrite_csv(folder, "lines", lambda text: text.replace("1037.25", "9999.5"))
    second = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    updated = {a.name for a in second.actions if a.target == "resource" and a.action == "update"}
    assert updated == {"data/lines.csv", "data/lines.xlsx", "datapackage.json"}, second.format()
    assert [a.action for a in second.actions if a.target == "datastore"] == ["update"]
    assert second.count("create") == 0 and second.count("delete") == 0
    assert second.uploads == 3

    after = snapshot(ckan_client, name)
    assert set(after) == set(before)
    for rname, (rid, rhash, modified, _size) in after.items():
        assert rid == before[rname][0], "updated in place: same id"
        if rname in updated:
            assert rhash != before[rname][1] and modified != before[rname][2]
        else:
            assert (rhash, modified) == before[rname][1:3], rname
    rid = after["data/lines.csv"][0]
    rows = ckan_anonymous.action.datastore_search(resource_id=rid, filters={"seq": 2})["records"]
    assert float(rows[0]["amount"]) == 9999.5
    assert ckan_anonymous.action.datastore_search(resource_id=rid, limit=0)["total"] == 8
    body = download(resources_by_name(ckan_client, name)["data/lines.csv"]["url"])
    assert body == (folder / "data/lines.csv").read_bytes()


@pytest.mark.slow
def test_new_run_with_the_same_data_touches_only_provenance(tmp_path, ckan_server, ckan_client,
                                                           ckan_org):
    """A later batch run over the same PDF: new run id in datapackage.json, same CSV. The
    dataset's extras and datapackage.json change; the data resources stay as they were."""
    name = unique_name("gk-test-rerun")
    folder = make_package(tmp_path / name, name)
    publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    before = snapshot(ckan_client, name)
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    desc["gongkai"]["run_id"] = "test-run-0002"
    (folder / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2),
                                             encoding="utf-8")
    result = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    assert [(a.target, a.action, a.reason) for a in result.actions if a.action != "unchanged"] == [
        ("dataset", "update", "extras"), ("resource", "update", "content changed")]
    assert result.uploads == 1
    after = snapshot(ckan_client, name)
    assert {n for n in after if after[n] != before[n]} == {"datapackage.json"}
    extras = {e["key"]: e["value"] for e in ckan_client.action.package_show(id=name)["extras"]}
    assert extras["gongkai_run_id"] == "test-run-0002"


@pytest.mark.slow
def test_resource_removed_locally_is_deleted(tmp_path, ckan_server, ckan_client, ckan_org):
    import ckanapi

    name = unique_name("gk-test-remove")
    folder = make_package(tmp_path / name, name, tables=("lines", "towns"))
    publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    before = snapshot(ckan_client, name)
    assert {"data/towns.csv", "data/towns.xlsx", "reports/extra.json"} <= set(before)

    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"] = [r for r in desc["resources"] if r["name"] != "towns"]
    del desc["gongkai"]["reports"]["extra"]
    (folder / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2),
                                             encoding="utf-8")
    (folder / "data/towns.csv").unlink()
    (folder / "reports/extra.json").unlink()
    result = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    deleted = {a.name for a in result.actions if a.action == "delete"}
    assert deleted == {"data/towns.csv", "data/towns.xlsx", "reports/extra.json"}
    after = snapshot(ckan_client, name)
    assert set(after) == set(before) - deleted == expected_names(folder)
    for rname in after:
        assert after[rname][0] == before[rname][0]
    with pytest.raises(ckanapi.NotFound):
        ckan_client.action.datastore_search(resource_id=before["data/towns.csv"][0])


@pytest.mark.slow
def test_dry_run_changes_nothing(tmp_path, ckan_server, ckan_client, ckan_org, capsys):
    import ckanapi

    name = unique_name("gk-test-dry")
    folder = make_package(tmp_path / name, name)
    plan = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org,
                           dry_run=True)
    assert plan.dry_run and plan.uploads == 0
    assert plan.count("create", "dataset") == 1
    assert plan.count("create", "resource") == len(expected_names(folder))
    assert set(plan.api_calls) <= {"package_show", "organization_show"}
    assert "create" in plan.format() and "DRY RUN" in plan.format()
    with pytest.raises(ckanapi.NotFound):
        ckan_client.action.package_show(id=name)

    publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    before = snapshot(ckan_client, name)
    modified = ckan_client.action.package_show(id=name)["metadata_modified"]
    rewrite_csv(folder, "lines", lambda text: text.replace("东关街道", "西关街道"))
    plan = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org,
                           dry_run=True)
    assert {a.name for a in plan.actions if a.action == "update" and a.target == "resource"} == \
        {"data/lines.csv", "data/lines.xlsx", "datapackage.json"}
    assert plan.api_calls == {"package_show": 1} and plan.uploads == 0
    assert snapshot(ckan_client, name) == before
    assert ckan_client.action.package_show(id=name)["metadata_modified"] == modified
    rid = before["data/lines.csv"][0]
    assert ckan_client.action.datastore_search(resource_id=rid, filters={"town": "西关街道"})["total"] == 0
    assert ckan_client.action.datastore_search(resource_id=rid, filters={"town": "东关街道"})["total"] == 1


def _publish_batch(folders, url, token, org, **kw):
    """Publish in order until one fails; returns (results, error)."""
    results = []
    for folder in folders:
        try:
            results.append(publish_to_ckan(folder, url, token=token, org=org, **kw))
        except CkanUnavailable as exc:
            return results, exc
    return results, None


def _check_complete(client, anonymous, folder, name):
    found = resources_by_name(client, name)          # asserts no duplicate names
    assert set(found) == expected_names(folder)
    for rname, r in found.items():
        assert r["hash"] == "sha256:" + (
            hashlib.sha256((folder / rname).read_bytes()).hexdigest() if (folder / rname).is_file()
            else r["hash"].split(":", 1)[1])
    total = anonymous.action.datastore_search(resource_id=found["data/lines.csv"]["id"],
                                              limit=0)["total"]
    assert total == 5


@pytest.mark.slow
# requests for a new dataset: package_show, organization_show, package_create, resource_create
# (CSV), resource_create_default_resource_views, datastore_create, resource_create (XLSX),
# resource_create (datapackage.json), ...
@pytest.mark.parametrize("stop_after,apply_last,dying,left", [
    (2, False, "package_create", None),       # lost before CKAN saw it: no dataset
    (3, True, "resource_create", 1),          # CSV stored, answer lost, DataStore not loaded
    (4, True, "resource_create_default_resource_views", 1),   # preview made, answer lost
    (5, True, "datastore_create", 1),         # DataStore loaded, answer lost
    (6, True, "resource_create", 2),          # XLSX stored, answer lost
    (8, False, "resource_create", 3),         # first report lost before CKAN saw it
])
def test_ckan_stopped_mid_batch_then_rerun_no_duplicates(tmp_path, ckan_server, ckan_client,
                                                         ckan_anonymous, ckan_org, stop_after,
                                                         apply_last, dying, left):
    """Three datasets; CKAN goes away during the second (the request that dies is lost, or
    applied with its answer lost); the batch run again against CKAN completes everything."""
    import ckanapi

    names = [unique_name("gk-test-batch") for _ in range(3)]
    folders = [make_package(tmp_path / n, n, seed=i) for i, n in enumerate(names)]
    proxy = FlakyProxy(ckan_server.url)
    try:
        first = publish_to_ckan(folders[0], proxy.url, token=ckan_server.token, org=ckan_org)
        start = proxy.count
        proxy.stop_after = start + stop_after
        proxy.apply_last = apply_last
        results, error = _publish_batch(folders[1:], proxy.url, ckan_server.token, ckan_org, **FAST)
    finally:
        proxy.down()
    assert first.changed and error is not None and results == []
    assert proxy.actions[start + stop_after] == dying
    assert names[1] in str(error) and "run the publish again" in str(error).lower()
    if left is None:
        with pytest.raises(ckanapi.NotFound):
            ckan_client.action.package_show(id=names[1])
    else:
        assert len(ckan_client.action.package_show(id=names[1])["resources"]) == left
    with pytest.raises(ckanapi.NotFound):
        ckan_client.action.package_show(id=names[2])

    rerun, error = _publish_batch(folders, ckan_server.url, ckan_server.token, ckan_org)
    assert error is None
    assert not rerun[0].changed and rerun[0].api_calls == {"package_show": 1}
    for folder, name in zip(folders, names):
        _check_complete(ckan_client, ckan_anonymous, folder, name)
        csv_id = resources_by_name(ckan_client, name)["data/lines.csv"]["id"]
        assert view_types(ckan_anonymous, csv_id) == ["datatables_view"]   # one, not two
    third, _ = _publish_batch(folders, ckan_server.url, ckan_server.token, ckan_org)
    assert all(not r.changed and r.uploads == 0 for r in third)


@pytest.mark.slow
def test_lost_answers_are_not_duplicated(tmp_path, ckan_server, ckan_client, ckan_anonymous,
                                         ckan_org):
    """CKAN applies a create but the answer never arrives: the retry finds it instead of making
    a second one. A lost datastore_create answer restarts the load (rows are not doubled)."""
    name = unique_name("gk-test-lost")
    folder = make_package(tmp_path / name, name)
    proxy = FlakyProxy(ckan_server.url)
    proxy.drop_answer = {"package_create", "resource_create", "datastore_create"}
    try:
        result = publish_to_ckan(folder, proxy.url, token=ckan_server.token, org=ckan_org,
                                 backoff=0.05)
    finally:
        proxy.down()
    assert result.retries >= 3
    _check_complete(ckan_client, ckan_anonymous, folder, name)
    again = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    assert not again.changed


@pytest.mark.slow
def test_5xx_answers_are_retried(tmp_path, ckan_server, ckan_client, ckan_anonymous, ckan_org):
    name = unique_name("gk-test-503")
    folder = make_package(tmp_path / name, name)
    proxy = FlakyProxy(ckan_server.url)
    proxy.fail_first = 3
    try:
        result = publish_to_ckan(folder, proxy.url, token=ckan_server.token, org=ckan_org,
                                 backoff=0.05)
    finally:
        proxy.down()
    assert result.retries == 3
    assert result.api_calls["package_show"] >= 4
    _check_complete(ckan_client, ckan_anonymous, folder, name)


@pytest.mark.slow
def test_timeouts_are_retried(tmp_path, ckan_server, ckan_client, ckan_anonymous, ckan_org):
    name = unique_name("gk-test-timeout")
    folder = make_package(tmp_path / name, name)
    proxy = FlakyProxy(ckan_server.url)
    proxy.delay = {"package_show": 1.5, "datastore_create": 1.5}   # answers after the timeout
    try:
        result = publish_to_ckan(folder, proxy.url, token=ckan_server.token, org=ckan_org,
                                 backoff=0.05, timeout=(2.0, 1.0))
    finally:
        proxy.down()
    assert result.retries >= 2
    _check_complete(ckan_client, ckan_anonymous, folder, name)


@pytest.mark.slow
def test_401_and_403_answers_are_clear_errors(tmp_path, ckan_server, ckan_org):
    name = unique_name("gk-test-401")
    folder = make_package(tmp_path / name, name)
    for status in (401, 403):
        proxy = FlakyProxy(ckan_server.url)
        proxy.answer = {"package_show": status}
        try:
            with pytest.raises(CkanRefused) as info:
                publish_to_ckan(folder, proxy.url, token=ckan_server.token, org=ckan_org)
        finally:
            proxy.down()
        assert info.value.dataset == name and name in str(info.value)
        assert "package_show" in str(info.value) and ckan_server.token not in str(info.value)


@pytest.mark.slow
def test_datastore_in_chunks(tmp_path, ckan_server, ckan_client, ckan_anonymous, ckan_org,
                             monkeypatch):
    """Big tables go in several requests; the load is marked complete only after the last one,
    and a lost answer in the middle restarts it (no doubled rows)."""
    from gongkai.publish import ckan as ckan_module

    monkeypatch.setattr(ckan_module, "CHUNK_ROWS", 4)
    name = unique_name("gk-test-chunks")
    folder = make_package(tmp_path / name, name, rows=11)
    proxy = FlakyProxy(ckan_server.url)
    proxy.drop_answer = {"datastore_upsert"}
    try:
        result = publish_to_ckan(folder, proxy.url, token=ckan_server.token, org=ckan_org,
                                 backoff=0.05)
    finally:
        proxy.down()
    assert result.api_calls["datastore_create"] == 2 and result.api_calls["datastore_upsert"] == 3
    assert result.api_calls["datastore_search"] == 1          # rows counted after the restart
    assert result.api_calls["resource_patch"] == 1            # the DataStore marker, at the end
    rid = result.resources["data/lines.csv"]["id"]
    found = ckan_anonymous.action.datastore_search(resource_id=rid, limit=100, sort="seq")
    assert found["total"] == 11 and [r["seq"] for r in found["records"]] == list(range(1, 12))
    assert not publish_to_ckan(folder, ckan_server.url, token=ckan_server.token,
                               org=ckan_org).changed


@pytest.mark.slow
def test_organization_from_the_package(tmp_path, ckan_server, ckan_client, purge_later):
    import ckanapi

    name = unique_name("gk-test-pkgorg")
    folder = make_package(tmp_path / name, name)
    title = "测试组织 " + name
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    desc["gongkai"]["organization"] = title
    (folder / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False), encoding="utf-8")
    purge_later.append(name)
    result = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token)
    org_name = mapping.organization_identity(title)[0]
    try:
        assert result.actions[0].target == "organization" and result.actions[0].action == "create"
        pkg = ckan_client.action.package_show(id=name)
        assert pkg["organization"]["name"] == org_name and pkg["organization"]["title"] == title
    finally:
        try:
            ckan_client.action.dataset_purge(id=name)
            ckan_client.action.organization_purge(id=org_name)
        except ckanapi.NotFound:
            pass


@pytest.mark.slow
def test_unreachable_ckan_is_a_clear_error(tmp_path):
    name = unique_name("gk-test-down")
    folder = make_package(tmp_path / name, name)
    url = "http://127.0.0.1:%d" % free_port()
    started = time.monotonic()
    with pytest.raises(CkanUnavailable) as info:
        publish_to_ckan(folder, url, token="not-a-real-token-0000", org="gk-any", **FAST)
    assert time.monotonic() - started < 10
    assert name in str(info.value) and url in str(info.value)
    assert "not-a-real-token-0000" not in str(info.value)


@pytest.mark.slow
def test_token_never_logged_printed_or_published(tmp_path, ckan_server, ckan_org, caplog, capsys):
    token = ckan_server.token
    caplog.set_level(logging.DEBUG)                     # everything: ckanapi, requests, urllib3
    name = unique_name("gk-test-token")
    folder = make_package(tmp_path / name, name)
    proxy = FlakyProxy(ckan_server.url)
    proxy.fail_first = 1                                # a retry, which logs
    try:
        result = publish_to_ckan(folder, proxy.url, token=token, org=ckan_org, backoff=0.05)
    finally:
        proxy.down()
    print(result.format())
    with pytest.raises(CkanRefused) as refused:       # an error message, with a wrong token
        publish_to_ckan(make_package(tmp_path / "other", unique_name("gk-test-token")),
                        ckan_server.url, token=token[::-1], org=ckan_org)
    out = capsys.readouterr()
    logged = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    assert caplog.records and "retry" in caplog.text
    for text in (logged, out.out, out.err, result.format(), repr(result),
                 json.dumps(result.as_dict(), default=str), str(refused.value),
                 str(refused.value)):
        assert token not in text and token[::-1] not in text
    for info in result.resources.values():
        assert token.encode() not in download(info["url"])
    for path in folder.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes()


@pytest.mark.slow
def test_private_dataset_is_invisible_to_anonymous(tmp_path, ckan_server, ckan_client,
                                                   ckan_anonymous, ckan_org):
    import ckanapi

    name = unique_name("gk-test-private")
    folder = make_package(tmp_path / name, name)
    result = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org,
                             private=True)
    assert result.private is True
    with pytest.raises(ckanapi.NotAuthorized):
        ckan_anonymous.action.package_show(id=name)
    assert ckan_anonymous.action.package_search(q=f"name:{name}", include_private=True)["count"] == 0
    with pytest.raises((ckanapi.NotAuthorized, ckanapi.NotFound)):
        ckan_anonymous.action.datastore_search(resource_id=result.resources["data/lines.csv"]["id"])
    with pytest.raises(urllib.error.HTTPError) as http:
        download(result.resources["data/lines.csv"]["url"])
    assert http.value.code in (401, 403, 404)
    assert download(result.resources["data/lines.csv"]["url"], ckan_server.token) == \
        (folder / "data/lines.csv").read_bytes()
    # re-publishing without saying keeps it private
    again = publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    assert not again.changed and again.private is True
    assert ckan_client.action.package_show(id=name)["private"] is True
    with pytest.raises(ckanapi.NotAuthorized):
        ckan_anonymous.action.package_show(id=name)


@pytest.mark.slow
def test_wrong_token_is_refused_with_the_dataset_named(tmp_path, ckan_server, ckan_org):
    name = unique_name("gk-test-badtoken")
    folder = make_package(tmp_path / name, name)
    with pytest.raises(CkanRefused) as info:
        publish_to_ckan(folder, ckan_server.url, token="wrong-token-abcdef-123456", org=ckan_org)
    assert name in str(info.value) and "CKAN_API_TOKEN" in str(info.value)
    assert info.value.dataset == name
    with pytest.raises(CkanRefused):
        publish_to_ckan(folder, ckan_server.url, token="", org=ckan_org)


@pytest.mark.slow
def test_name_taken_by_another_dataset_is_a_conflict(tmp_path, ckan_server, ckan_client, ckan_org,
                                                     purge_later):
    name = unique_name("gk-test-foreign")
    org = ckan_client.action.organization_show(id=ckan_org) if _org_exists(ckan_client, ckan_org) \
        else ckan_client.action.organization_create(name=ckan_org)
    ckan_client.action.package_create(name=name, owner_org=org["id"], title="made by hand")
    purge_later.append(name)
    folder = make_package(tmp_path / name, name)
    with pytest.raises(CkanConflict) as info:
        publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    assert info.value.field == "name" and name in str(info.value)
    assert ckan_client.action.package_show(id=name)["resources"] == []


def _org_exists(client, name):
    import ckanapi

    try:
        client.action.organization_show(id=name)
        return True
    except ckanapi.NotFound:
        return False


@pytest.mark.slow
def test_ckan_validation_error_names_dataset_and_field(tmp_path, ckan_server, ckan_client, ckan_org):
    import ckanapi

    name = unique_name("gk-test-invalid")
    folder = make_package(tmp_path / name, name, version="v" * 150)   # CKAN allows 100
    with pytest.raises(CkanRejected) as info:
        publish_to_ckan(folder, ckan_server.url, token=ckan_server.token, org=ckan_org)
    assert info.value.field == "version" and info.value.dataset == name
    assert name in str(info.value) and "'version'" in str(info.value)
    with pytest.raises(ckanapi.NotFound):
        ckan_client.action.package_show(id=name)


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("GONGKAI_TEST_CKAN_RESTART") != "1",
                    reason="stops the shared local CKAN; set GONGKAI_TEST_CKAN_RESTART=1")
def test_real_ckan_restart_mid_batch(tmp_path, ckan_server, ckan_client, ckan_anonymous, ckan_org):
    if os.environ.get("CKAN_URL"):
        pytest.skip("only for the local CKAN of scripts/ckan-dev")
    names = [unique_name("gk-test-restart") for _ in range(3)]
    folders = [make_package(tmp_path / n, n, seed=i) for i, n in enumerate(names)]
    publish_to_ckan(folders[0], ckan_server.url, token=ckan_server.token, org=ckan_org)
    subprocess.run([str(REPO / "scripts" / "ckan-dev"), "down"], check=True, capture_output=True)
    try:
        results, error = _publish_batch(folders, ckan_server.url, ckan_server.token, ckan_org, **FAST)
        assert error is not None
    finally:
        subprocess.run([str(REPO / "scripts" / "ckan-dev"), "up"], check=True, capture_output=True)
    rerun, error = _publish_batch(folders, ckan_server.url, ckan_server.token, ckan_org)
    assert error is None
    for folder, name in zip(folders, names):
        _check_complete(ckan_client, ckan_anonymous, folder, name)


# ------------------------------------------------------------------------------------------
# Without a CKAN
# ------------------------------------------------------------------------------------------

def test_release_gate_blocks_before_anything_is_sent(tmp_path):
    name = "gk-test-pii"
    folder = make_package(tmp_path / name, name)
    rewrite_csv(folder, "lines", lambda text: text.replace("杏园村", "杏园村 13812345678"))
    url = "http://127.0.0.1:%d" % free_port()      # nothing listens: a request would fail
    with pytest.raises(ReleaseBlocked) as info:
        publish_to_ckan(folder, url, token="fake-token-0123456789", org="gk-any", **FAST)
    assert "data/lines.csv" in str(info.value) and "data/lines.xlsx" in str(info.value)
    assert "13812345678" not in str(info.value)


def test_secret_in_a_file_blocks_publish(tmp_path):
    name = "gk-test-secret"
    folder = make_package(tmp_path / name, name)
    fake = "fake-token-abcdef0123456789"
    (folder / "reports" / "extra.json").write_text(json.dumps({"note": fake}), encoding="utf-8")
    url = "http://127.0.0.1:%d" % free_port()
    with pytest.raises(ReleaseBlocked) as info:
        publish_to_ckan(folder, url, token=fake, org="gk-any", **FAST)
    assert "reports/extra.json" in str(info.value) and fake not in str(info.value)


def test_csv_not_matching_its_hash_is_refused(tmp_path):
    from gongkai.errors import InputError

    folder = make_package(tmp_path / "gk-test-hash", "gk-test-hash")
    csv_path = folder / "data" / "lines.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8") + "6,x,1,2026-10-06,True\n",
                        encoding="utf-8")
    with pytest.raises(InputError, match="does not match its hash"):
        publish_to_ckan(folder, "http://127.0.0.1:9", token="t" * 20, org="gk-any", **FAST)


def test_publish_configured_needs_a_url(tmp_path, monkeypatch):
    from gongkai.publish.ckan import publish_configured

    monkeypatch.delenv("GONGKAI_CKAN_URL", raising=False)
    assert publish_configured(tmp_path) is None


def test_mapping_names_licence_tags():
    assert mapping.ckan_name("dongyue-gazette-2026-11") == "dongyue-gazette-2026-11"
    assert mapping.ckan_name("Budget 2026") == "budget-2026"
    chinese = mapping.ckan_name("东岳市文化和旅游局")
    assert chinese == mapping.ckan_name("东岳市文化和旅游局") != mapping.ckan_name("东岳市财政局")
    assert all(c.isascii() for c in chinese) and 2 <= len(chinese) <= 100
    assert mapping.organization_identity("东岳市文化和旅游局")[1] == "东岳市文化和旅游局"
    assert mapping.organization_identity("gk-org") == ("gk-org", "gk-org")
    assert mapping.license_id({"licenses": [{"name": "CC-BY-4.0"}]}) == "cc-by"
    assert mapping.license_id({"licenses": [{"name": "CC0-1.0"}]}) == "cc-zero"
    assert mapping.license_id({}) == "notspecified"
    assert mapping.tags({"keywords": ["budget", "预算 公开", "a", "x/y", "budget"]}) == \
        ["budget", "x-y", "预算 公开"]


def test_xlsx_is_deterministic_and_typed(tmp_path):
    import openpyxl

    folder = make_package(tmp_path / "gk-x", "gk-x", rows=4)
    rewrite_csv(folder, "lines", lambda t: t.replace("杏园村", "=HYPERLINK(\"x\")"))
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    res = desc["resources"][0]
    table = mapping.read_table(folder / res["path"], res["schema"])
    first = mapping.xlsx_bytes(table, title="t")
    time.sleep(2.1)                                  # ZIP timestamps have 2 s resolution
    assert mapping.xlsx_bytes(table, title="t") == first
    wb = openpyxl.load_workbook(io.BytesIO(first))
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["序号", "乡镇（街道）", "金额（元）", "日期", "是否完成"]
    seq, town, amount, day, done = (c for c in ws[3])
    assert seq.value == 2 and isinstance(amount.value, (int, float)) and done.value in (True, False)
    assert day.is_date and day.number_format == "yyyy-mm-dd"
    # text, never a formula: stored as a string cell, and neutralised as in the CSV (OWASP)
    assert town.data_type == "s" and town.value.startswith("'=")
    assert wb.properties.created == wb.properties.modified == mapping.XLSX_EPOCH
    assert wb.worksheets[1].title == "字段说明"


def test_notebook_html_is_deterministic(tmp_path):
    folder = make_package(tmp_path / "gk-nb", "gk-nb")
    nb = folder / "run" / "gk-nb.ipynb"
    one = mapping.notebook_html(nb)
    assert one == mapping.notebook_html(nb) and b"gk-nb" in one


def test_datastore_fields_from_table_schema(tmp_path):
    folder = make_package(tmp_path / "gk-ds", "gk-ds", rows=3)
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    res = desc["resources"][0]
    table = mapping.read_table(folder / res["path"], res["schema"])
    fields = mapping.datastore_fields(table)
    assert [(f["id"], f["type"], f["info"]["label"]) for f in fields] == [
        ("seq", "int", "序号"), ("town", "text", "乡镇（街道）"), ("amount", "numeric", "金额（元）"),
        ("day", "date", "日期"), ("done", "bool", "是否完成")]
    records = [r for chunk in mapping.record_chunks(table, max_rows=2) for r in chunk]
    assert len(list(mapping.record_chunks(table, max_rows=2))) == 2
    assert records[0] == {"seq": 1, "town": "东关街道", "amount": "1000.0", "day": "2026-10-01",
                          "done": False}
    big = mapping.Table(table.path, [{"name": "n", "type": "integer"}], [[3_000_000_000]])
    assert mapping.datastore_fields(big)[0]["type"] == "int8"


def test_ckan_errors_name_the_field():
    from ckanapi import ValidationError

    from gongkai.publish.ckan import CkanClient

    client = CkanClient("http://127.0.0.1:9", "secret-token-value-123", dataset="ds-x")
    err = client._rejected("resource_create", "resource data/x.csv", ValidationError(
        {"__type": "Validation Error", "url": ["Missing value"], "resources": [{}, {"name": ["bad"]}]}))
    assert err.field == "url" and "ds-x" in str(err) and "resources[1].name" in str(err)
    assert "secret-token-value-123" not in repr(client)
