"""The public's catalogue: the three samples of raw/ on the local CKAN as a citizen meets them.

gongkai's batch releases the samples (``sample_packages``) and ``gongkai publish DIR --ckan URL``
publishes each one without ``--org``: the organisation comes from raw/manifest.yaml through the
package. Then, over the API: every word of each title finds its dataset (real Solr with CJK
analysis), the facets a citizen uses (office, period, kind), a preview for every DataStore table,
the source PDF, the validation report, DCAT. And in a real browser (Debian's Chromium, headless,
driven by playwright): home -> search for a Chinese word -> dataset -> table preview with rows ->
download, the downloaded CSV byte for byte the published one. Screenshots are kept in
test-artifacts/portal/.

Datasets and organisations this module creates are purged at the end (ones that existed before,
published by an earlier run of gongkai, are updated and left).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

try:
    from ckan_fixtures import ckan_anonymous, ckan_client, ckan_server, sample_packages  # noqa: F401
except ImportError:  # e.g. --import-mode=importlib: tests/ is not on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ckan_fixtures import ckan_anonymous, ckan_client, ckan_server, sample_packages  # noqa: F401

from gongkai.kinds import KINDS
from gongkai.publish.ckan_mapping import ckan_name, organization_identity

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts" / "portal"
CHROMIUM = "/usr/bin/chromium"
# as root Chromium needs --no-sandbox; nothing may reach the network or update itself
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# what a citizen types for each kind (the listing's title says 最低生活保障, people say 低保)
SEARCH_WORD = {"budget": "预算", "gazette": "公报", "listing": "低保", "table": "行政处罚"}

pytestmark = pytest.mark.slow


def _descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def _exists(client, action: str, ident: str) -> bool:
    import ckanapi

    try:
        client.call_action(action, {"id": ident})
        return True
    except ckanapi.NotFound:
        return False


@pytest.fixture(scope="module")
def portal(ckan_server, ckan_client, sample_packages):
    """{dataset: {"kind", "folder", "desc", "pkg"}}: the samples published with the command
    line (the three PDFs and the six spreadsheets)."""
    import ckanapi

    made_datasets, made_orgs = [], []
    env = {k: v for k, v in os.environ.items() if k not in ("GONGKAI_CKAN_ORG", "GONGKAI_CKAN_URL")}
    env["CKAN_API_TOKEN"] = ckan_server.token
    out = {}
    try:
        for folder in sample_packages:
            desc = _descriptor(folder)
            name = ckan_name(desc["name"])
            org_name, _ = organization_identity(desc["gongkai"]["organization"])
            if not _exists(ckan_client, "package_show", name):
                made_datasets.append(name)
            if org_name not in made_orgs and not _exists(ckan_client, "organization_show", org_name):
                made_orgs.append(org_name)
            p = subprocess.run([sys.executable, "-m", "gongkai.cli", "publish", str(folder),
                                "--ckan", ckan_server.url], capture_output=True, text=True,
                               env=env, timeout=600, cwd=str(REPO), stdin=subprocess.DEVNULL)
            assert p.returncode == 0, (p.stdout + p.stderr)[-3000:]
            assert ckan_server.token not in p.stdout + p.stderr
            out[desc["name"]] = {"kind": desc["gongkai"]["kind"], "folder": folder, "desc": desc,
                                 "pkg": ckan_client.action.package_show(id=name)}
        yield out
    finally:
        for name in made_datasets:
            try:
                ckan_client.action.dataset_purge(id=name)
            except ckanapi.NotFound:
                pass
        for org in made_orgs:
            try:
                ckan_client.action.organization_purge(id=org)
            except ckanapi.NotFound:
                pass
            except ckanapi.ValidationError:   # it now holds datasets published before this test
                pass


def test_organization_comes_from_the_manifest(portal):
    from gongkai.batch.inputs import discover

    # the office the manifest names for each input, as the batch reads the manifest
    office_of = {i.dataset: i.organization for i in discover(REPO / "raw")}
    assert {item["kind"] for item in portal.values()} == {"budget", "gazette", "listing", "table"}
    for item in portal.values():
        office = office_of[item["desc"]["name"]]
        assert item["desc"]["gongkai"]["organization"] == office
        org = item["pkg"]["organization"]
        assert (org["name"], org["title"]) == organization_identity(office)


def test_each_dataset_is_found_by_the_words_of_its_title(ckan_anonymous, portal):
    import jieba

    for item in portal.values():
        kind = item["kind"]
        pkg = item["pkg"]
        words = [w for w in jieba.lcut(pkg["title"]) if HAN.match(w)]
        assert len(words) >= 3, (pkg["title"], words)
        for word in words + [KINDS[kind].title] + ([SEARCH_WORD[kind]] if kind != "table" else []):
            found = ckan_anonymous.action.package_search(q=word, rows=200)
            assert pkg["name"] in {r["name"] for r in found["results"]}, (word, pkg["title"])


def test_facets_office_period_kind(ckan_anonymous, portal):
    for item in portal.values():
        kind = item["kind"]
        pkg, desc = item["pkg"], item["desc"]
        result = ckan_anonymous.action.package_search(
            fq="name:%s" % pkg["name"], rows=0,
            **{"facet.field": json.dumps(["organization", "period", "kind", "tags"])})
        facets = result["facets"]
        assert facets["organization"] == {pkg["organization"]["name"]: 1}
        assert facets["period"] == {desc["gongkai"]["period"]: 1}
        assert facets["kind"] == {KINDS[kind].title: 1}
        assert set(KINDS[kind].keywords) <= set(facets["tags"])
        # the facet is the field: a citizen's click on it finds the dataset
        clicked = ckan_anonymous.action.package_search(fq='period:"%s" AND kind:"%s"' % (
            desc["gongkai"]["period"], KINDS[kind].title), rows=200)
        assert pkg["name"] in {r["name"] for r in clicked["results"]}


def test_every_datastore_table_has_a_preview_and_reports_a_view(ckan_anonymous, portal):
    for item in portal.values():
        kind = item["kind"]
        tables = [r for r in item["pkg"]["resources"] if r.get("datastore_active")]
        assert len(tables) == len(item["desc"]["resources"])
        for r in item["pkg"]["resources"]:
            views = [v["view_type"] for v in ckan_anonymous.action.resource_view_list(id=r["id"])]
            if r.get("datastore_active"):
                assert views == ["datatables_view"], r["name"]
            elif r["format"] == "JSON":
                assert views == ["text_view"], r["name"]
        report = next(r for r in item["pkg"]["resources"] if r["name"] == "reports/validation.json")
        rows = sum(item["desc"]["gongkai"]["rows"].values())
        assert report["description"].startswith("校验报告：通过。") and f"共 {rows} 行" in report["description"]


def test_the_source_pdf_is_downloadable(portal):
    for item in portal.values():
        kind = item["kind"]
        desc = item["desc"]
        sources = [r for r in item["pkg"]["resources"] if r["name"].startswith("source/")]
        if desc["gongkai"].get("source_withheld"):       # personal data in the source: not sent
            assert sources == []
            extras = {e["key"]: e["value"] for e in item["pkg"]["extras"]}
            assert extras["gongkai_source_withheld"] == desc["gongkai"]["source_withheld"]
            continue
        assert [r["name"] for r in sources] == [desc["gongkai"]["source_file"]]
        with urllib.request.urlopen(sources[0]["url"], timeout=60) as r:
            if kind != "table":
                assert r.headers.get("Content-Type", "").startswith("application/pdf")
            body = r.read()
        assert body.startswith(b"%PDF") or kind == "table"
        assert hashlib.sha256(body).hexdigest() == desc["sources"][0]["sha256"]
        assert body == (item["folder"] / desc["gongkai"]["source_file"]).read_bytes()


def test_dcat_catalog_lists_the_datasets(ckan_server, portal):
    with urllib.request.urlopen(ckan_server.url + "/catalog.ttl", timeout=60) as r:
        assert r.headers.get("Content-Type", "").startswith("text/turtle")
        catalog = r.read().decode("utf-8")
    assert "a dcat:Catalog" in catalog
    for item in portal.values():
        kind = item["kind"]
        pkg = item["pkg"]
        assert "<%s/dataset/%s>" % (ckan_server.url, pkg["id"]) in catalog
        assert 'dct:title "%s"' % pkg["title"] in catalog
        with urllib.request.urlopen("%s/dataset/%s.ttl" % (ckan_server.url, pkg["name"]), timeout=60) as r:
            dataset = r.read().decode("utf-8")
        assert "a dcat:Dataset" in dataset and 'dct:title "%s"' % pkg["title"] in dataset
        csv = next(r for r in pkg["resources"] if r["name"] == item["desc"]["resources"][0]["path"])
        assert "<%s>" % csv["url"] in dataset                     # its download URL


# ------------------------------------------------------------------------------------------
# In the browser
# ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A persistent Chromium context with a fresh profile (Debian's Chromium; playwright only
    drives it: it never downloads a browser)."""
    if not (os.path.exists(CHROMIUM) and shutil.which("chromium")):
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (scripts/setup-system.sh installs it)")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            locale="zh-CN", timezone_id="Asia/Shanghai", accept_downloads=True,
            viewport={"width": 1280, "height": 900})
        try:
            yield context
        finally:
            context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("kind", ["budget", "gazette", "listing", "table"])
def test_a_citizen_finds_previews_and_downloads(ckan_server, portal, browser, tmp_path, kind):
    # the first dataset of the kind that the search word names (for tables: the penalties)
    item = next(i for _, i in sorted(portal.items()) if i["kind"] == kind
                and SEARCH_WORD[kind] in i["pkg"]["title"] + KINDS[kind].title)
    pkg, desc, folder = item["pkg"], item["desc"], item["folder"]
    table = desc["resources"][0]
    rows = desc["gongkai"]["rows"][table["name"]]
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        # home, in Chinese
        page.goto(ckan_server.url + "/")
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.locator("header").get_by_text("数据集").count() >= 1
        _shot(page, f"{kind}-1-home")

        # search for a Chinese word
        page.fill("#field-main-search", SEARCH_WORD[kind])
        page.press("#field-main-search", "Enter")
        page.wait_for_url(re.compile(r"/dataset/\?q="))
        link = page.locator(f"h2.dataset-heading a[href='/dataset/{pkg['name']}']")
        assert link.count() == 1, page.content()[:2000]
        for facet in ("时期", "类别"):
            assert page.locator(".module-facet h2, section.module h2").get_by_text(facet).count() >= 1
        _shot(page, f"{kind}-2-search")

        # the dataset page
        link.click()
        page.wait_for_url(f"{ckan_server.url}/dataset/{pkg['name']}")
        assert page.locator("h1").first.inner_text().strip() == pkg["title"]
        assert page.get_by_text("校验报告：通过").count() >= 1
        _shot(page, f"{kind}-3-dataset")

        # the table preview shows the rows
        page.locator("li.resource-item a.heading", has_text=table["path"]).first.click()
        page.wait_for_url(re.compile(r"/resource/"))
        frame = page.frame_locator("iframe").first
        frame.locator("table tbody tr td").first.wait_for(timeout=60_000)
        assert frame.locator("table tbody tr").count() >= min(rows, 10)
        info = frame.locator(".dataTables_info, .dt-info").first.inner_text()
        assert re.search(r"共\s*%s\s*项" % f"{rows:,}".replace(",", ",?"), info), info
        page.wait_for_timeout(300)
        _shot(page, f"{kind}-4-preview")

        # download: the file a citizen gets is the published CSV
        with page.expect_download() as download:
            page.locator("a.resource-url-analytics").first.click()
        target = tmp_path / "download.csv"
        download.value.save_as(str(target))
        assert target.read_bytes() == (folder / table["path"]).read_bytes()
    finally:
        page.close()
    assert errors == []
