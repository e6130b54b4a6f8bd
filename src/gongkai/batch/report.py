"""What a batch says: progress lines while it runs, and report.{json,md,html} when it ends."""

from __future__ import annotations

import html
import json
import os
import re
import sys
from pathlib import Path

from ..files import write_atomic
from ..validate.frame import ERROR_TYPES_ZH
from .model import Outcome

# --- reasons in Chinese ------------------------------------------------------------------------

# what each kind of failure means, for the officer reading the report (the technical line follows)
_CAUSES_ZH = {
    "InputError": "输入文件无法使用", "KeyUnavailable": "缺少假名化密钥",
    "ValidationFailed": "数据包校验未通过", "ReleaseBlocked": "发现个人信息，发布被阻止",
    "Timeout": "运行超时", "DeadKernelError": "笔记本内核中断（内存不足或被终止）",
    "DuplicateDataset": "数据集名称重复", "GongkaiError": "处理失败",
    "PolicyError": "去标识化规则有误", "PseudonymKeyError": "假名化密钥不可用",
    "FileNotFoundError": "文件不存在", "KeyError": "程序错误（缺少字段）",
    "ValueError": "数值无法读取", "MemoryError": "内存不足", "CellTimeoutError": "运行超时",
}
_CELL_RE = re.compile(r'The cell "(?P<cell>[^"]*)" in row at position "(?P<row>\d+)" and field '
                      r'"(?P<field>[^"]+)" at position "\d+" (?P<rest>[^;]*)')
_ROW_RE = re.compile(r'[Rr]ow at position "(?P<row>\d+)"')
_LEAD_RE = re.compile(r"^(?P<cls>[A-Za-z]+): ")
_STAGING_RE = re.compile(r"(?:/[^\s:]+)?/\.staging/(?P<name>[^\s:/]+?)(?:-[0-9a-f]{12})?(?=[\s:/]|$)")


def _frictionless_zh(text: str) -> str:
    """'type-error: The cell "x" in row at position "3" and field "amount" ...' in Chinese."""
    def one(part: str) -> str:
        part = part.strip()
        kind, _, message = part.partition(": ")
        zh = ERROR_TYPES_ZH.get(kind)
        if zh is None:
            return part
        cell = _CELL_RE.search(message)
        if cell:
            return f"第{cell['row']}行 字段 {cell['field']}：{zh}（值“{cell['cell']}”）"
        row = _ROW_RE.search(message)
        return f"第{row['row']}行：{zh}" if row else zh
    return "；".join(one(p) for p in re.split(r";\s*(?=[a-z]+-[a-z]+: )", text))


def reason_zh(reason: str | None) -> str:
    """The reason of a failure or refusal in Chinese: what happened, then the detail (a
    frictionless error translated, other details as they are). Paths into the staging folder
    are named by their dataset."""
    if not reason:
        return ""
    text = _STAGING_RE.sub(lambda m: m["name"], str(reason).strip())
    lead = _LEAD_RE.match(text)
    cause = _CAUSES_ZH.get(lead["cls"]) if lead else None
    detail = text[lead.end():] if lead and cause else text
    if "package does not validate:" in detail:
        where, _, errors = detail.partition("package does not validate:")
        detail = f"{where.strip(' :')}：{_frictionless_zh(errors)}".lstrip("：")
    elif "personal data found, release blocked" in detail:
        where, _, findings = detail.partition("personal data found, release blocked:")
        detail = f"{where.strip(' :')}：发布门在以下文件中发现个人信息（不显示具体值）：{findings.strip()}"
    elif "ran longer than" in detail:
        detail = re.sub(r"the notebook ran longer than (\d+) s", r"笔记本运行超过 \1 秒", detail)
    elif "file not found" in detail:
        detail = detail.replace("file not found", "文件不存在")
    return f"{cause}：{detail}" if cause else detail


class Feedback:
    """A tqdm bar on a terminal; plain log lines otherwise (CI, logs)."""

    def __init__(self, total: int, enabled: bool, stream=None):
        self.total, self.done = total, 0
        self.stream = stream or sys.stdout
        self.bar = None
        if enabled and total and os.isatty(2):
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="input", dynamic_ncols=True)

    def note(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line)
        else:
            print(line, file=self.stream, flush=True)

    def tick(self, outcome: Outcome) -> None:
        self.done += 1
        line = f"[{self.done}/{self.total}] {outcome.status:9} {outcome.dataset} ({outcome.seconds:.1f} s)"
        if outcome.reason:
            line += f": {outcome.reason}"
        if outcome.ckan:
            line += ckan_text(outcome.ckan, "; CKAN ")
        if self.bar is not None:
            self.bar.write(line)
            self.bar.set_postfix_str(outcome.dataset[:30], refresh=False)
            self.bar.update(1)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def ckan_text(ckan: dict, prefix: str = "") -> str:
    if ckan.get("status") == "published":
        return (f"{prefix}{'changed' if ckan.get('changed') else 'unchanged'}, "
                f"{ckan.get('uploads', 0)} uploads")
    return f"{prefix}failed: {ckan.get('reason')}"


def _rows_text(rows: dict) -> str:
    return ", ".join(f"{k}: {v}" for k, v in (rows or {}).items())


def _validation_text(v: dict | None) -> str:
    if not v:
        return ""
    return "valid" if v.get("valid") else f"{v.get('errors')} errors"


def _deid_text(d: dict | None) -> str:
    if not d:
        return ""
    parts = [f"{m} {n}" for m, n in sorted(d.get("methods", {}).items()) if n]
    text = ", ".join(parts) or "no value changed"
    if d.get("undeclared_hits"):
        text += f"; {d['undeclared_hits']} undeclared hits"
    if d.get("k") is not None:
        text += f"; k={d['k']}{'' if d.get('k_satisfied') else ' (below threshold)'}"
    return text


def _publish_text(o: dict) -> str:
    if o["status"] == "published":
        text = "released"
    elif o["status"] == "unchanged":
        text = f"kept (run {o.get('last_run')})"
    else:
        text = "not released"
    if o.get("ckan"):
        text += ckan_text(o["ckan"], "; CKAN ")
    return text


def _summary_line(report: dict) -> str:
    line = (f"{report['inputs']} inputs: {report['published']} published, {report['failed']} failed, "
            f"{report['unchanged']} unchanged")
    if report.get("refused"):
        line += f", {report['refused']} refused"
    if report.get("interrupted"):
        line += f", {report['interrupted']} interrupted"
    where = report.get("scheduler") or f"{report['jobs']} local job(s)"
    line += f" in {report['seconds']} s ({where})."
    if report.get("ckan"):
        line += (f" CKAN ({report['ckan']['url']}): {report['ckan']['published']} published, "
                 f"{report['ckan']['failed']} failed.")
    return line


COLUMNS = ("input", "kind", "dataset", "status", "seconds", "rows", "validation",
           "de-identification", "publish", "reason")
# the report's column headings for a reader (the field names above stay in report.json)
COLUMNS_ZH = ("输入文件", "类型", "数据集", "结果", "用时（秒）", "行数", "校验", "去标识化", "发布",
              "原因")
# share of the page width per column in report.html; the rest wraps inside its cell
COLUMN_WIDTHS = (14, 5, 13, 6, 5, 8, 6, 11, 8, 24)


def reason_text(o: dict) -> str:
    """The reason of an outcome in Chinese, followed by the technical line it came from when
    that differs (原文：...)."""
    reason = o.get("reason") or "; ".join(o.get("problems") or [])
    if not reason:
        return ""
    zh = reason_zh(reason)
    return zh if zh == reason else f"{zh}（原文：{reason}）"


def _cells(o: dict) -> list[str]:
    return [o.get("key") or Path(o["input"]).name, o["kind"], o["dataset"], o["status"],
            f"{o['seconds']:.1f}", _rows_text(o.get("rows")), _validation_text(o.get("validation")),
            _deid_text(o.get("deidentification")), _publish_text(o), reason_text(o)]


def render_report(report: dict) -> str:
    lines = [f"# gongkai batch {report['run_id']}", "", _summary_line(report), ""]
    lines += [f"- warning: {w}" for w in report.get("warnings", [])]
    if report.get("warnings"):
        lines.append("")
    lines += ["| " + " | ".join(COLUMNS_ZH) + " |", "|" + "---|" * len(COLUMNS)]
    for o in report["outcomes"]:
        cells = [c.replace("|", "/").replace("\n", " ") for c in _cells(o)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"Totals: {report['inputs']} inputs, {report['executed']} run, "
                  f"{report['published']} published, {report['failed']} failed, "
                  + (f"{report['refused']} refused, " if report.get("refused") else "") +
                  f"{report['unchanged']} unchanged, {report.get('interrupted', 0)} interrupted; "
                  f"{report['seconds']} s wall."]
    return "\n".join(lines) + "\n"


def render_html(report: dict) -> str:
    esc = html.escape
    colours = {"published": "#e6f4ea", "failed": "#fce8e6", "refused": "#fce8e6",
               "unchanged": "#f1f3f4",
               "interrupted": "#fef7e0"}
    rows = []
    for o in report["outcomes"]:
        cells = "".join(f"<td>{esc(c)}</td>" for c in _cells(o))
        rows.append(f'<tr class="{esc(o["status"])}" style="background:{colours.get(o["status"], "#fff")}">'
                    f"{cells}</tr>")
    warn = "".join(f"<li>{esc(w)}</li>" for w in report.get("warnings", []))
    totals = "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(report.get(k, 0)))}</td></tr>" for k in (
        "inputs", "executed", "published", "refused", "failed", "unchanged", "interrupted",
        "seconds"))
    widths = "".join(f"<col style='width:{w}%'>" for w in COLUMN_WIDTHS)
    heads = "".join(f"<th title='{esc(en)}'>{esc(zh)}</th>" for zh, en in zip(COLUMNS_ZH, COLUMNS))
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>gongkai batch {esc(report['run_id'])}</title>
<style>body{{font-family:system-ui,"WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif;margin:2em}}
table{{border-collapse:collapse;font-size:14px}}
table.outcomes{{table-layout:fixed;width:100%}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top;
overflow-wrap:anywhere;word-break:break-word;white-space:pre-wrap}}</style>
</head><body>
<h1>gongkai 批处理 {esc(report['run_id'])}</h1>
<p>{esc(_summary_line(report))}</p>
<p>raw: <code>{esc(report['raw'])}</code>; out: <code>{esc(report['out'])}</code>; host {esc(report.get('host', ''))};
gongkai {esc(report.get('gongkai_version', ''))}; started {esc(report.get('started', ''))}</p>
{f'<h2>警告</h2><ul>{warn}</ul>' if warn else ''}
<table class="outcomes"><colgroup>{widths}</colgroup><thead><tr>{heads}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<h2>合计 Totals</h2><table>{totals}</table>
</body></html>
"""


def write_reports(report: dict, run_dir: Path) -> None:
    from ..deid.gate import scrub_text

    run_dir.mkdir(parents=True, exist_ok=True)
    for name, text in (("report.json", json.dumps(report, ensure_ascii=False, indent=2, default=str)),
                       ("report.md", render_report(report)), ("report.html", render_html(report))):
        # a report lands in published/.runs: the gate's detectors scrub it like a record
        write_atomic(run_dir / name, scrub_text(text))
