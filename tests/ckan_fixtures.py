"""Pytest fixtures for tests that talk to a real CKAN (see scripts/README-ckan.md).

Import them in tests/conftest.py::

    from ckan_fixtures import ckan_server, ckan_client, ckan_anonymous  # noqa: F401

``ckan_server`` (session) makes sure a CKAN answers and returns a :class:`CkanServer` with
``url``, ``token`` and ``token_file``. By default it is the local one from
``scripts/ckan-dev up``, which it runs when that CKAN does not answer yet (cold, that installs
Debian packages and CKAN's own venv: a minute or two). It leaves CKAN running after the
session: ``scripts/ckan-dev down`` stops it.

To test against another CKAN instead, set ``CKAN_URL`` and either ``CKAN_API_TOKEN_FILE`` or
``CKAN_API_TOKEN`` (a sysadmin's token); ckan-dev is then not used.

Tests isolate themselves with :func:`unique_name` and purge what they create.
"""
from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CKAN_DEV = REPO / "scripts" / "ckan-dev"
UP_TIMEOUT = 20 * 60  # cold: apt-get + pip install ckan + db init


@dataclass(frozen=True)
class CkanServer:
    url: str
    token_file: Path | None
    token: str = field(repr=False)  # never shown in reprs or assertion messages


def unique_name(prefix: str = "gk-test") -> str:
    """A CKAN-valid name (lower case and -), unique enough to isolate a test. Letters only: a
    random run of digits can be a phone number to the release gate (gk-test-batch-059155395198 read
    as a landline and blocked the publish: one CI run in a few hundred)."""
    return "%s-%s" % (prefix, "".join(secrets.choice(string.ascii_lowercase) for _ in range(12)))


def _answers(url: str, token: str | None = None, user: str = "gongkai_admin") -> bool:
    """True when CKAN answers status_show (and, given a token, accepts it as user's)."""
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/api/3/action/status_show", timeout=5) as r:
            if not json.load(r).get("success"):
                return False
        if token is None:
            return True
        req = urllib.request.Request(
            url.rstrip("/") + "/api/3/action/api_token_list", data=json.dumps({"user_id": user}).encode(),
            headers={"Authorization": token, "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return bool(json.load(r).get("success"))
    except (OSError, ValueError, urllib.error.URLError):
        return False


def _read_token(path: Path) -> str | None:
    try:
        token = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return token or None


def _external_server() -> CkanServer | None:
    url = os.environ.get("CKAN_URL")
    if not url:
        return None
    token_file = os.environ.get("CKAN_API_TOKEN_FILE")
    token = os.environ.get("CKAN_API_TOKEN") or (_read_token(Path(token_file)) if token_file else None)
    if not token:
        pytest.fail("CKAN_URL is set but neither CKAN_API_TOKEN nor a readable CKAN_API_TOKEN_FILE is")
    # CKAN has no "who am I" action: an external token is only checked by the tests' own calls.
    if not _answers(url):
        pytest.fail("the CKAN at CKAN_URL=%s does not answer status_show" % url)
    return CkanServer(url.rstrip("/"), Path(token_file) if token_file else None, token)


def _local_defaults() -> tuple[str, Path]:
    home = Path(os.environ.get("CKAN_DEV_HOME") or REPO / ".ckan-dev")
    port = int(os.environ.get("CKAN_DEV_PORT") or 5055)
    return "http://127.0.0.1:%d" % port, home / "api-token"


def start_local_ckan() -> CkanServer:
    """Run ``scripts/ckan-dev up`` unless its CKAN already answers with a valid token."""
    url, token_file = _local_defaults()
    token = _read_token(token_file)
    if token and _answers(url, token):
        return CkanServer(url, token_file, token)
    try:
        p = subprocess.run([str(CKAN_DEV), "up"], capture_output=True, text=True, timeout=UP_TIMEOUT,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail("scripts/ckan-dev up did not finish in %d s" % UP_TIMEOUT)
    if p.returncode != 0:
        pytest.fail("scripts/ckan-dev up failed (exit %d):\n%s" % (p.returncode, p.stderr[-4000:]),
                    pytrace=False)
    values = dict(line.split("=", 1) for line in p.stdout.splitlines() if "=" in line)
    url = values.get("CKAN_URL", url)
    token_file = Path(values.get("CKAN_API_TOKEN_FILE", token_file))
    token = _read_token(token_file)
    if not token:
        pytest.fail("scripts/ckan-dev up left no API token in %s" % token_file)
    return CkanServer(url, token_file, token)


@pytest.fixture(scope="session")
def ckan_server() -> CkanServer:
    """A running CKAN: ``.url``, ``.token`` (a sysadmin's API token) and ``.token_file``."""
    return _external_server() or start_local_ckan()


@pytest.fixture(scope="session")
def ckan_client(ckan_server):
    """A ``ckanapi.RemoteCKAN`` acting as the sysadmin."""
    import ckanapi

    return ckanapi.RemoteCKAN(ckan_server.url, apikey=ckan_server.token, user_agent="gongkai-tests")


@pytest.fixture(scope="session")
def ckan_anonymous(ckan_server):
    """A ``ckanapi.RemoteCKAN`` without a token (what the public sees)."""
    import ckanapi

    return ckanapi.RemoteCKAN(ckan_server.url, user_agent="gongkai-tests-anonymous")


@pytest.fixture(scope="session")
def sample_packages(tmp_path_factory) -> list[Path]:
    """gongkai's own batch run over raw/: the released Data Packages of the samples (gazette,
    budget, listing and the six spreadsheets of kind table)."""
    out = tmp_path_factory.mktemp("published")
    env = {k: v for k, v in os.environ.items()
           if k not in ("GONGKAI_CKAN_URL", "CKAN_API_TOKEN", "GONGKAI_PSEUDONYM_KEY_FILE")}
    env["GONGKAI_PSEUDONYM_KEY"] = "test-key-0123456789abcdef"
    p = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(REPO / "raw"),
                        "--out", str(out)], capture_output=True, text=True, env=env, timeout=900,
                       cwd=str(REPO), stdin=subprocess.DEVNULL)
    folders = sorted(p.parent for p in out.glob("*/datapackage.json"))
    if p.returncode != 0 or len(folders) < 9:
        pytest.fail("gongkai batch did not release the nine samples (exit %d):\n%s"
                    % (p.returncode, (p.stdout + p.stderr)[-3000:]), pytrace=False)
    return folders
