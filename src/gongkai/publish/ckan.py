"""Publishing a released Data Package folder to CKAN: exact, idempotent and safe.

``publish_to_ckan(folder, url)`` makes the CKAN dataset hold exactly what the folder holds
(see :mod:`gongkai.publish.ckan_mapping` for the mapping) and sends only the difference:

1. every file to upload is staged (CSV, its XLSX copy, ``datapackage.json``, reports, the run
   record as HTML) and the release gate runs over the staged copies: a finding blocks the
   publish before any request is sent;
2. one ``package_show`` reads what CKAN has; resources are matched **by name** (the file's
   path in the package) and compared **by content hash** (``hash`` = ``sha256:...``), the
   DataStore by a fingerprint of the CSV and its field definitions (``gongkai_datastore``);
3. the plan (create / update / delete / unchanged per item) is carried out: new and changed
   files are uploaded (a changed file updates its resource in place, same id), resources gone
   from the package are deleted, each CSV is loaded into the DataStore typed from its Table
   Schema. An unchanged package costs one API call and uploads nothing.

A run stopped halfway (CKAN down, a timeout) leaves CKAN in a state the next run completes:
names are looked up before anything is created, and a DataStore load is only marked complete
after its last chunk. Timeouts, connection errors and 5xx answers are retried with bounded
exponential backoff; a create whose answer was lost is checked for before it is retried.

The API token comes from the ``token`` argument or ``$CKAN_API_TOKEN``; it is sent only in the
``Authorization`` header and never logged, printed, or written into anything uploaded.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .. import __version__
from ..errors import GongkaiError, InputError
from .ckan_mapping import (EXTRA_PREFIX, LocalFile, ckan_name, dataset_fields, gate_files,
                           load_descriptor, organization_identity, prepare_files, record_chunks,
                           secret_values)

log = logging.getLogger("gongkai.publish.ckan")

TOKEN_ENV = "CKAN_API_TOKEN"
RESOURCE_KEYS = ("description", "format", "mimetype", "hash", "gongkai_kind")
#: DataStore records per request: at most this many rows and about this many bytes of JSON.
CHUNK_ROWS = 20_000
CHUNK_BYTES = 4_000_000


# --- errors ----------------------------------------------------------------------------------

class CkanError(GongkaiError):
    """CKAN could not be brought to the package's state; names the dataset (and the field)."""

    def __init__(self, message: str, *, dataset: str | None = None, field: str | None = None,
                 action: str | None = None, status: int | None = None, path: str | None = None):
        super().__init__(message, path=path)
        self.dataset = dataset
        self.field = field
        self.action = action
        self.status = status


class CkanUnavailable(CkanError):
    """CKAN did not answer (connection refused, timeouts, 5xx) after the retries."""


class CkanRefused(CkanError):
    """401/403: the token is missing, wrong, or its user may not do this."""


class CkanRejected(CkanError):
    """409 / ValidationError: CKAN refused a value; ``field`` names it."""


class CkanConflict(CkanError):
    """The dataset name is taken on CKAN by a dataset gongkai did not publish."""


class _Transient(Exception):
    """A failure worth retrying; ``sent`` is False when the request never reached CKAN."""

    def __init__(self, reason: str, *, sent: bool, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.sent = sent
        self.status = status


# --- the plan and its result -----------------------------------------------------------------

@dataclass
class Action:
    target: str          # organization | dataset | resource | datastore
    name: str
    action: str          # create | update | delete | unchanged
    reason: str = ""
    id: str | None = None

    def line(self) -> str:
        text = f"{self.action:9} {self.target:12} {self.name}"
        return text + (f"  ({self.reason})" if self.reason else "")


@dataclass
class PublishResult:
    """What was (or, with ``dry_run``, would be) done, and what it cost."""

    dataset: str
    ckan_url: str
    dry_run: bool
    actions: list[Action] = field(default_factory=list)
    api_calls: dict[str, int] = field(default_factory=dict)   # HTTP requests by action
    uploads: int = 0
    bytes_uploaded: int = 0
    retries: int = 0
    seconds: float = 0.0
    id: str | None = None
    organization: str | None = None
    private: bool | None = None
    resources: dict[str, dict] = field(default_factory=dict)  # name -> id, url, hash, sha256

    @property
    def calls(self) -> int:
        return sum(self.api_calls.values())

    @property
    def changed(self) -> bool:
        return any(a.action != "unchanged" for a in self.actions)

    @property
    def dataset_url(self) -> str:
        return f"{self.ckan_url}/dataset/{self.dataset}"

    def count(self, action: str, target: str | None = None) -> int:
        return sum(a.action == action and (target is None or a.target == target)
                   for a in self.actions)

    def summary(self) -> str:
        counts = Counter(a.action for a in self.actions if a.target != "organization")
        verb = "plan for" if self.dry_run else "published"
        parts = ", ".join(f"{counts[k]} {k}" for k in ("create", "update", "delete", "unchanged")
                          if counts[k])
        return (f"{verb} {self.dataset} on {self.ckan_url}: {parts or 'nothing to do'}; "
                f"{self.calls} API calls, {self.uploads} uploads, {self.seconds:.2f} s")

    def format(self) -> str:
        """The plan as lines (``--dry-run`` prints this)."""
        head = f"{'DRY RUN: ' if self.dry_run else ''}{self.dataset_url}"
        return "\n".join([head] + ["  " + a.line() for a in self.actions] + [self.summary()])

    def as_dict(self) -> dict:
        data = asdict(self)
        data["calls"] = self.calls
        data["changed"] = self.changed
        return data


Plan = PublishResult


# --- the API client --------------------------------------------------------------------------

def _remote_class():
    import ckanapi

    class _Remote(ckanapi.RemoteCKAN):
        """RemoteCKAN that remembers the HTTP status of the last answer."""

        last_status: int | None = None

        def _request_fn(self, url, data, headers, files, requests_kwargs):
            self.last_status = None
            status, text = super()._request_fn(url, data, headers, files, requests_kwargs)
            self.last_status = status
            return status, text

    return _Remote


def _flatten_errors(errors, prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(errors, dict):
        for key, value in errors.items():
            if key == "__type":
                continue
            out += _flatten_errors(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(errors, list):
        if all(isinstance(v, str) for v in errors):
            out.append((prefix or "?", "; ".join(errors)))
        else:
            for i, value in enumerate(errors):
                if value:
                    out += _flatten_errors(value, f"{prefix}[{i}]")
    elif errors:
        out.append((prefix or "?", str(errors)))
    return out


class CkanClient:
    """ckanapi with counting, bounded retries and errors that name the dataset."""

    def __init__(self, url: str, token: str | None, *, dataset: str = "", retries: int = 5,
                 backoff: float = 0.5, max_backoff: float = 8.0,
                 timeout: tuple[float, float] = (10.0, 300.0),
                 sleep: Callable[[float], None] = time.sleep):
        self.url = url.rstrip("/")
        self._token = token or None
        self._remote = _remote_class()(self.url, apikey=self._token,
                                       user_agent=f"gongkai/{__version__} (ckanapi)")
        self.dataset = dataset
        self.retries = max(0, int(retries))
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.timeout = timeout
        self._sleep = sleep
        self.calls: Counter = Counter()
        self.uploads = 0
        self.bytes_uploaded = 0
        self.retried = 0

    def __repr__(self) -> str:                        # never the token
        return f"CkanClient({self.url!r}, token={'set' if self._token else 'none'})"

    def close(self) -> None:
        self._remote.close()

    def _redact(self, text: str) -> str:
        text = str(text)
        if self._token:
            text = text.replace(self._token, "〔token〕")
        return text[:400]

    def _once(self, action: str, data: dict, upload: LocalFile | None):
        import ckanapi
        import requests

        self.calls[action] += 1
        kwargs = {"requests_kwargs": {"timeout": self.timeout}}
        try:
            if upload is None:
                return self._remote.call_action(action, data, **kwargs)
            with open(upload.path, "rb") as fh:
                result = self._remote.call_action(
                    action, data, files={"upload": (upload.path.name, fh, upload.mimetype)}, **kwargs)
            self.uploads += 1
            self.bytes_uploaded += upload.size
            return result
        except (requests.exceptions.ConnectTimeout,) as exc:
            raise _Transient(f"connect timeout ({type(exc).__name__})", sent=False) from None
        except requests.exceptions.ConnectionError as exc:
            refused = "NewConnectionError" in repr(exc) or "Connection refused" in str(exc)
            raise _Transient("connection refused" if refused else "connection error",
                             sent=not refused) from None
        except (requests.exceptions.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
            raise _Transient(f"no answer in time ({type(exc).__name__})", sent=True) from None
        except ckanapi.errors.SearchIndexError:
            raise _Transient("CKAN's search index failed (500)", sent=True,
                             status=self._remote.last_status) from None
        except (ckanapi.errors.CKANAPIError, ckanapi.errors.ServerIncompatibleError) as exc:
            if isinstance(exc, (ckanapi.NotAuthorized, ckanapi.NotFound, ckanapi.ValidationError)):
                raise
            status = self._remote.last_status
            if status is None or status >= 500 or status in (408, 429):
                raise _Transient(f"HTTP {status}", sent=status not in (429,), status=status) from None
            if status in (401, 403):
                raise ckanapi.NotAuthorized({"message": f"HTTP {status}"}) from None
            raise CkanError(f"CKAN answered {action} with HTTP {status}: {self._redact(exc)}",
                            dataset=self.dataset, action=action, status=status) from None

    def call(self, action: str, data: dict | None = None, *, what: str = "",
             upload: LocalFile | None = None, idempotent: bool = True,
             probe: Callable[[], object] | None = None):
        """One action, retried on transient failures. A non-idempotent action (a create) whose
        request may have reached CKAN is retried only after ``probe`` says it did not happen
        (``probe`` returns the existing object, which is then returned)."""
        import ckanapi

        data = dict(data or {})
        attempts = 1 + self.retries
        last: _Transient | None = None
        for attempt in range(attempts):
            if attempt:
                delay = min(self.max_backoff, self.backoff * (2 ** (attempt - 1)))
                log.info("CKAN %s for %s: %s; retry %d/%d in %.1f s", action, self.dataset,
                         last.reason, attempt, attempts - 1, delay)
                self.retried += 1
                self._sleep(delay)
                if last.sent and not idempotent:
                    found = self._probe(probe)
                    if found is not None:
                        return found
            try:
                started = time.perf_counter()
                result = self._once(action, data, upload)
                log.debug("CKAN %s %s %s: %.2f s", action, self.dataset, what,
                          time.perf_counter() - started)
                return result
            except _Transient as exc:
                last = exc
                if exc.sent and not idempotent and probe is None:
                    raise                     # the caller repeats the whole unit of work
            except ckanapi.NotAuthorized as exc:
                raise self._refused(action, what, exc) from None
            except ckanapi.ValidationError as exc:
                raise self._rejected(action, what, exc) from None
        raise CkanUnavailable(
            f"CKAN at {self.url} did not complete {action} for dataset {self.dataset!r}"
            f"{' (' + what + ')' if what else ''} after {attempts} attempt(s): {last.reason}. "
            "Nothing is lost: run the publish again when CKAN is back.",
            dataset=self.dataset, action=action, status=last.status)

    def _probe(self, probe):
        try:
            return probe()
        except (_Transient, CkanError):
            return None

    def _token_has_user(self) -> bool:
        """Whether CKAN knows the token's user: ``user_show`` without an id shows the caller,
        and fails for an anonymous one (an unknown token). CKAN's refusal messages are
        translated into the site's language, so they are not read for this."""
        self.calls["user_show"] += 1
        try:
            return bool(self._remote.call_action("user_show", {},
                                                 requests_kwargs={"timeout": self.timeout}))
        except Exception:  # noqa: BLE001 - any failure means: not a known user
            return False

    def _refused(self, action, what, exc) -> CkanRefused:
        err = getattr(exc, "extra_msg", None) or (exc.args[0] if exc.args else {})
        message = err.get("message", "") if isinstance(err, dict) else str(err)
        anonymous = not self._token or not self._token_has_user()
        hint = ("CKAN treated the request as anonymous: set CKAN_API_TOKEN to a valid API token"
                if anonymous else "the token's user lacks the permission (is it a member/editor "
                "of the organization, or a sysadmin?)")
        return CkanRefused(f"CKAN refused {action} for dataset {self.dataset!r}"
                           f"{' (' + what + ')' if what else ''}: not authorized (401/403): "
                           f"{self._redact(message)}; {hint}",
                           dataset=self.dataset, action=action, status=403)

    def _rejected(self, action, what, exc) -> CkanRejected:
        errors = getattr(exc, "error_dict", None) or {}
        pairs = _flatten_errors(errors) or [("?", self._redact(exc))]
        fields = ", ".join(f"field {name!r}: {self._redact(msg)}" for name, msg in pairs)
        return CkanRejected(f"CKAN rejected {action} for dataset {self.dataset!r}"
                            f"{' (' + what + ')' if what else ''} (409 validation error): {fields}",
                            dataset=self.dataset, field=pairs[0][0], action=action, status=409)

    # reads that treat "not found" as None
    def show(self, action: str, ident: str, **extra):
        import ckanapi

        try:
            return self.call(action, {"id": ident, **extra}, what=ident)
        except ckanapi.NotFound:
            return None


# --- planning --------------------------------------------------------------------------------

@dataclass
class _Step:
    action: Action
    local: LocalFile | None = None
    remote: dict | None = None
    upload: bool = False


def _extras_dict(pkg: dict) -> dict[str, str]:
    return {e["key"]: e.get("value") for e in pkg.get("extras") or [] if "key" in e}


def _org_name(pkg: dict) -> str | None:
    org = pkg.get("organization") or {}
    return org.get("name") if isinstance(org, dict) else None


def _dataset_diff(existing: dict, desired: dict, org_name: str | None,
                  private: bool | None) -> list[str]:
    diff = []
    for key in ("title", "license_id", "version"):
        if (existing.get(key) or "") != (desired[key] or ""):
            diff.append(key)
    if (existing.get("notes") or "") != desired["notes"]:
        diff.append("notes")
    if sorted(t.get("name") for t in existing.get("tags") or []) != desired["tags"]:
        diff.append("tags")
    ours = {k: v for k, v in _extras_dict(existing).items() if k.startswith(EXTRA_PREFIX)}
    if ours != desired["extras"]:
        diff.append("extras")
    if org_name and _org_name(existing) != org_name:
        diff.append("organization")
    if private is not None and bool(existing.get("private")) != private:
        diff.append("private")
    if existing.get("state") not in (None, "active"):
        diff.append("state")
    return diff


def _resource_meta(f: LocalFile, marker: str | None) -> dict:
    meta = {"name": f.name, "description": f.description, "format": f.format,
            "mimetype": f.mimetype, "hash": f.hash, "gongkai_kind": f.kind}
    if f.datastore is not None:
        meta["gongkai_datastore"] = marker or ""
    return meta


def _resource_diff(remote: dict, f: LocalFile) -> tuple[bool, list[str]]:
    """(upload needed, metadata keys that differ)."""
    upload = remote.get("hash") != f.hash or remote.get("url_type") != "upload" \
        or not remote.get("url")
    meta = _resource_meta(f, None)
    keys = [k for k in RESOURCE_KEYS if k != "hash" and (remote.get(k) or "") != meta[k]]
    return upload, keys


def _datastore_done(remote: dict | None, f: LocalFile) -> bool:
    return bool(remote and remote.get("datastore_active")
                and remote.get("gongkai_datastore") == f.marker)


def _plan(existing: dict | None, files: list[LocalFile], ds_name: str, desired: dict,
          org_name: str | None, private: bool | None) -> tuple[Action, list[_Step], list[_Step]]:
    if existing is None:
        ds_action = Action("dataset", ds_name, "create")
        remote_resources: list[dict] = []
    else:
        diff = _dataset_diff(existing, desired, org_name, private)
        ds_action = Action("dataset", ds_name, "update" if diff else "unchanged",
                           ", ".join(diff), existing.get("id"))
        remote_resources = [r for r in existing.get("resources") or []
                            if r.get("state", "active") == "active"]
    by_name: dict[str, dict] = {}
    duplicates: list[dict] = []
    for r in remote_resources:
        if r.get("name") in by_name:
            duplicates.append(r)
        else:
            by_name[r.get("name")] = r
    steps: list[_Step] = []
    for f in files:
        remote = by_name.get(f.name)
        if remote is None:
            steps.append(_Step(Action("resource", f.name, "create", f"{f.size} bytes"), f, None, True))
        else:
            upload, keys = _resource_diff(remote, f)
            if upload:
                reason = "content changed" if remote.get("hash") else "no content hash on CKAN"
                steps.append(_Step(Action("resource", f.name, "update", reason, remote["id"]),
                                   f, remote, True))
            elif keys:
                steps.append(_Step(Action("resource", f.name, "update", "metadata: " + ", ".join(keys),
                                          remote["id"]), f, remote, False))
            else:
                steps.append(_Step(Action("resource", f.name, "unchanged", "", remote["id"]),
                                   f, remote, False))
        if f.datastore is not None:
            file_step = steps[-1]
            if file_step.upload or not _datastore_done(remote, f):
                act = "update" if remote and remote.get("datastore_active") else "create"
                reason = f"{len(f.datastore['table'].rows)} rows"
                if not file_step.upload:
                    reason += ", DataStore incomplete or out of date"
                steps.append(_Step(Action("datastore", f.name, act, reason,
                                          remote and remote.get("id")), f, remote))
            else:
                steps.append(_Step(Action("datastore", f.name, "unchanged", "", remote["id"]),
                                   f, remote))
    wanted = {f.name for f in files}
    deletes: list[_Step] = []
    for name, r in by_name.items():
        if name in wanted:
            continue
        if r.get("gongkai_kind"):
            deletes.append(_Step(Action("resource", name, "delete", "no longer in the package",
                                        r["id"]), None, r))
        else:
            steps.append(_Step(Action("resource", name, "unchanged",
                                      "kept: not published by gongkai", r["id"]), None, r))
    for r in duplicates:
        deletes.append(_Step(Action("resource", r.get("name") or r["id"], "delete", "duplicate name",
                                    r["id"]), None, r))
    return ds_action, steps, deletes


# --- carrying it out -------------------------------------------------------------------------

class _Publisher:
    def __init__(self, client: CkanClient, ds_name: str):
        self.client = client
        self.name = ds_name
        self.pkg_id: str | None = None

    def find_resource(self, name: str) -> dict | None:
        pkg = self.client.show("package_show", self.pkg_id or self.name)
        for r in (pkg or {}).get("resources") or []:
            if r.get("name") == name and r.get("state", "active") == "active":
                return r
        return None

    def ensure_org(self, org_name: str, org_title: str, dry_run: bool) -> Action:
        org = self.client.show("organization_show", org_name)
        if org is not None:
            return Action("organization", org_name, "unchanged", "", org.get("id"))
        if dry_run:
            return Action("organization", org_name, "create", org_title or "")
        created = self.client.call(
            "organization_create", {"name": org_name, "title": org_title or org_name},
            what=f"organization {org_name}", idempotent=False,
            probe=lambda: self.client.show("organization_show", org_name))
        return Action("organization", org_name, "create", org_title or "", created.get("id"))

    def create_dataset(self, desired: dict, org_name: str, private: bool | None) -> dict:
        data = self._dataset_data(desired, org_name, private if private is not None else False)
        data["name"] = self.name
        return self.client.call("package_create", data, what="dataset", idempotent=False,
                                probe=lambda: self.client.show("package_show", self.name))

    def update_dataset(self, existing: dict, desired: dict, org_name: str | None,
                       private: bool | None, diff: str) -> dict:
        data = {"id": existing["id"]}
        full = self._dataset_data(desired, org_name, private)
        keys = {k.strip() for k in diff.split(",") if k.strip()}
        for key in ("title", "notes", "license_id", "version", "tags"):
            if key in keys:
                data[key] = full[key]
        if "extras" in keys:
            foreign = [e for e in existing.get("extras") or []
                       if not str(e.get("key", "")).startswith(EXTRA_PREFIX)]
            data["extras"] = foreign + full["extras"]
        if "organization" in keys and org_name:
            data["owner_org"] = org_name
        if "private" in keys:
            data["private"] = private
        if "state" in keys:
            data["state"] = "active"
        return self.client.call("package_patch", data, what="dataset metadata")

    @staticmethod
    def _dataset_data(desired: dict, org_name: str | None, private: bool | None) -> dict:
        data = {k: desired[k] for k in ("title", "notes", "license_id", "version")}
        data["tags"] = [{"name": t} for t in desired["tags"]]
        data["extras"] = [{"key": k, "value": v} for k, v in sorted(desired["extras"].items())]
        if org_name:
            data["owner_org"] = org_name
        if private is not None:
            data["private"] = private
        return data

    def put_file(self, step: _Step, *, single_chunk: bool) -> dict:
        """Create or update a resource, uploading its file when needed. The DataStore marker is
        written with the upload only when the load is one call; otherwise after the last chunk."""
        f = step.local
        marker = f.marker if (f.datastore is not None and single_chunk) else None
        meta = _resource_meta(f, marker)
        what = f"resource {f.name}"
        if step.action.action == "create":
            created = self.client.call(
                "resource_create", {"package_id": self.pkg_id, **meta}, what=what, upload=f,
                idempotent=False, probe=lambda: self.find_resource(f.name))
            if created.get("hash") == f.hash and created.get("url_type") == "upload":
                return created
            step.remote = created                                  # found by the probe: stale
        rid = step.remote["id"]
        if step.upload or step.action.action == "create":
            if f.datastore is not None and step.remote.get("datastore_active"):
                # the old table goes first: a run stopped after the upload must not leave the
                # new file next to the old rows marked as current
                self.drop_datastore(rid, what)
            return self.client.call("resource_patch", {"id": rid, **meta}, what=what, upload=f)
        if f.datastore is not None and step.remote.get("gongkai_datastore") == f.marker:
            meta["gongkai_datastore"] = f.marker
        return self.client.call("resource_patch", {"id": rid, **meta}, what=what)

    def drop_datastore(self, rid: str, what: str) -> None:
        import ckanapi

        try:
            self.client.call("datastore_delete", {"resource_id": rid, "force": True},
                             what=what)
        except ckanapi.NotFound:
            pass

    def load_datastore(self, resource: dict, f: LocalFile, *, active: bool,
                       marker_set: bool) -> None:
        """Create the resource's DataStore views, drop any old table, then datastore_create
        (first chunk) and datastore_upsert (the rest), then mark the resource. A transient
        failure after a request may have reached CKAN restarts the whole load (an insert is
        not safe to repeat)."""
        rid = resource["id"]
        what = f"DataStore of {f.name}"
        spec = f.datastore
        chunks = _chunks(f)
        if marker_set and len(chunks) > 1:
            # a load in several requests is only marked complete after its last one
            self.client.call("resource_patch", {"id": rid, "gongkai_datastore": ""}, what=what)
            marker_set = False
        self.ensure_datastore_views(resource, what)
        attempts = 1 + self.client.retries
        for attempt in range(attempts):
            try:
                if active or attempt:
                    self.drop_datastore(rid, what)
                first = chunks[0] if chunks else []
                data = {"resource_id": rid, "force": True, "fields": spec["fields"],
                        "records": first, "calculate_record_count": len(chunks) <= 1}
                if spec["primary_key"]:
                    data["primary_key"] = spec["primary_key"]
                self.client.call("datastore_create", data, what=what, idempotent=False)
                for i, chunk in enumerate(chunks[1:], start=2):
                    self.client.call("datastore_upsert",
                                     {"resource_id": rid, "force": True, "method": "insert",
                                      "records": chunk, "calculate_record_count": i == len(chunks)},
                                     what=f"{what}, chunk {i}/{len(chunks)}", idempotent=False)
                if attempt:
                    # after a restart, an earlier request may still have landed: count the rows
                    total = self.client.call("datastore_search", {"resource_id": rid, "limit": 0},
                                             what=what).get("total")
                    if total != len(spec["table"].rows):
                        raise _Transient(f"{total} rows in the DataStore, expected "
                                         f"{len(spec['table'].rows)}", sent=True)
                break
            except _Transient as exc:
                if attempt == attempts - 1:
                    raise CkanUnavailable(
                        f"CKAN at {self.client.url} did not complete loading the DataStore of "
                        f"{f.name} for dataset {self.name!r}: {exc.reason}. Run the publish again.",
                        dataset=self.name, action="datastore_create") from None
                delay = min(self.client.max_backoff, self.client.backoff * 2 ** attempt)
                log.info("DataStore load of %s for %s interrupted (%s); starting it again in %.1f s",
                         f.name, self.name, exc.reason, delay)
                self.client.retried += 1
                self.client._sleep(delay)
        if not marker_set:
            self.client.call("resource_patch", {"id": rid, "gongkai_datastore": f.marker},
                             what=what)

    def ensure_datastore_views(self, resource: dict, what: str) -> None:
        """The site's default views for DataStore tables (datatables_view where the site
        lists it in ``ckan.views.default_views``), as xloader makes them. CKAN creates none
        when ``datastore_create`` is called directly. They are made before the load, so that
        a load marked complete always has its preview: CKAN decides from the resource dict
        passed in, which says the table is about to be there; views that exist are kept."""
        self.client.call("resource_create_default_resource_views",
                         {"resource": {**resource, "datastore_active": True},
                          "create_datastore_views": True}, what=f"views of {what}")

    def delete_resource(self, rid: str, name: str) -> None:
        import ckanapi

        try:
            self.client.call("resource_delete", {"id": rid}, what=f"resource {name}")
        except ckanapi.NotFound:
            pass


def _chunks(f: LocalFile) -> list[list[dict]]:
    if "chunks" not in f.datastore:
        f.datastore["chunks"] = list(record_chunks(f.datastore["table"], max_rows=CHUNK_ROWS,
                                                   max_bytes=CHUNK_BYTES))
    return f.datastore["chunks"]


def _verify(pkg: dict, files: list[LocalFile], name: str) -> dict[str, dict]:
    active = [r for r in pkg.get("resources") or [] if r.get("state", "active") == "active"]
    out: dict[str, dict] = {}
    problems = []
    for f in files:
        found = [r for r in active if r.get("name") == f.name]
        if len(found) != 1:
            problems.append(f"{f.name}: {len(found)} resources")
            continue
        r = found[0]
        if r.get("hash") != f.hash:
            problems.append(f"{f.name}: hash differs")
        if f.datastore is not None and not _datastore_done(r, f):
            problems.append(f"{f.name}: DataStore not loaded")
        out[f.name] = {"id": r["id"], "url": r.get("url"), "hash": r.get("hash"),
                       "sha256": f.sha256, "size": f.size, "last_modified": r.get("last_modified")}
    if problems:
        raise CkanError(f"after publishing, CKAN does not hold dataset {name!r} as expected: "
                        + "; ".join(problems) + ". Run the publish again.", dataset=name)
    return out


def publish_to_ckan(dataset_dir: Path | str, ckan_url: str, *, token: str | None = None,
                    org: str | None = None, dry_run: bool = False, private: bool | None = None,
                    name: str | None = None, retries: int = 5, backoff: float = 0.5,
                    timeout: tuple[float, float] = (10.0, 300.0)) -> PublishResult:
    """Make the CKAN dataset for ``dataset_dir`` hold exactly the package's files.

    ``token`` defaults to ``$CKAN_API_TOKEN``. ``org`` (a CKAN organisation name, or a title
    that is given a stable name) defaults to the package's ``gongkai.organization``; it is
    created when missing. ``private`` None keeps an existing dataset's visibility (new ones are
    public). ``name`` overrides the CKAN name (default: the package name, made CKAN-safe).
    ``dry_run`` computes the plan (reading CKAN) and changes nothing.

    Raises :class:`~gongkai.errors.ReleaseBlocked` when the release gate finds personal data or
    a secret in any file to upload (nothing is sent), :class:`CkanError` subclasses when CKAN
    refuses or is unreachable, :class:`~gongkai.errors.InputError` for a broken package.
    """
    started = time.perf_counter()
    dataset_dir = Path(dataset_dir)
    if not ckan_url or not str(ckan_url).startswith(("http://", "https://")):
        raise InputError(f"not a CKAN URL: {ckan_url!r} (expected http(s)://...)")
    ckan_url = str(ckan_url).rstrip("/")
    descriptor = load_descriptor(dataset_dir)
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    token = (token or "").strip() or None
    ds_name = ckan_name(name or descriptor.get("name") or dataset_dir.name)
    org_name, org_title = organization_identity(org or (descriptor.get("gongkai") or {})
                                                .get("organization"))
    if not dry_run and not token:
        raise CkanRefused(f"no CKAN API token for dataset {ds_name!r}: set {TOKEN_ENV}",
                          dataset=ds_name, path=str(dataset_dir))
    result = PublishResult(ds_name, ckan_url, dry_run, organization=org_name, private=private)
    secrets = secret_values(token)
    client = CkanClient(ckan_url, token, dataset=ds_name, retries=retries, backoff=backoff,
                        timeout=timeout)
    try:
        with tempfile.TemporaryDirectory(prefix="gongkai-ckan-") as work:
            staging = Path(work)
            files = prepare_files(dataset_dir, descriptor, staging, secrets=secrets)
            gate_files(staging, descriptor, files, secrets=secrets, dataset=str(dataset_dir))
            desired = dataset_fields(descriptor)

            existing = client.show("package_show", ds_name)
            if existing is not None:
                extras = _extras_dict(existing)
                owner = extras.get(EXTRA_PREFIX + "package")
                if owner is None:
                    raise CkanConflict(
                        f"the name {ds_name!r} is already used on {ckan_url} by a dataset gongkai "
                        "did not publish; rename the package or pass another name",
                        dataset=ds_name, field="name", path=str(dataset_dir))
                if owner != descriptor.get("name") and name is None:
                    raise CkanConflict(
                        f"the CKAN dataset {ds_name!r} holds package {owner!r}, not "
                        f"{descriptor.get('name')!r}", dataset=ds_name, field="name",
                        path=str(dataset_dir))
                result.id = existing.get("id")
                result.private = bool(existing.get("private"))
            if existing is None and not org_name:
                raise CkanError(f"no organization for new dataset {ds_name!r}: pass --org (or "
                                "set gongkai.organization in the package)", dataset=ds_name,
                                field="owner_org", path=str(dataset_dir))
            ds_action, steps, deletes = _plan(existing, files, ds_name, desired, org_name, private)
            pub = _Publisher(client, ds_name)
            needs_org = org_name and (existing is None or _org_name(existing) != org_name)
            if needs_org:
                result.actions.append(pub.ensure_org(org_name, org_title, dry_run=dry_run))
            result.actions.append(ds_action)
            result.actions += [s.action for s in steps] + [s.action for s in deletes]
            if dry_run:
                if existing is not None:
                    result.resources = {s.local.name: {"id": s.remote["id"], "hash": s.remote.get("hash")}
                                        for s in steps if s.local and s.remote}
                log.info("%s", result.format())
                return result

            # -- carry it out (the organisation, if missing, was created above)
            if ds_action.action == "create":
                pkg = pub.create_dataset(desired, org_name, private)
                ds_action.id = pkg["id"]
                if pkg.get("resources"):          # found by the probe after a lost answer
                    _, steps, deletes = _plan(pkg, files, ds_name, desired, org_name, private)
                    result.actions = [a for a in result.actions if a.target in
                                      ("organization", "dataset")]
                    result.actions += [s.action for s in steps] + [s.action for s in deletes]
            elif ds_action.action == "update":
                pkg = pub.update_dataset(existing, desired, org_name, private, ds_action.reason)
            else:
                pkg = existing
            pub.pkg_id = pkg["id"]
            result.id = pkg["id"]
            result.private = bool(pkg.get("private"))
            uploaded: dict[str, dict] = {}
            for step in steps:
                a = step.action
                if a.target == "resource" and a.action in ("create", "update") and step.local:
                    single = step.local.datastore is None or len(_chunks(step.local)) <= 1
                    res = pub.put_file(step, single_chunk=single)
                    a.id = res["id"]
                    uploaded[step.local.name] = res
                    log.info("%s %s: %s resource %s", ckan_url, ds_name, a.action, a.name)
                elif a.target == "datastore" and a.action != "unchanged":
                    res = uploaded.get(step.local.name) or step.remote
                    a.id = res["id"]
                    pub.load_datastore(res, step.local,
                                       active=bool(res.get("datastore_active")),
                                       marker_set=res.get("gongkai_datastore") == step.local.marker)
                    log.info("%s %s: loaded DataStore of %s (%s)", ckan_url, ds_name, a.name,
                             a.reason)
            for step in deletes:
                pub.delete_resource(step.action.id, step.action.name)
                log.info("%s %s: deleted resource %s (%s)", ckan_url, ds_name, step.action.name,
                         step.action.reason)
            if result.changed:
                final = client.show("package_show", pkg["id"])
                result.resources = _verify(final or {}, files, ds_name)
            else:
                result.resources = _verify(existing, files, ds_name)
    finally:
        client.close()
        result.api_calls = dict(client.calls)
        result.uploads = client.uploads
        result.bytes_uploaded = client.bytes_uploaded
        result.retries = client.retried
        result.seconds = round(time.perf_counter() - started, 3)
    log.info("%s", result.summary())
    return result


def publish_configured(dataset_dir: Path | str, *, org: str | None = None,
                       url: str | None = None) -> PublishResult | None:
    """For the batch: publish when ``$GONGKAI_CKAN_URL`` (or ``url``) is set, else None.
    Organisation: ``org``, else ``$GONGKAI_CKAN_ORG``, else the package's own."""
    url = url or os.environ.get("GONGKAI_CKAN_URL")
    if not url:
        return None
    return publish_to_ckan(dataset_dir, url, org=org or os.environ.get("GONGKAI_CKAN_ORG") or None)


__all__ = ["publish_to_ckan", "publish_configured", "PublishResult", "Plan", "Action",
           "CkanClient", "CkanError", "CkanUnavailable", "CkanRefused", "CkanRejected",
           "CkanConflict", "TOKEN_ENV"]
