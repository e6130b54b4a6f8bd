"""The local CKAN from scripts/ckan-dev: Apache Solr 9 behind it, a Chinese portal in front.

Tests marked slow talk to a real CKAN (PostgreSQL, Redis, Solr, DataStore, file uploads) through
ckanapi; the ``ckan_server`` fixture starts it with ``scripts/ckan-dev up`` when it does not
answer yet. They isolate themselves with unique names and purge what they create.
The fast tests check the Solr schema ckan-dev derives from CKAN's (CJK analysis) on its own.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import xml.etree.ElementTree as ET
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

try:
    from ckan_fixtures import ckan_anonymous, ckan_client, ckan_server, unique_name  # noqa: F401
except ImportError:  # e.g. --import-mode=importlib: tests/ is not on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ckan_fixtures import ckan_anonymous, ckan_client, ckan_server, unique_name  # noqa: F401

REPO = Path(__file__).resolve().parent.parent

CSV_BYTES = (
    "年份,部门,金额（万元）,备注\r\n"
    "2018,山东省财政厅,\"1,097,073.43\",预算\r\n"
    "2019,Département,-12.5,\"quoted, with comma\"\r\n"
).encode("utf-8")


# ------------------------------------------------------------------------------------------
# Against the real CKAN
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def published(ckan_client, tmp_path_factory):
    """An organisation with a public dataset (one uploaded CSV) and a private one; purged after."""
    import ckanapi

    org_name = unique_name("gk-test-org")
    public_name = unique_name("gk-test-public")
    private_name = unique_name("gk-test-private")
    created = {"datasets": [], "org": None}
    try:
        org = ckan_client.action.organization_create(name=org_name, title="gongkai test " + org_name)
        created["org"] = org["id"]
        public = ckan_client.action.package_create(
            name=public_name, title="预算公开 test " + public_name, owner_org=org["id"],
            notes="Department budget tables, published by the gongkai test-suite.",
            tags=[{"name": "gongkai-test"}], license_id="cc-by")
        created["datasets"].append(public["id"])
        private = ckan_client.action.package_create(
            name=private_name, title="private " + private_name, owner_org=org["id"], private=True)
        created["datasets"].append(private["id"])

        csv_path = tmp_path_factory.mktemp("upload") / "budget.csv"
        csv_path.write_bytes(CSV_BYTES)
        with open(csv_path, "rb") as fh:
            resource = ckan_client.action.resource_create(
                package_id=public["id"], name="budget.csv", format="CSV", mimetype="text/csv",
                upload=fh)
        yield {"org": org, "public": public, "private": private, "resource": resource}
    finally:
        for ds_id in created["datasets"]:
            try:
                ckan_client.action.dataset_purge(id=ds_id)
            except ckanapi.NotFound:
                pass
        if created["org"]:
            try:
                ckan_client.action.organization_purge(id=created["org"])
            except ckanapi.NotFound:
                pass


@pytest.mark.slow
def test_server_answers(ckan_server, ckan_anonymous):
    status = ckan_anonymous.action.status_show()
    assert status["ckan_version"].startswith("2.12")
    assert "datastore" in status["extensions"]
    if _is_local(ckan_server):
        # the portal as ckan-dev sets it up: Chinese, previews, DCAT, period/kind facets
        assert status["locale_default"] == "zh_Hans_CN"
        assert {"datatables_view", "text_view", "dcat", "gongkai_portal"} <= set(status["extensions"])
    assert status["site_url"] == ckan_server.url
    assert ckan_server.token not in repr(ckan_server)


@pytest.mark.slow
def test_upload_downloads_byte_for_byte(ckan_server, published):
    resource = published["resource"]
    assert resource["url_type"] == "upload"
    assert resource["url"].startswith(ckan_server.url + "/dataset/")
    # a public dataset: anyone can fetch the file from its public URL
    with urllib.request.urlopen(resource["url"], timeout=30) as r:
        assert r.status == 200
        body = r.read()
    assert body == CSV_BYTES


@pytest.mark.slow
def test_datastore_keeps_types(ckan_client, ckan_anonymous, published):
    rid = published["resource"]["id"]
    fields = [{"id": "count", "type": "int"}, {"id": "amount", "type": "numeric"},
              {"id": "label", "type": "text"}, {"id": "day", "type": "date"}]
    records = [
        {"count": 1, "amount": 1097073.43, "label": "山东省财政厅", "day": "2018-07-04"},
        {"count": -2, "amount": -12.5, "label": "Département", "day": "2019-01-31"},
    ]
    ckan_client.action.datastore_create(resource_id=rid, force=True, fields=fields, records=records)

    result = ckan_anonymous.action.datastore_search(resource_id=rid, sort="count desc")
    types = {f["id"]: f["type"] for f in result["fields"]}
    assert types["count"] in ("int", "int4")
    assert types["amount"] == "numeric"
    assert types["label"] == "text"
    assert types["day"] == "date"
    assert result["total"] == 2
    first, second = result["records"]
    assert first["count"] == 1 and isinstance(first["count"], int)
    assert float(first["amount"]) == pytest.approx(1097073.43)
    assert first["label"] == "山东省财政厅"
    assert str(first["day"]).startswith("2018-07-04")
    assert second["count"] == -2 and float(second["amount"]) == -12.5
    assert second["label"] == "Département"

    filtered = ckan_anonymous.action.datastore_search(resource_id=rid, filters={"label": "山东省财政厅"})
    assert [r["count"] for r in filtered["records"]] == [1]


@pytest.mark.slow
def test_private_dataset_is_refused_to_anonymous(ckan_client, ckan_anonymous, published):
    import ckanapi

    private = published["private"]
    with pytest.raises(ckanapi.NotAuthorized):
        ckan_anonymous.action.package_show(id=private["id"])
    assert ckan_client.action.package_show(id=private["id"])["private"] is True

    q = "name:%s" % private["name"]
    assert ckan_anonymous.action.package_search(q=q, include_private=True)["count"] == 0
    assert ckan_client.action.package_search(q=q, include_private=True)["count"] == 1


@pytest.mark.slow
def test_package_search_finds_public_dataset(ckan_client, ckan_anonymous, published):
    public, org = published["public"], published["org"]
    by_name = ckan_anonymous.action.package_search(q="name:%s" % public["name"])
    assert by_name["count"] == 1
    assert by_name["results"][0]["id"] == public["id"]
    assert by_name["results"][0]["resources"][0]["id"] == published["resource"]["id"]

    # by organisation: the public sees one dataset, the sysadmin (include_private) two
    fq = "organization:%s" % org["name"]
    assert [r["name"] for r in ckan_anonymous.action.package_search(fq=fq)["results"]] == [public["name"]]
    assert ckan_client.action.package_search(fq=fq, include_private=True)["count"] == 2

    # free text over title/notes/tags, facets and sort as CKAN's own pages ask for them
    assert ckan_anonymous.action.package_search(q="budget tables", fq=fq)["count"] == 1
    assert ckan_anonymous.action.package_search(q="预算公开", fq=fq)["count"] == 1
    assert ckan_anonymous.action.package_search(q="nothing-like-this-anywhere", fq=fq)["count"] == 0
    faceted = ckan_client.action.package_search(fq=fq, include_private=True, rows=0,
                                                **{"facet.field": ["tags", "organization"]})
    assert faceted["facets"]["organization"] == {org["name"]: 2}
    assert faceted["facets"]["tags"] == {"gongkai-test": 1}
    ordered = ckan_client.action.package_search(fq=fq, include_private=True, sort="name asc")
    names = [r["name"] for r in ordered["results"]]
    assert names == sorted(names)

    assert ckan_anonymous.action.organization_show(id=org["name"])["package_count"] == 1


@pytest.mark.slow
def test_update_and_purge(ckan_client, ckan_anonymous, published):
    import ckanapi

    org = published["org"]
    name = unique_name("gk-test-purge")
    ds = ckan_client.action.package_create(name=name, owner_org=org["id"], title="before")
    try:
        ckan_client.action.package_patch(id=ds["id"], title="after update")
        assert ckan_anonymous.action.package_show(id=name)["title"] == "after update"
        hits = ckan_anonymous.action.package_search(q="name:%s" % name)
        assert hits["count"] == 1 and hits["results"][0]["title"] == "after update"

        ckan_client.action.package_delete(id=ds["id"])
        assert ckan_anonymous.action.package_search(q="name:%s" % name)["count"] == 0
    finally:
        ckan_client.action.dataset_purge(id=ds["id"])
    with pytest.raises(ckanapi.NotFound):
        ckan_client.action.package_show(id=ds["id"])
    assert ckan_client.action.package_search(q="name:%s" % name, include_drafts=True,
                                             include_private=True)["count"] == 0


@pytest.mark.slow
def test_ckan_dev_status(ckan_server):
    if ckan_server.token_file is None or REPO not in ckan_server.token_file.parents:
        pytest.skip("not the local ckan-dev CKAN")
    p = subprocess.run([str(REPO / "scripts" / "ckan-dev"), "status"], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "answering at %s" % ckan_server.url in p.stdout
    assert ckan_server.token not in p.stdout + p.stderr
    assert oct(ckan_server.token_file.stat().st_mode & 0o777) == "0o600"



def _is_local(ckan_server) -> bool:
    return ckan_server.token_file is not None and REPO in ckan_server.token_file.parents


@pytest.mark.slow
def test_search_is_apache_solr_9(ckan_server):
    """ckan-dev runs real Solr: its admin/info/system names a 9.x release."""
    if not _is_local(ckan_server) or os.environ.get("SOLR_URL"):
        pytest.skip("not the local ckan-dev CKAN with its own Solr")
    port = int(os.environ.get("CKAN_DEV_SOLR_PORT") or 8993)
    with urllib.request.urlopen("http://127.0.0.1:%d/solr/admin/info/system?wt=json" % port,
                                timeout=10) as r:
        info = json.load(r)
    assert info["lucene"]["solr-spec-version"].startswith("9.")
    assert info["lucene"]["lucene-spec-version"].startswith("9.")
    with urllib.request.urlopen("http://127.0.0.1:%d/solr/ckan/schema/name?wt=json" % port,
                                timeout=10) as r:
        assert json.load(r)["name"] == "ckan-2.12"


@pytest.fixture(scope="module")
def chinese_datasets(ckan_client):
    """Four public datasets with Chinese titles and descriptions in one organisation."""
    import ckanapi

    org = ckan_client.action.organization_create(name=unique_name("gk-test-zh-org"), title="东岳市测试局")
    texts = {
        "penalty": ("行政处罚信息公示（2026年第3季度）", "市场监督管理局作出的行政处罚决定书。"),
        "budget": ("2026年部门预算公开", "一般公共预算支出表，单位：元。"),
        "gazette": ("政府公报 2026年第5期", "公报按篇拆分的文件。Gazette items."),
        "dibao": ("城乡低保公示名单", "最低生活保障对象，已去标识化。"),
    }
    made = {}
    try:
        for key, (title, notes) in texts.items():
            made[key] = ckan_client.action.package_create(
                name=unique_name("gk-test-zh-" + key), title=title, notes=notes, owner_org=org["id"])
        yield org, {key: pkg["name"] for key, pkg in made.items()}
    finally:
        for pkg in made.values():
            ckan_client.action.dataset_purge(id=pkg["id"])
        try:
            ckan_client.action.organization_purge(id=org["id"])
        except ckanapi.NotFound:
            pass


@pytest.mark.slow
@pytest.mark.parametrize("query,found", [
    ("行政处罚", {"penalty"}), ("预算", {"budget"}), ("公报", {"gazette"}), ("低保", {"dibao"}),
    ("决定书", {"penalty"}),                  # a word of the description only
    ("最低生活保障", {"dibao"}), ("部门预算公开", {"budget"}),
    ("罚", {"penalty"}),                      # one character
    ("2026年", {"penalty", "budget", "gazette"}),
    ("gazette", {"gazette"}),
    ("处罚行政", set()),                     # the characters, not standing together
    ("预算 公报", set()),                    # two words: both must be there
    ("公示", {"penalty", "dibao"}), ("公开", {"budget"}),
])
def test_chinese_words_find_their_datasets(ckan_anonymous, chinese_datasets, query, found):
    org, names = chinese_datasets
    result = ckan_anonymous.action.package_search(q=query, fq="organization:%s" % org["name"], rows=50)
    assert {key for key, name in names.items()
            if name in {r["name"] for r in result["results"]}} == found


# ------------------------------------------------------------------------------------------
# The Solr schema ckan-dev derives from CKAN's (no server needed)
# ------------------------------------------------------------------------------------------

def _load_ckan_dev():
    loader = importlib.machinery.SourceFileLoader("ckan_dev_script", str(REPO / "scripts" / "ckan-dev"))
    spec = importlib.util.spec_from_loader("ckan_dev_script", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


ckan_dev = _load_ckan_dev()

# the shape of CKAN's schema.xml, written for this test
SMALL_SCHEMA = """<?xml version="1.0" encoding="UTF-8" ?>
<schema name="ckan-test" version="1.6">
<types>
  <fieldType name="string" class="solr.StrField" sortMissingLast="true" omitNorms="true"/>
  <fieldType name="text" class="solr.TextField" positionIncrementGap="100">
    <analyzer type="index"><tokenizer class="solr.WhitespaceTokenizerFactory"/></analyzer>
    <analyzer type="query"><tokenizer class="solr.WhitespaceTokenizerFactory"/></analyzer>
  </fieldType>
  <fieldType name="text_general" class="solr.TextField" positionIncrementGap="100">
    <analyzer><tokenizer class="solr.WhitespaceTokenizerFactory"/></analyzer>
  </fieldType>
  <fieldType name="text_ngram" class="solr.TextField">
    <analyzer type="index"><tokenizer class="solr.NGramTokenizerFactory" minGramSize="2" maxGramSize="10"/></analyzer>
  </fieldType>
</types>
<fields>
  <field name="id" type="string" indexed="true" stored="true" required="true"/>
  <field name="title" type="text" indexed="true" stored="true"/>
  <field name="res_name" type="text_general" indexed="true" stored="true" multiValued="true"/>
  <dynamicField name="*" type="string" indexed="true" stored="false"/>
</fields>
<uniqueKey>id</uniqueKey>
<copyField source="title" dest="text"/>
</schema>
"""


def _filters(ftype, kind):
    analyzer = ftype.find("analyzer[@type='%s']" % kind)
    return [analyzer.find("tokenizer").get("class")] + [f.get("class") for f in analyzer.findall("filter")], analyzer


def _canonical(element) -> str:
    """The element without the whitespace between tags (the output is indented anew)."""
    import copy

    element = copy.deepcopy(element)
    for e in element.iter():
        e.text = (e.text or "").strip() or None
        e.tail = None
    return ET.tostring(element, encoding="unicode")


def _check_cjk(source: str) -> None:
    out = ET.fromstring(ckan_dev.cjk_schema(source))
    before = ET.fromstring(source)
    types = {t.get("name"): t for t in out.iter() if t.tag.lower() == "fieldtype"}
    for name, stem in ckan_dev.CJK_TEXT_TYPES.items():
        ftype = types[name]
        assert ftype.get("autoGeneratePhraseQueries") == "true"
        assert len(ftype.findall("analyzer")) == 2
        index, index_el = _filters(ftype, "index")
        query, query_el = _filters(ftype, "query")
        for chain in (index, query):
            assert chain[0] == "solr.StandardTokenizerFactory"
            assert chain.index("solr.CJKWidthFilterFactory") < chain.index("solr.CJKBigramFilterFactory")
            assert ("solr.SnowballPorterFilterFactory" in chain) is stem
        assert index_el.find("filter[@class='solr.CJKBigramFilterFactory']").get("outputUnigrams") == "true"
        assert query_el.find("filter[@class='solr.CJKBigramFilterFactory']").get("outputUnigrams") == "false"
    # everything else is CKAN's own
    for old in before.iter():
        if old.tag.lower() == "fieldtype" and old.get("name") not in ckan_dev.CJK_TEXT_TYPES:
            assert _canonical(types[old.get("name")]) == _canonical(old)
    for tag in ("field", "dynamicField", "copyField", "uniqueKey"):
        assert [(e.attrib, (e.text or "").strip()) for e in out.iter(tag)] == \
            [(e.attrib, (e.text or "").strip()) for e in before.iter(tag)]
    assert out.get("name") == before.get("name")


def test_cjk_schema_keeps_ckans_fields_and_rewrites_text_analysis():
    _check_cjk(SMALL_SCHEMA)


def test_cjk_schema_of_the_installed_ckan():
    schema = ckan_dev.ckan_schema_xml()
    if schema is None:
        pytest.skip("CKAN's venv is not installed here (scripts/ckan-dev up installs it)")
    _check_cjk(Path(schema).read_text(encoding="utf-8"))


def test_cjk_schema_refuses_a_schema_without_text_types():
    with pytest.raises(ckan_dev.Fail, match="text_general"):
        ckan_dev.cjk_schema(SMALL_SCHEMA.replace('name="text_general"', 'name="other"'))


def test_a_machine_without_the_services_gets_them_installed(monkeypatch):
    """On a machine without PostgreSQL, Redis, Java and Maven, `up` names all four Debian
    packages (a non-root user is told the apt-get line; root runs it)."""
    present = {"pg_config", "gcc"}
    monkeypatch.setattr(ckan_dev.shutil, "which", lambda name: "/usr/bin/" + name if name in present else None)
    monkeypatch.setattr(ckan_dev, "pg_versions", lambda: [])
    monkeypatch.setattr(ckan_dev, "venv_ready", lambda: True)
    monkeypatch.setattr(ckan_dev, "launcher_ready", lambda: False)
    monkeypatch.setattr(ckan_dev, "EXTERNAL_SOLR", "")
    monkeypatch.setattr(ckan_dev.os, "geteuid", lambda: 1000)
    with pytest.raises(ckan_dev.Fail) as info:
        ckan_dev.ensure_packages()
    line = str(info.value).splitlines()[-1]
    assert line.split("--no-install-recommends ")[1].split() == [
        "postgresql", "redis-server", "openjdk-17-jdk-headless", "maven"]
    # with the launcher built, Maven is not needed, only a Java runtime
    monkeypatch.setattr(ckan_dev, "launcher_ready", lambda: True)
    with pytest.raises(ckan_dev.Fail) as info:
        ckan_dev.ensure_packages()
    assert "maven" not in str(info.value) and "openjdk-17-jdk-headless" in str(info.value)
    # with an external Solr, no Java at all
    monkeypatch.setattr(ckan_dev, "EXTERNAL_SOLR", "http://solr.example:8983/solr/ckan")
    with pytest.raises(ckan_dev.Fail) as info:
        ckan_dev.ensure_packages()
    assert "openjdk" not in str(info.value) and "redis-server" in str(info.value)


def test_a_home_keeps_to_its_databases(monkeypatch):
    """A shell without CKAN_DEV_DB_SUFFIX must not take over another checkout's databases."""
    monkeypatch.setattr(ckan_dev, "state", lambda: {"databases": ["ckan_default_x", "datastore_default_x"]})
    with pytest.raises(ckan_dev.Fail, match="CKAN_DEV_DB_SUFFIX"):
        ckan_dev.check_databases_of_home()
    monkeypatch.setattr(ckan_dev, "state", lambda: {"databases": [ckan_dev.CKAN_DB, ckan_dev.DATASTORE_DB]})
    ckan_dev.check_databases_of_home()
    monkeypatch.setattr(ckan_dev, "state", lambda: {})         # a new home
    ckan_dev.check_databases_of_home()
