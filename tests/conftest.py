"""Shared fixtures and settings.

The CKAN fixtures start the project's own CKAN (scripts/ckan-dev) on demand. Hypothesis runs
without deadlines (two shared cores make timings noisy) and, in CI, derandomised so that a run
can be repeated exactly; locally it explores new examples each run.
"""

import os

from hypothesis import HealthCheck, settings

from ckan_fixtures import ckan_anonymous, ckan_client, ckan_server  # noqa: F401

settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")
