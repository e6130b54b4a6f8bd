"""Sample spreadsheets for the six datasets of the notice, as fictional 东岳省 offices export them.

Each builder writes one file under ``raw/tables/<schema>/`` and returns its truth: the rows the
table holds, the personal values planted in it (they must never reach a published file), the
public values that must survive (company names, credit codes, 文号, hotlines) and the quirks
the file carries. The quirks are the ones offices' exports have:

* a title row (merged across the table) and a 填报单位 line above the header;
* a header printed over two rows with merged parent cells (资金来源 over 中央/省级/...);
* cells merged down a column in the body (a township beside its projects);
* 千分位 amounts as text (``1,234,567.89``) and dates as ``2026年10月5日``, ``2026.9.12``;
* 合计 rows, ``注：`` notes and a 填表人 line with a phone number below the table;
* CSV in GB18030 (comma) and UTF-16 (tab, as Excel's "Unicode text"); an XLSX with two sheets.

Output is byte-for-byte deterministic: workbooks are written with fixed document dates and
ZIP entry times.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

from .listing import _People
from .textdata import load_text

SCHEMAS = ("administrative-penalties", "food-drug-sampling", "fiscal-monthly",
           "air-quality-ranking", "poverty-fund-projects", "dibao-listing")
FIXED_TIME = (2026, 11, 2, 9, 0, 0)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(body17: str) -> str:
    """The 18-character unified social credit code for its first 17 characters (GB 32100)."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return body17 + USCC_CHARS[(31 - total % 31) % 31]


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def thousands(value: float) -> str:
    return f"{value:,.2f}"


# --- writing files ----------------------------------------------------------------------------

class Sheet:
    """Rows and merged ranges of one worksheet, written by :func:`write_xlsx`."""

    def __init__(self, title: str):
        self.title = title
        self.rows: list[list[Any]] = []
        self.merges: list[str] = []
        self.widths: dict[str, float] = {}

    def add(self, row: list[Any]) -> int:
        self.rows.append(row)
        return len(self.rows)            # the 1-based row number

    def merge(self, ref: str) -> None:
        self.merges.append(ref)


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(sheet.title)
        for row in sheet.rows:
            ws.append(row)
        for ref in sheet.merges:
            ws.merge_cells(ref)
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        for column, width in sheet.widths.items():
            ws.column_dimensions[column].width = width
    stamp = __import__("datetime").datetime(*FIXED_TIME)
    book.properties.creator = "gongkai samples"
    book.properties.created = stamp
    book.properties.modified = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    _write_fixed_zip(path, buffer.getvalue(), stamp)


def _write_fixed_zip(path: Path, data: bytes, stamp) -> None:
    """Re-pack ``data`` (a ZIP) with fixed entry times and document dates: same input, same
    bytes."""
    import re

    path.parent.mkdir(parents=True, exist_ok=True)
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + iso.encode() + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, body)


def write_csv(path: Path, rows: list[list[Any]], *, encoding: str, delimiter: str = ",") -> None:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    text = buffer.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    if encoding == "utf-16":
        path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    else:
        path.write_bytes(text.encode(encoding))


# --- the builders -----------------------------------------------------------------------------

class _Truth:
    def __init__(self, schema: str, path: Path):
        self.data: dict[str, Any] = {"schema": schema, "file": path.name, "rows": 0,
                                     "personal": {"names": [], "resident_ids": [], "phones": []},
                                     "public": [], "quirks": []}

    def personal(self, kind: str, value: str) -> str:
        self.data["personal"][kind].append(value)
        return value

    def public(self, value: str) -> str:
        self.data["public"].append(value)
        return value


def _people(spec: dict, seed: int) -> _People:
    people_spec = load_text("listing.yaml")
    return _People(people_spec, random.Random(seed))


def build_penalties(path: Path, spec: dict, rng: random.Random, people: _People) -> dict:
    s = spec["penalties"]
    truth = _Truth("administrative-penalties", path)
    sheet = Sheet("处罚信息")
    headers = ["序号", "行政处罚决定书文号", "案件名称", "行政相对人类别", "行政相对人名称", "统一社会信用代码",
               "法定代表人", "自然人姓名", "自然人身份证号码", "违法行为类型", "主要违法事实", "处罚依据",
               "处罚类别", "处罚内容", "罚款金额（元）", "没收违法所得金额（元）", "处罚决定日期", "公示截止期",
               "处罚机关", "处罚机关统一社会信用代码"]
    sheet.add([s["title"]] + [None] * (len(headers) - 1))
    sheet.merge(f"A1:{_col(len(headers))}1")
    sheet.add([s["filler"]] + [None] * (len(headers) - 1))
    sheet.add(headers)
    authority_uscc = truth.public(uscc(s["authority_uscc_body"]))
    used: set[str] = set()
    total_fine = 0.0
    for n in range(1, int(s["rows"]) + 1):
        kind = rng.choices(["法人及非法人组织", "个体工商户", "自然人"], [5, 3, 2])[0]
        v = rng.choice(s["violations"])
        product = rng.choice(s["products"])
        fact = v["fact"].format(product=product, item=rng.choice(s["items"]), count=rng.randint(3, 40))
        decided = date(2026, 10, 1) + timedelta(days=rng.randint(0, 30))
        fine = rng.choice([0, 2000, 5000, 10000, 15000, 30000, 50000, 126500])
        confiscated = rng.choice([0, 0, 320.5, 1860, 4275.8])
        gain = f"{confiscated:.2f}" if confiscated else "0"
        month, day = rng.randint(7, 9), rng.randint(1, 28)
        party = code = rep = person = pid = None
        if kind == "自然人":
            female = rng.random() < 0.4
            person = truth.personal("names", people.name(female))
            pid = truth.personal("resident_ids", people.resident_id(female))
            template = rng.choice(s["person_facts"])
            agent = truth.personal("names", people.name(not female)) if "{agent}" in template else ""
            phone = truth.personal("phones", people.mobile("plain")) if "{phone}" in template else ""
            facts = template.format(name=person, id=pid, fact=fact, gain=gain, agent=agent,
                                    phone=phone, month=month, day=day)
        else:
            if kind == "个体工商户":
                party = rng.choice([x for x in s["shop_names"] if x not in used] or s["shop_names"])
                code = uscc("92" + spec["region_code"] + _org_code(rng))
            else:
                while True:
                    party = (rng.choice(s["company_prefixes"]) + rng.choice(s["company_cores"])
                             + rng.choice(s["company_trades"]) + rng.choice(s["company_forms"]))
                    if party not in used:
                        break
                code = uscc("91" + spec["region_code"] + _org_code(rng))
            used.add(party)
            truth.public(party)
            truth.public(code)
            rep = truth.personal("names", people.name(rng.random() < 0.3))
            template = rng.choice(s["company_facts"])
            agent = truth.personal("names", people.name(True)) if "{agent}" in template else ""
            phone = truth.personal("phones", people.mobile("dash")) if "{phone}" in template else ""
            facts = template.format(fact=fact, gain=gain, rep=rep, agent=agent, phone=phone,
                                    month=month, day=day)
        number = truth.public(f"{s['doc_prefix']}〔2026〕{100 + n * 3}号")
        content = ("罚款" + thousands(fine) + "元" if fine else "警告") + \
                  ("；没收违法所得" + thousands(confiscated) + "元" if confiscated else "")
        total_fine += fine
        sheet.add([n, number, f"{party or (person[0] + '某')}{v['type']}案", kind, party, code, rep,
                   person, pid, v["type"], facts, v["basis"], v["types"], content,
                   thousands(fine) if fine else None,
                   thousands(confiscated) if confiscated else None,
                   cn_date(decided), cn_date(decided.replace(year=decided.year + 3)),
                   s["authority"], authority_uscc])
    sheet.add(["合计"] + [None] * 13 + [thousands(total_fine)] + [None] * 5)
    clerk = truth.personal("names", people.name(True))
    clerk_phone = truth.personal("phones", people.landline())
    for note in s["notes"]:
        sheet.add([note.format(clerk=clerk, clerk_phone=clerk_phone)])
    sheet.widths = {"B": 22, "E": 30, "F": 21, "K": 60}
    write_xlsx(path, [sheet])
    truth.data.update(rows=int(s["rows"]), period="2026-10", organization=s["organization"],
                      quirks=["title row merged across the table", "填报单位 line", "千分位 amounts",
                              "2026年10月5日 dates", "合计 row", "notes and 填表人 with a phone"])
    return truth.data


def _org_code(rng: random.Random) -> str:
    """Nine characters of an organisation code that starts with letters (MA...), as new
    registrations do: never a digit-only run that reads as a date or an ID."""
    letters = "ABCDEFGHJKLMNPQRTUWXY"
    return "MA" + rng.choice(letters) + "".join(rng.choice(USCC_CHARS) for _ in range(6))


def _col(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def build_sampling(path: Path, spec: dict, rng: random.Random, people: _People) -> dict:
    s = spec["sampling"]
    truth = _Truth("food-drug-sampling", path)
    headers = ["抽样编号", "产品类别", "被抽检单位", "被抽检单位所在地", "抽检产品名称", "标示的生产单位",
               "生产日期/批号", "检验依据", "检验结果", "不合格项目", "检验单位", "抽样日期", "检验报告编号"]
    sheets = []
    serial = 0
    for title, count in zip(s["sheets"], s["rows_per_sheet"]):
        sheet = Sheet(title)
        sheet.add([f"{s['title']}（{title}）"] + [None] * (len(headers) - 1))
        sheet.merge(f"A1:{_col(len(headers))}1")
        sheet.add(headers)
        for _ in range(count):
            serial += 1
            drug = title != "食品"
            if drug:
                name, batch, category = rng.choice(s["products_drug"])
                unit = rng.choice(s["units_drug"])
                basis = rng.choice(s["basis_drug"])
                maker = rng.choice(s["manufacturers"][5:])
            else:
                name, batch = rng.choice(s["products_food"])
                category = "食品"
                unit = rng.choice(s["units_food"])
                basis = rng.choice(s["basis_food"])
                maker = rng.choice(s["manufacturers"][:5])
            failed = rng.random() < 0.2
            item = rng.choice(s["failed_items"]).split("‖") if failed else None
            sampled = date(2026, 7, 1) + timedelta(days=rng.randint(0, 91))
            truth.public(unit)
            sheet.add([f"DY2026{serial:05d}", category, unit, rng.choice(s["regions"]), name, maker,
                       batch, basis, "不合格" if failed else "合格",
                       f"{item[0]}：检验值{item[1]}，标准值{item[2]}" if item else None,
                       rng.choice(s["agencies"]),
                       f"{sampled.year}.{sampled.month}.{sampled.day}",
                       f"JC{sampled:%Y%m}{serial:04d}"])
        sheet.add(["注：“/”表示产品未标示生产单位或为散装产品。"])
        sheets.append(sheet)
    write_xlsx(path, sheets)
    truth.data.update(rows=sum(s["rows_per_sheet"]), period=s["period"],
                      organization=s["organization"], sheets=list(s["sheets"]),
                      quirks=["two sheets with the same header", "dates as 2026.9.12", "note row"])
    return truth.data


def build_fiscal(path: Path, spec: dict, rng: random.Random, people: _People) -> dict:
    s = spec["fiscal"]
    truth = _Truth("fiscal-monthly", path)
    rows: list[list[Any]] = [[s["title"]], ["单位：万元"]]
    rows.append(["月份", "地区", "收支类别", "科目编码", "科目名称", "本月数（万元）", "累计", "", "",
                 "预算执行", ""])
    rows.append(["", "", "", "", "", "", "累计数（万元）", "上年同期累计数（万元）", "同比增长（%）",
                 "年初预算数（万元）", "完成预算（%）"])
    for code, item, direction, ytd_size in s["items"]:
        ytd = round(ytd_size * rng.uniform(0.93, 1.07), 1)
        previous = round(ytd / rng.uniform(0.9, 1.12), 1)
        growth = round((ytd - previous) / previous * 100, 1)
        month = round(ytd / 10 * rng.uniform(0.7, 1.3), 1)
        budget = round(ytd / rng.uniform(0.72, 0.9), 1)
        progress = round(ytd / budget * 100, 1)
        rows.append([s["month"], s["region"], direction, code, item, thousands(month),
                     thousands(ytd), thousands(previous), f"{growth:.1f}", thousands(budget),
                     f"{progress:.1f}"])
    rows.append([])
    for note in s["notes"]:
        rows.append([note])
    write_csv(path, rows, encoding="gb18030")
    truth.data.update(rows=len(s["items"]), period="2026-10", organization=s["organization"],
                      quirks=["GB18030 CSV", "title and unit lines", "header over two rows",
                              "千分位 amounts", "month written 2026年10月", "blank line and notes"])
    return truth.data


def build_air(path: Path, spec: dict, rng: random.Random, people: _People) -> dict:
    s = spec["air"]
    truth = _Truth("air-quality-ranking", path)
    cities = []
    for city in s["cities"]:
        pm25 = rng.randint(22, 58)
        pm10 = pm25 + rng.randint(20, 45)
        so2, no2, co, o3 = rng.randint(5, 14), rng.randint(18, 40), round(rng.uniform(0.8, 1.6), 1), rng.randint(120, 175)
        index = round(pm25 / 35 + pm10 / 70 + so2 / 60 + no2 / 40 + co / 4 + o3 / 160, 2)
        cities.append([city, index, pm25, pm10, so2, no2, co, o3])
    cities[4][1] = cities[9][1]             # a tie: both get the same rank
    cities.sort(key=lambda c: c[1])
    rows: list[list[Any]] = [[s["title"]], ["月份", "排名", "城市", "综合指数", "PM2.5", "PM10", "SO2",
                                            "NO2", "CO", "O3", "优良天数比例（%）", "PM2.5同比（%）"]]
    previous_index, previous_rank = None, 0
    for position, (city, index, pm25, pm10, so2, no2, co, o3) in enumerate(cities, 1):
        rank = previous_rank if index == previous_index else position
        previous_index, previous_rank = index, rank
        rows.append([s["month"], rank, city, f"{index:.2f}", pm25, pm10, so2, no2, f"{co:.1f}", o3,
                     f"{rng.uniform(55, 92):.1f}", f"{rng.uniform(-18, 9):.1f}"])
    for note in s["notes"]:
        rows.append([note])
    write_csv(path, rows, encoding="utf-16", delimiter="\t")
    truth.data.update(rows=len(cities), period="2026-10",
                      quirks=["UTF-16 tab-separated (Excel Unicode text)", "title row", "tied rank",
                              "notes"])
    return truth.data


def build_poverty(path: Path, spec: dict, rng: random.Random, people: _People) -> dict:
    s = spec["poverty"]
    truth = _Truth("poverty-fund-projects", path)
    sheet = Sheet("项目库")
    top = ["年度", "项目编号", "项目名称", "县（市、区）", "乡镇（街道）", "村（社区）", "项目类型", "项目实施单位",
           "资金总额（元）", "资金来源", None, None, None, None, "受益贫困户数", "受益贫困人口数", "开工日期",
           "完工日期", "实施状态", "完成进度（%）", "监督举报电话", "备注"]
    sub = [None] * 9 + ["中央财政资金（元）", "省级财政资金（元）", "市级财政资金（元）", "县级财政资金（元）",
                        "其他资金（元）"] + [None] * 8
    sheet.add([s["title"]] + [None] * (len(top) - 1))
    sheet.merge(f"A1:{_col(len(top))}1")
    sheet.add(top)
    sheet.add(sub)
    sheet.merge("J2:N2")
    for c in list(range(1, 10)) + list(range(15, 23)):
        sheet.merge(f"{_col(c)}2:{_col(c)}3")
    truth.public(s["hotline"])
    n = 0
    total = 0
    for township, villages in s["townships"].items():
        first_row = None
        for _ in range(rng.randint(4, 6)):
            if n >= int(s["rows"]):
                break
            n += 1
            kind, name, unit = rng.choice(s["projects"])
            village = rng.choice(villages)
            parts = [rng.choice([0, 100000, 200000, 300000]), rng.choice([0, 50000, 150000]),
                     rng.choice([0, 30000, 80000]), rng.choice([20000, 60000, 120000]),
                     rng.choice([0, 0, 25000])]
            funds = sum(parts)
            total += funds
            status = rng.choice(["未开工", "在建", "已完工", "已验收"])
            start = date(2026, 3, 1) + timedelta(days=rng.randint(0, 120))
            done = start + timedelta(days=rng.randint(40, 150)) if status in ("已完工", "已验收") else None
            progress = {"未开工": 0, "在建": rng.randint(20, 90)}.get(status, 100)
            remark = None
            if rng.random() < 0.45:
                template = rng.choice(s["remarks"])
                values = {}
                if "{name}" in template:
                    values["name"] = truth.personal("names", people.name(rng.random() < 0.5))
                if "{mobile}" in template:
                    values["mobile"] = truth.personal("phones", people.mobile("plain"))
                remark = template.format(**values)
            households = rng.randint(8, 160)
            row = sheet.add([s["year"], f"TY{s['year']}-{n:03d}", name.format(village=village, township=township),
                             s["county"], township, village, kind, unit.format(village=village, township=township),
                             thousands(funds), *[p or None for p in parts], households,
                             households * rng.randint(2, 3), cn_date(start),
                             cn_date(done) if done else None, status, progress, s["hotline"], remark])
            if first_row is None:
                first_row = row
                sheet.rows[-1][4] = township
            else:
                sheet.rows[-1][4] = None          # merged down from the first row of the township
        if first_row is not None and len(sheet.rows) > first_row:
            sheet.merge(f"E{first_row}:E{len(sheet.rows)}")
    sheet.add(["合计", None, None, None, None, None, None, None, thousands(total)] + [None] * 13)
    sheet.add([f"注：项目资金单位为元。监督举报电话：{s['hotline']}。"])
    sheet.widths = {"C": 34, "H": 26, "V": 36}
    write_xlsx(path, [sheet])
    truth.data.update(rows=n, period=str(s["year"]), organization=s["organization"],
                      quirks=["title row", "header over two rows (资金来源 merged)",
                              "township merged down the body", "千分位 amounts",
                              "2026年3月5日 dates", "合计 row and note"])
    return truth.data


def build_dibao(path: Path, spec: dict, rng: random.Random, people: _People) -> dict:
    s = spec["dibao"]
    truth = _Truth("dibao-listing", path)
    sheet = Sheet("公示名单")
    headers = ["序号", "户主姓名", "身份证号码", "联系电话", "居住社区(村)", "家庭住址", "保障人数",
               "救助金额（元）", "备注", "监督举报电话"]
    sheet.add([s["title"]] + [None] * 9)
    sheet.merge("A1:J1")
    sheet.add([s["filler"]] + [None] * 9)
    sheet.add(headers)
    truth.public(s["hotline"])
    lo, hi = s["per_person_amount"]
    for n in range(1, int(s["rows"]) + 1):
        female = rng.random() < 0.5
        name = truth.personal("names", people.name(female))
        rid = truth.personal("resident_ids", people.resident_id(female))
        phone = truth.personal("phones", people.mobile(rng.choice(["plain", "dash"])))
        community = rng.choice(s["communities"])
        address = f"泰岳县柳埠镇{community}{rng.randint(1, 120)}号"
        size = rng.randint(1, 5)
        template = rng.choice(s["remarks"])
        values = {}
        for key, make in (("name_f", lambda: people.name(True)), ("name_m", lambda: people.name(False))):
            if "{" + key + "}" in template:
                values[key] = truth.personal("names", make())
        if "{id_m}" in template:
            values["id_m"] = truth.personal("resident_ids", people.resident_id(False))
        if "{mobile}" in template:
            values["mobile"] = truth.personal("phones", people.mobile("plain"))
        if "{landline}" in template:
            values["landline"] = truth.personal("phones", people.landline())
        sheet.add([n, name, rid, phone, community, address, size,
                   thousands(size * rng.randrange(lo, hi, 10)), template.format(**values), s["hotline"]])
    sheet.add([f"监督举报电话：{s['hotline']}（工作日8:30-17:30）"])
    write_xlsx(path, [sheet])
    truth.data.update(rows=int(s["rows"]), period="2026-10", organization=s["organization"],
                      quirks=["title row", "公示单位 line", "千分位 amounts", "note with the hotline"])
    return truth.data


# (schema, file name from the spec's stem and this suffix, builder)
TABLE_OUTPUTS: tuple[tuple[str, str, str, Callable], ...] = (
    ("administrative-penalties", "penalties", ".xlsx", build_penalties),
    ("food-drug-sampling", "sampling", ".xlsx", build_sampling),
    ("fiscal-monthly", "fiscal", ".csv", build_fiscal),
    ("air-quality-ranking", "air", ".tsv", build_air),
    ("poverty-fund-projects", "poverty", ".xlsx", build_poverty),
    ("dibao-listing", "dibao", ".xlsx", build_dibao),
)


def table_paths(raw_dir: Path) -> list[Path]:
    spec = load_text("tables.yaml")
    return [Path(raw_dir) / "tables" / schema / f"{spec[key]['stem']}{suffix}"
            for schema, key, suffix, _build in TABLE_OUTPUTS]


def generate_tables(raw_dir: Path, truth_dir: Path) -> list[Path]:
    """Write the six sample tables under ``raw_dir/tables/<schema>/`` and their truth as
    ``truth_dir/<stem>.json``; returns the table paths."""
    import json

    spec = load_text("tables.yaml")
    out = []
    for (schema, key, suffix, build), path in zip(TABLE_OUTPUTS, table_paths(raw_dir)):
        # one seeded generator per file: changing one dataset leaves the others' bytes alone
        seed = int(spec["seed"]) + SCHEMAS.index(schema)
        rng = random.Random(seed)
        truth = build(path, spec, rng, _people(spec, seed * 7))
        truth_path = Path(truth_dir) / f"{spec[key]['stem']}.json"
        truth_path.parent.mkdir(parents=True, exist_ok=True)
        truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out.append(path)
    return out


__all__ = ["TABLE_OUTPUTS", "generate_tables", "table_paths", "uscc", "write_xlsx", "Sheet"]
