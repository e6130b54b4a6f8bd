"""The local CKAN from scripts/ckan-dev, and solr_lite, the Solr stand-in it runs.

Tests marked slow talk to a real CKAN (PostgreSQL, Redis, DataStore, file uploads) through
ckanapi; the ``ckan_server`` fixture starts it with ``scripts/ckan-dev up`` when it does not
answer yet. They isolate themselves with unique names and purge what they create.
The solr_lite tests run the server in-process and need nothing else.
"""
from __future__ import annotations

import importlib.util
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


# ------------------------------------------------------------------------------------------
# solr_lite on its own
# ------------------------------------------------------------------------------------------


def _load_solr_lite():
    spec = importlib.util.spec_from_file_location("solr_lite", REPO / "scripts" / "solr_lite.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("solr_lite", mod)
    spec.loader.exec_module(mod)
    return mod


solr_lite = _load_solr_lite()


@pytest.fixture
def solr(tmp_path):
    """solr_lite in a thread on a free port; yields (base_url, data_path)."""
    data = tmp_path / "index.json"
    store = solr_lite.Store(solr_lite.Schema(), str(data))
    server = solr_lite.make_server("127.0.0.1", 0, store)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield "http://127.0.0.1:%d/solr/ckan" % server.server_address[1], data
    server.shutdown()
    server.server_close()


def _post(url, body: bytes, ctype: str):
    req = urllib.request.Request(url, data=body, headers={"Content-Type": ctype})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)


def _select(base, **params):
    pairs = []
    for k, v in params.items():
        k = k.replace("_", ".") if k.startswith("facet_") else k
        for item in (v if isinstance(v, list) else [v]):
            pairs.append((k, item))
    with urllib.request.urlopen(base + "/select?" + urllib.parse.urlencode(pairs), timeout=10) as r:
        return json.load(r)


def _doc(i, name, title, org, private=False, state="active", tags=(), site="default"):
    return {"index_id": "idx-%d" % i, "id": "id-%d" % i, "name": name, "title": title,
            "notes": "notes for " + title, "organization": org, "owner_org": "org-" + org,
            "capacity": "private" if private else "public", "state": state, "site_id": site,
            "entity_type": "package", "dataset_type": "dataset", "tags": list(tags),
            "permission_labels": ["member-org-" + org] if private else ["public"],
            "metadata_modified": "2024-01-%02dT10:00:00.000000Z" % i,
            "validated_data_dict": json.dumps({"name": name})}


def _seed(base):
    docs = [
        _doc(1, "budget-2018", "Provincial budget 2018", "finance", tags=["budget", "预算"]),
        _doc(2, "air-quality", "Monthly air quality 空气质量", "environment", tags=["air"]),
        _doc(3, "secret-list", "Private listing", "finance", private=True, tags=["budget"]),
        _doc(4, "old-budget", "Old budgets", "finance", state="deleted", tags=["budget"]),
        _doc(5, "other-site", "Budget elsewhere", "finance", site="other"),
    ]
    _post(base + "/update?commit=true", json.dumps(docs).encode(), "application/json")


def test_solr_lite_ckan_style_queries(solr):
    base, _ = solr
    _seed(base)
    ckan_fq = ['+site_id:"default"', "+capacity:public  +state:(active)",
               '+permission_labels:("public" OR "creator-x")']
    r = _select(base, q="*:*", fq=ckan_fq, fl="id validated_data_dict", wt="json", sort="name asc",
                rows=10, facet="true", facet_field=["organization", "tags"], facet_mincount=1)
    assert r["response"]["numFound"] == 2
    assert [d["id"] for d in r["response"]["docs"]] == ["id-2", "id-1"]
    assert set(r["response"]["docs"][0]) == {"id", "validated_data_dict"}
    facets = r["facet_counts"]["facet_fields"]
    assert dict(zip(facets["organization"][::2], facets["organization"][1::2])) == {
        "environment": 1, "finance": 1}
    assert "budget" in facets["tags"]

    # what package_show's fallback and CKAN's delete use
    r = _select(base, q='name:"budget-2018" OR id:"budget-2018"', fq='+site_id:"default" +entity_type:package')
    assert [d["id"] for d in r["response"]["docs"]] == ["id-1"]

    # dismax free text, as CKAN sends it when q has no colon
    r = _select(base, q="budget", defType="dismax", qf="name^4 title^4 tags^2 groups^2 text",
                mm="2<-1 5<80%", fq=['+site_id:"default"', "+state:active"], fl="id score")
    assert {d["id"] for d in r["response"]["docs"]} == {"id-1", "id-3"}
    assert all(d["score"] > 0 for d in r["response"]["docs"])
    r = _select(base, q="空气", defType="dismax", qf="name^4 title^4 tags^2 text", fl="id")
    assert [d["id"] for d in r["response"]["docs"]] == ["id-2"]
    r = _select(base, q="-budget", defType="dismax", qf="text", fl="id", fq='+site_id:"default"')
    assert {d["id"] for d in r["response"]["docs"]} == {"id-2"}

    # negation, ranges, wildcard, paging, sorting by date
    r = _select(base, q="*:*", fq=['-organization:finance'], fl="id")
    assert [d["id"] for d in r["response"]["docs"]] == ["id-2"]
    r = _select(base, q="metadata_modified:[2024-01-02T00:00:00Z TO NOW]", fl="id",
                sort="metadata_modified desc")
    assert [d["id"] for d in r["response"]["docs"]] == ["id-5", "id-4", "id-3", "id-2"]
    r = _select(base, q="name:budget*", fl="id", sort="id asc")
    assert [d["id"] for d in r["response"]["docs"]] == ["id-1"]
    r = _select(base, q="*:*", fl="id", sort="id asc", start=1, rows=2)
    assert r["response"]["numFound"] == 5 and [d["id"] for d in r["response"]["docs"]] == ["id-2", "id-3"]
    r = _select(base, q="*:*", rows=0, facet="true", facet_field="owner_org", facet_limit=-1)
    owner = r["facet_counts"]["facet_fields"]["owner_org"]
    assert r["response"]["docs"] == []
    assert owner == ["org-environment", 1, "org-finance", 4]  # facet.limit < 0: index order

    # a bad sort is reported the way CKAN recognises
    with pytest.raises(urllib.error.HTTPError) as e:
        _select(base, q="*:*", sort="name")
    assert e.value.code == 400
    assert "Can't determine a Sort Order" in json.load(e.value)["error"]["msg"]


def test_solr_lite_updates_deletes_and_persists(solr):
    base, data = solr
    _seed(base)
    # XML add (pysolr with boosts), re-adding the same key replaces the document
    xml = ("<add><doc><field name=\"index_id\">idx-1</field><field name=\"id\">id-1</field>"
           "<field name=\"name\">budget-2018</field><field name=\"title\">Renamed</field>"
           "<field name=\"site_id\">default</field><field name=\"tags\">a</field>"
           "<field name=\"tags\">b</field></doc></add>")
    _post(base + "/update?commit=true", xml.encode(), "text/xml; charset=utf-8")
    r = _select(base, q="id:id-1", fl="*")
    assert r["response"]["numFound"] == 1
    doc = r["response"]["docs"][0]
    assert doc["title"] == "Renamed" and doc["tags"] == ["a", "b"]
    assert "permission_labels" not in doc  # not stored in CKAN's schema

    # CKAN's delete_package query, then delete by id, then clear_index's query
    q = '+entity_type:package AND +(id:"id-2" OR name:"id-2") AND +site_id:"default"'
    _post(base + "/update?commit=true",
          ("<delete><query>%s</query></delete>" % q).encode(), "text/xml")
    _post(base + "/update", b"<delete><id>idx-3</id></delete>", "text/xml")
    _post(base + "/update", b"<commit />", "text/xml")
    ids = {d["id"] for d in _select(base, q="*:*", fl="id", rows=100)["response"]["docs"]}
    assert ids == {"id-1", "id-4", "id-5"}
    _post(base + "/update", json.dumps({"delete": {"query": '+site_id:"other"'}, "commit": {}}).encode(),
          "application/json")
    assert {d["id"] for d in _select(base, q="*:*", fl="id")["response"]["docs"]} == {"id-1", "id-4"}

    # the index file is written on commit and read back by a new store
    saved = json.loads(data.read_text(encoding="utf-8"))
    assert {d["id"] for d in saved["cores"]["ckan"]} == {"id-1", "id-4"}
    again = solr_lite.Store(solr_lite.Schema(), str(data))
    assert set(again.core("ckan").docs) == {"idx-1", "idx-4"}


def test_solr_lite_admin_endpoints(solr):
    base, _ = solr
    root = base.rsplit("/", 1)[0]
    with urllib.request.urlopen(base + "/admin/ping?wt=json") as r:
        assert json.load(r)["status"] == "OK"
    with urllib.request.urlopen(base + "/schema?wt=schema.xml") as r:
        assert b'name="ckan-2.12"' in r.read()
    with urllib.request.urlopen(base + "/schema/uniquekey") as r:
        assert json.load(r)["uniqueKey"] == "index_id"
    with urllib.request.urlopen(root + "/admin/cores?action=STATUS&wt=json") as r:
        assert "ckan" in json.load(r)["status"]
    with urllib.request.urlopen(root + "/admin/info/system?wt=json") as r:
        assert "solr-spec-version" in json.load(r)["lucene"]


def test_solr_lite_serves_ckans_schema_when_given():
    import glob

    hits = glob.glob(str(REPO / ".ckan-dev" / "venv" / "lib" / "python*" / "site-packages" / "ckan" /
                         "config" / "solr" / "schema.xml"))
    if not hits:
        pytest.skip("CKAN's venv is not installed (scripts/ckan-dev up)")
    schema = solr_lite.Schema(Path(hits[0]).read_text(encoding="utf-8"))
    assert schema.unique_key == "index_id"
    assert schema.field("title").kind == "text" and schema.field("name").kind == "string"
    assert schema.field("extras_foo").kind == "text" and schema.field("x_date").kind == "date"
    assert not schema.field("permission_labels").stored
    assert "text" in schema.copy_dests("notes")


def test_solr_lite_query_parser():
    p = solr_lite.parse_lucene
    tree = p('+entity_type:package AND +(id:"X" OR name:"X") AND +site_id:"default"', "text", "OR")
    assert [occ for occ, _ in tree.clauses] == ["MUST", "MUST", "MUST"]
    assert [occ for occ, _ in tree.clauses[1][1].clauses] == ["SHOULD", "SHOULD"]
    tree = p("a b -c", "text", "AND")
    assert [occ for occ, _ in tree.clauses] == ["MUST", "MUST", "MUST_NOT"]
    tree = p("a OR b", "text", "AND")
    assert [occ for occ, _ in tree.clauses] == ["SHOULD", "SHOULD"]
    assert isinstance(p("*:*"), solr_lite.MatchAll)
    with pytest.raises(solr_lite.SolrError):
        p("(unbalanced")
    assert solr_lite._min_should_match("2<-1 5<80%", 2) == 2
    assert solr_lite._min_should_match("2<-1 5<80%", 4) == 3
    assert solr_lite._min_should_match("2<-1 5<80%", 10) == 8
    assert solr_lite.analyze("Départements 预算") == ["departement", "预", "算"]
