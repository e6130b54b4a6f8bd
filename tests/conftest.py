"""Shared fixtures. The CKAN ones start the project's own CKAN (scripts/ckan-dev) on demand."""

from ckan_fixtures import ckan_anonymous, ckan_client, ckan_server  # noqa: F401
