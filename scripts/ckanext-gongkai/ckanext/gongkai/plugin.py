"""gongkai_portal: a CKAN portal of gongkai's datasets as a Chinese citizen meets it.

* Facets a citizen uses besides the organisation (the office) and tags. gongkai's publisher
  (``gongkai.publish.ckan_mapping.dataset_extras``) records the period a dataset covers and its
  kind as extras; CKAN indexes extras as tokenised text, which cannot be a facet. The plugin
  copies them into two plain string fields of the index (CKAN's schema keeps any other field
  as an indexed string) and names the facets in Chinese: ``period`` (时期) from
  ``gongkai_period``; ``kind`` (类别) from ``gongkai_kind_title`` (the kind's Chinese title,
  e.g. 政府公报), else ``gongkai_kind``. They appear where ``search.facets`` lists them, and at
  the end otherwise.
* The provenance extras under readable Chinese labels on the dataset page, and a home page
  without CKAN's placeholder picture.
* A mend for CKAN 2.12's JavaScript with locales that carry a script, such as ``zh_Hans_CN``:
  the page said ``<html lang="zh-Hans-CN">``; the client asks ``/api/i18n/`` for that tag with
  only its first ``-`` made ``_`` (``zh_Hans-CN``), CKAN refuses it (400), and the page's
  JavaScript modules, the DataStore table preview among them, never start; moment.js has no
  ``zh-hans-cn`` either and writes dates in English. The page now says ``zh-CN`` (the region
  implies the script), and ``/api/i18n/zh_CN`` answers with the locale's translations.
"""
from __future__ import annotations

import ckan.plugins as plugins
import ckan.plugins.toolkit as toolkit
from flask import Blueprint

EXTRAS_PREFIX = "extras_"
#: index field -> extras it is taken from, first one present wins
INDEX_FIELDS = {
    "period": ("gongkai_period",),
    "kind": ("gongkai_kind_title", "gongkai_kind"),
}
FACET_TITLES = {"period": "时期", "kind": "类别"}
#: the publisher's provenance extras as the dataset page names them
EXTRA_LABELS = {
    "gongkai_kind_title": "类别",
    "gongkai_kind": "类别代码",
    "gongkai_period": "时期",
    "gongkai_package": "数据包名称",
    "gongkai_package_version": "数据包版本",
    "gongkai_package_created": "数据包生成时间",
    "gongkai_source": "来源文件",
    "gongkai_source_sha256": "来源文件 SHA-256",
    "gongkai_source_withheld": "原件未公开",
    "gongkai_schema": "表结构（Table Schema）",
    "gongkai_run_id": "处理批次",
    "gongkai_run_record_sha256": "处理记录 SHA-256",
    "gongkai_version": "gongkai 版本",
}


def index_fields(pkg_dict: dict) -> dict[str, str]:
    """The facet values of one dataset as CKAN hands it to the index (extras flattened to
    ``extras_<key>``)."""
    out = {}
    for field, keys in INDEX_FIELDS.items():
        for key in keys:
            value = str(pkg_dict.get(EXTRAS_PREFIX + key) or "").strip()
            if value:
                out[field] = value
                break
    return out


def with_facets(facets: dict) -> dict:
    for field, title in FACET_TITLES.items():
        facets[field] = title
    return facets


def html_lang(locale: str) -> str:
    """The BCP 47 tag of a CKAN locale: language-Region when it has a script and a region
    (zh_Hans_CN -> zh-CN), as CKAN does otherwise (fr_FR -> fr-FR)."""
    parts = locale.split("_")
    if len(parts) == 3 and len(parts[1]) == 4:
        return "%s-%s" % (parts[0], parts[2])
    return locale.replace("_", "-")


def i18n_aliases(locales) -> dict[str, str]:
    """{what CKAN's client asks /api/i18n/ for: the locale} where the two differ."""
    out = {}
    for locale in locales:
        asked = html_lang(locale).replace("-", "_", 1)
        if asked != locale and asked not in locales:
            out[asked] = locale
    return out


def i18n_blueprint(locales) -> Blueprint:
    from ckan.views.api import i18n_js_translations

    blueprint = Blueprint("gongkai_portal", __name__)
    for asked, locale in sorted(i18n_aliases(locales).items()):
        # a path without variables: Flask prefers it to CKAN's /api/i18n/<lang>
        blueprint.add_url_rule("/api/i18n/" + asked, endpoint="i18n_" + locale,
                               view_func=lambda locale=locale: i18n_js_translations(locale))
    return blueprint


@toolkit.chained_helper
def unix_locale_to_bcp47(next_helper, locale_str: str) -> str:
    tag = html_lang(locale_str)
    return tag if tag != locale_str.replace("_", "-") else next_helper(locale_str)


def gongkai_extra_label(key: str) -> str:
    return EXTRA_LABELS.get(key) or toolkit._(key)


class PortalPlugin(plugins.SingletonPlugin):
    plugins.implements(plugins.IPackageController, inherit=True)
    plugins.implements(plugins.IFacets, inherit=True)
    plugins.implements(plugins.IBlueprint)
    plugins.implements(plugins.ITemplateHelpers)
    plugins.implements(plugins.IConfigurer)

    # IConfigurer
    def update_config(self, config):
        toolkit.add_template_directory(config, "templates")

    # ITemplateHelpers
    def get_helpers(self):
        return {"unix_locale_to_bcp47": unix_locale_to_bcp47,
                "gongkai_extra_label": gongkai_extra_label}

    # IBlueprint
    def get_blueprint(self):
        from ckan.lib.i18n import get_locales_from_config

        return i18n_blueprint(get_locales_from_config())

    # IPackageController
    def before_dataset_index(self, pkg_dict):
        pkg_dict.update(index_fields(pkg_dict))
        return pkg_dict

    # IFacets
    def dataset_facets(self, facets_dict, package_type):
        return with_facets(facets_dict)

    def group_facets(self, facets_dict, group_type, package_type):
        return with_facets(facets_dict)

    def organization_facets(self, facets_dict, organization_type, package_type):
        return with_facets(facets_dict)
