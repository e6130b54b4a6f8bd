"""The documents of one frozen issue: their printed blocks and their ground truth.

A document is built once, as data: ``blocks`` is what the renderer prints (titles, 文号,
paragraphs, signatures, an annex after 附件：), and the truth fields are taken from the same
values, so the truth never depends on reading the PDF back.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import texts as T

CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..31 in Chinese numerals as dates print them (十, 十一, 二十, 二十一, 三十一)."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[units]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[units] if units else "")


def format_date(day: dt.date, style: str) -> str:
    if style == "chinese":
        year = "".join(CN_DIGITS[int(c)] for c in str(day.year))
        return f"{year}年{cn_number(day.month)}月{cn_number(day.day)}日"
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass
class Block:
    """One printed element: ``kind`` tells the renderer how to set ``text`` (see render.py)."""

    kind: str  # title, docno, heading, center, left, para, right, sigrow, gap, rule, annex_break, table
    text: str | list = ""
    align: str = "center"


@dataclass
class Doc:
    kind: str
    title_lines: list[str]
    toc_title: str
    category: str
    doc_number: str | None
    issuer: list[str]
    signed_date: dt.date
    signed_printed: str
    recipients: str | None
    disclosure: str | None
    cc: str | None
    blocks: list[Block] = field(default_factory=list)
    landscape_annex: bool = False

    @property
    def title(self) -> str:
        return "".join(self.title_lines)


class DocMaker:
    """Documents for one issue, drawn from ``rng`` (every choice is seeded)."""

    def __init__(self, rng: random.Random, issue_date: dt.date, year: int, date_style: str,
                 brackets: list[str], title_split: str, docno_pos: str = "below", docno_paren: bool = False):
        self.rng = rng
        self.docno_pos = docno_pos  # the issue's house style: 文号 above or below the title
        self.docno_paren = docno_paren  # printed as （陵政发〔2026〕5号）
        self.issue_date = issue_date
        self.year = year
        self.date_style = date_style
        self.brackets = brackets
        self.title_split = title_split
        self.used_subjects: set[str] = set()

    # -- small pieces -------------------------------------------------------------------------
    def _pick(self, pool):
        return self.rng.choice(pool)

    def _subject(self, pool=T.SUBJECTS) -> str:
        free = [s for s in pool if s not in self.used_subjects] or list(pool)
        s = self.rng.choice(free)
        self.used_subjects.add(s)
        return s

    def _date(self, early: int = 40, late: int = 6) -> tuple[dt.date, str]:
        day = self.issue_date - dt.timedelta(days=self.rng.randint(late, early))
        style = self.date_style if self.date_style != "mixed" else self.rng.choice(["arabic", "chinese"])
        return day, format_date(day, style)

    def _docno(self, code: str) -> str:
        left, right = self.rng.choice(self.brackets)
        return f"{T.ABBR}{code}{left}{self.year}{right}{self.rng.randint(1, 96)}号"

    def _title_lines(self, org: str, rest: str) -> list[str]:
        """How the title is broken over lines: organ on its own line, or one run the renderer wraps."""
        if self.title_split == "org" and len(org) + len(rest) > 18:
            return [org, rest]
        return [org + rest]

    def _sentence(self) -> str:
        actor = self._pick(T.ACTORS)
        acts = self.rng.sample(T.ACTIONS, 3)
        return f"{actor}{acts[0]}，{acts[1]}，{acts[2]}。"

    def _body(self, subject: str, sections: int) -> list[Block]:
        y = self.year + self.rng.randint(1, 3)
        blocks = [Block("para", f"为深入贯彻落实国家关于{subject}的决策部署，{self._pick(T.GOALS)}，"
                                f"结合我省实际，现就有关事项通知如下。")]
        nums = "一二三四五六七八九"
        for i in range(sections):
            blocks.append(Block("para", f"{nums[i]}、{self._pick(T.HEADINGS)}"))
            blocks.append(Block("para", self._sentence() + self._pick(T.TARGETS).format(y=y) + "。"))
            if self.rng.random() < 0.5:
                blocks.append(Block("para", self._sentence()))
        return blocks

    def _signature(self, issuers: list[str], printed_date: str, stacked: bool) -> list[Block]:
        out = [Block("gap", 1)]
        if len(issuers) == 1 or stacked:
            out += [Block("right", name) for name in issuers]
        else:
            out.append(Block("sigrow", list(issuers)))
        out.append(Block("right", printed_date))
        return out

    def _tail(self, doc: Doc, office_print: bool) -> None:
        """Disclosure line, then the 版记 (抄送, 印发 date) some documents carry."""
        if doc.disclosure:
            doc.blocks.append(Block("left", f"（{doc.disclosure}）"))
        if doc.cc or office_print:
            doc.blocks.append(Block("rule"))
            if doc.cc:
                doc.blocks.append(Block("left", f"抄送：{doc.cc}。"))
            printed = doc.signed_date + dt.timedelta(days=self.rng.randint(1, 4))
            style = "chinese" if "〇" in doc.signed_printed else "arabic"
            doc.blocks.append(Block("left", f"{doc.issuer[0]}　　{format_date(printed, style)}印发"))

    @staticmethod
    def _annex_noun(annex_title: str) -> str:
        """What the annex calls itself: 本方案, 本办法, 本细则, 本计划."""
        for noun in ("方案", "办法", "细则", "计划"):
            if noun in annex_title:
                return noun
        return "方案"

    def _annex(self, annex_title: str, landscape: bool) -> list[Block]:
        blocks = [Block("annex_break"), Block("left", "附件"), Block("title", [annex_title])]
        if landscape:
            rows = [["序号", "市", "项目名称", "责任单位", "完成时限"]]
            for i in range(1, self.rng.randint(6, 10)):
                rows.append([str(i), self._pick(T.CITIES), self._subject()[2:] + "项目",
                             self._pick(T.DEPARTMENTS)[0].replace(T.PROVINCE, "省"),
                             f"{self.year + 1}年{self.rng.randint(1, 12)}月"])
            blocks.append(Block("table", rows))
            return blocks
        y = self.year + self.rng.randint(1, 3)
        noun = self._annex_noun(annex_title)
        blocks.append(Block("para", f"为{self._pick(T.GOALS)}，制定本{noun}。"))
        for i, head in enumerate(self.rng.sample(T.HEADINGS, self.rng.randint(3, 5))):
            blocks.append(Block("para", f"{'一二三四五'[i]}、{head}"))
            for _ in range(self.rng.randint(1, 3)):
                blocks.append(Block("para", self._sentence()))
            if i == 0:
                blocks.append(Block("para", self._pick(T.TARGETS).format(y=y) + "。"))
        effective = format_date(self.issue_date + dt.timedelta(days=10), "arabic")
        blocks.append(Block("para", f"本{noun}自{effective}起施行。"))
        return blocks

    # -- document kinds -------------------------------------------------------------------------
    def make(self, kind: str) -> Doc:
        base = kind.split("+")[0].rstrip("0123456789")  # joint2, joint3 -> joint
        return getattr(self, "_" + base)(kind)

    def _gov_notice(self, kind: str) -> Doc:
        subject = self._subject()
        rest = f"关于{subject}的通知" if self.rng.random() < 0.6 else f"关于{subject}的意见"
        day, printed = self._date()
        doc = Doc(kind, self._title_lines(T.GOVERNMENT, rest), T.GOVERNMENT + rest, "省政府文件",
                  self._docno("政发"), [T.GOVERNMENT], day, printed, T.RECIPIENTS_GOV,
                  self._pick(T.DISCLOSURES), None)
        doc.blocks = self._head(doc) + self._body(subject, self.rng.randint(2, 4))
        doc.blocks += self._signature(doc.issuer, printed, True)
        self._tail(doc, office_print=self.rng.random() < 0.4)
        return doc

    def _head(self, doc: Doc) -> list[Block]:
        blocks = [Block("title", doc.title_lines)]
        if doc.doc_number:
            printed = f"（{doc.doc_number}）" if self.docno_paren else doc.doc_number
            blocks.insert(0 if self.docno_pos == "above" else 1, Block("docno", printed))
        if doc.recipients:
            blocks.append(Block("left", doc.recipients + "："))
        return blocks

    def _reply(self, kind: str) -> Doc:
        pattern, zones = self._pick(T.REPLY_SUBJECTS)
        city = self._pick(T.CITIES)
        subject = pattern.format(city=city, county=self._pick(T.COUNTIES), zone=self._pick(zones))
        rest = f"关于{subject}的批复" if subject.startswith("同意") else f"关于{subject}的批复"
        day, printed = self._date()
        doc = Doc(kind, self._title_lines(T.GOVERNMENT, rest), T.GOVERNMENT + rest, "省政府文件",
                  self._docno("政字"), [T.GOVERNMENT], day, printed, f"{city}人民政府", None, None)
        ask_no = f"{city[:2]}政呈〔{self.year}〕{self.rng.randint(2, 60)}号"
        asked = format_date(day - dt.timedelta(days=self.rng.randint(20, 60)), "arabic")
        doc.blocks = self._head(doc) + [
            Block("para", f"你市《关于{subject.replace('同意', '')}的请示》（{ask_no}）收悉。现批复如下："),
            Block("para", f"一、原则同意你市于{asked}报来的方案。"),
            Block("para", "二、" + self._sentence()),
            Block("para", "三、" + self._sentence()),
        ] + self._signature(doc.issuer, printed, True)
        self._tail(doc, office_print=False)
        return doc

    def _decision(self, kind: str) -> Doc:
        subject = self._pick(T.DECISION_SUBJECTS)
        rest = f"关于{subject}的决定"
        day, printed = self._date()
        doc = Doc(kind, self._title_lines(T.GOVERNMENT, rest), T.GOVERNMENT + rest, "省政府文件",
                  self._docno("政发"), [T.GOVERNMENT], day, printed, T.RECIPIENTS_GOV, "此件公开发布", None)
        doc.blocks = self._head(doc) + [Block("para", f"为{self._pick(T.GOALS)}，省政府决定{subject}。"),
                                        Block("para", self._sentence()), Block("para", self._sentence())]
        doc.blocks += self._signature(doc.issuer, printed, True)
        self._tail(doc, office_print=False)
        return doc

    def _office_notice(self, kind: str) -> Doc:
        subject = self._subject()
        rest = f"关于{subject}的通知"
        day, printed = self._date()
        doc = Doc(kind, self._title_lines(T.OFFICE, rest), T.OFFICE + rest, "省政府办公厅文件",
                  self._docno("政办发"), [T.OFFICE], day, printed, T.RECIPIENTS_GOV, self._pick(T.DISCLOSURES),
                  T.CC_GOV if self.rng.random() < 0.5 else None)
        eff = format_date(day + dt.timedelta(days=self.rng.randint(15, 40)), "arabic")
        doc.blocks = self._head(doc) + self._body(subject, self.rng.randint(1, 3)) + [
            Block("para", f"本通知自{eff}起施行。")]
        doc.blocks += self._signature(doc.issuer, printed, True)
        self._tail(doc, office_print=True)
        return doc

    def _office_annex(self, kind: str) -> Doc:
        """A 印发 notice whose 方案/办法 follows after 附件：(one item, not two)."""
        subject = self._subject()
        annex = f"{T.PROVINCE}{subject[2:] if subject.startswith(('推进', '加强', '促进')) else subject}" \
                f"{self._pick(T.ANNEX_KINDS)}"
        issuer = T.OFFICE if "office" in kind or self.rng.random() < 0.6 else T.GOVERNMENT
        rest = f"关于印发{annex}的通知"
        day, printed = self._date()
        code = "政办发" if issuer == T.OFFICE else "政发"
        doc = Doc(kind, self._title_lines(issuer, rest), issuer + rest,
                  "省政府办公厅文件" if issuer == T.OFFICE else "省政府文件", self._docno(code), [issuer],
                  day, printed, T.RECIPIENTS_GOV, self._pick(T.DISCLOSURES), None,
                  landscape_annex="landscape" in kind)
        doc.blocks = self._head(doc) + [
            Block("para", f"《{annex}》已经省政府同意，现印发给你们，请结合实际认真贯彻落实。"),
            Block("gap", 1), Block("left", f"附件：{annex}")]
        doc.blocks += self._signature(doc.issuer, printed, True)
        if doc.disclosure:
            doc.blocks.append(Block("left", f"（{doc.disclosure}）"))
        doc.blocks += self._annex(annex, doc.landscape_annex)
        return doc

    def _dept_notice(self, kind: str) -> Doc:
        organ, code, _ = self._pick(T.DEPARTMENTS)
        subject = self._subject()
        rest = f"关于{subject}的通知"
        day, printed = self._date()
        # +zi: the department's 字 series (陵人社字〔2026〕5号) instead of 发
        doc = Doc(kind, self._title_lines(organ, rest), organ + rest, "部门文件",
                  self._docno(code + ("字" if "zi" in kind.split("+") else "发")),
                  [organ], day, printed, "各市、县（市、区）有关部门，省直有关单位", self._pick(T.DISCLOSURES), None)
        doc.blocks = self._head(doc) + self._body(subject, self.rng.randint(1, 3))
        doc.blocks += self._signature(doc.issuer, printed, True)
        self._tail(doc, office_print=False)
        return doc

    def _joint(self, kind: str) -> Doc:
        """Two or more departments: 代字 of the lead organ joined with the others' short names."""
        n = 3 if "3" in kind else 2
        organs = self.rng.sample(T.DEPARTMENTS, n)
        issuer = [o[0] for o in organs]
        subject = self._subject()
        rest = f"关于{subject}的通知"
        joined = "　".join(issuer)
        title_lines = [joined + rest] if self.title_split != "org" else [*issuer[:-1], issuer[-1] + rest]
        day, printed = self._date()
        code = organs[0][1] + organs[1][2]
        doc = Doc(kind, title_lines, joined + rest, "部门文件", self._docno(code), issuer, day, printed,
                  "各市有关部门", self._pick(T.DISCLOSURES), None)
        eff = format_date(day + dt.timedelta(days=self.rng.randint(20, 50)), "arabic")
        doc.blocks = self._head(doc) + self._body(subject, self.rng.randint(1, 2)) + [
            Block("para", f"本通知自{eff}起施行，有效期至{self.year + 5}年12月31日。")]
        doc.blocks += self._signature(issuer, printed, stacked="stacked" in kind)
        # +print: the 版记 under a rule, with the lead organ's 印发 date (a later date than the signing)
        self._tail(doc, office_print="print" in kind.split("+"))
        return doc

    def _party_joint(self, kind: str) -> Doc:
        """The party committee's office and the government's office together (联合发文): two
        issuers, the 代字 办发, the 版记 with the 印发 date after the signature."""
        issuer = [T.PARTY_OFFICE, T.OFFICE]
        subject = self._subject()
        rest = f"关于{subject}的通知"
        joined = "　".join(issuer)
        title_lines = [joined + rest] if self.title_split != "org" else [issuer[0], issuer[1] + rest]
        day, printed = self._date()
        doc = Doc(kind, title_lines, joined + rest, "省政府办公厅文件", self._docno("办发"), issuer, day,
                  printed, "各市党委和人民政府，省委各部门，省政府各部门、各直属机构", self._pick(T.DISCLOSURES), None)
        eff = format_date(day + dt.timedelta(days=self.rng.randint(10, 30)), "arabic")
        doc.blocks = self._head(doc) + self._body(subject, self.rng.randint(1, 3)) + [
            Block("para", f"本通知自{eff}起施行。")]
        doc.blocks += self._signature(issuer, printed, stacked="stacked" in kind)
        self._tail(doc, office_print=True)
        return doc

    def _forward(self, kind: str) -> Doc:
        """The government's office forwards (转发) a department's 意见: the forwarded text follows
        the office's notice in the same item, signed and dated by the department at its end; the
        item's date is the office's, under the office's signature."""
        organ, _, _ = self._pick(T.DEPARTMENTS)
        short = organ.replace(T.PROVINCE, "省")
        subject = self._subject()
        forwarded = f"关于{subject}的意见"
        rest = f"转发{short}{forwarded}的通知"
        day, printed = self._date(early=30, late=6)
        doc = Doc(kind, self._title_lines(T.OFFICE, rest), T.OFFICE + rest, "省政府办公厅文件",
                  self._docno("政办发"), [T.OFFICE], day, printed, T.RECIPIENTS_GOV, self._pick(T.DISCLOSURES), None)
        doc.blocks = self._head(doc) + [
            Block("para", f"{short}《{forwarded}》已经省政府同意，现转发给你们，请认真贯彻执行。")]
        doc.blocks += self._signature(doc.issuer, printed, True)
        if doc.disclosure:
            doc.blocks.append(Block("left", f"（{doc.disclosure}）"))
        dept_day = day - dt.timedelta(days=self.rng.randint(5, 25))
        style = "chinese" if "〇" in printed else "arabic"
        doc.blocks += [Block("annex_break"), Block("title", [forwarded]), Block("center", short)]
        doc.blocks += self._body(subject, self.rng.randint(2, 3))
        doc.blocks += self._signature([organ], format_date(dept_day, style), True)
        return doc

    def _decree(self, kind: str) -> Doc:
        """省政府令: the 令 number is the 文号, the governor signs, the 规章 follows."""
        number = self.rng.randint(300, 420)
        subject = T.PROVINCE + self._pick(T.DECREE_SUBJECTS)
        day, printed = self._date()
        meeting = day - dt.timedelta(days=self.rng.randint(3, 15))
        eff = day + dt.timedelta(days=self.rng.randint(30, 90))
        style = "chinese" if "〇" in printed else "arabic"
        decree_no = f"{T.GOVERNMENT}令第{number}号"
        doc = Doc(kind, [subject], f"{subject}（省政府令第{number}号）", "省政府令", decree_no, [T.GOVERNMENT],
                  day, printed, None, None, None)
        doc.blocks = [Block("heading", f"{T.GOVERNMENT}令"), Block("center", f"第{number}号"),
                      Block("para", f"《{subject}》已经{format_date(meeting, style)}省政府第"
                                    f"{self.rng.randint(20, 90)}次常务会议通过，现予公布，自{format_date(eff, style)}起施行。"),
                      Block("gap", 1), Block("right", f"省长　{T.GOVERNOR}"), Block("right", printed),
                      Block("gap", 1), Block("title", [subject])]
        if "nosigdate" in kind.split("+"):
            # the governor's signature without a date: the decree's date is the one in its
            # preamble (the meeting that passed it)
            del doc.blocks[5]
            doc.signed_date, doc.signed_printed = meeting, format_date(meeting, style)
        scope = subject[3:-4]
        nums = ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条"]
        for i, text in enumerate(T.ARTICLE_OPENINGS):
            text = text.format(purpose=f"加强{scope}管理", scope=scope, dept="有关主管部门",
                               eff=format_date(eff, style))
            doc.blocks.append(Block("para", f"{nums[i]}　{text}"))
        return doc

    def _appoint_notice(self, kind: str) -> Doc:
        names = self.rng.sample(T.PEOPLE, 4)
        posts = self.rng.sample(T.POSTS, 4)
        rest = f"关于{names[0]}等同志职务任免的通知"
        day, printed = self._date()
        doc = Doc(kind, self._title_lines(T.GOVERNMENT, rest), T.GOVERNMENT + rest, "人事任免",
                  self._docno("政任"), [T.GOVERNMENT], day, printed, "省政府各部门、各直属机构", None, None)
        doc.blocks = self._head(doc) + [Block("para", "省政府决定：")]
        for i in range(2):
            doc.blocks.append(Block("para", f"任命{names[i]}为{posts[i]}；"))
        for i in range(2, 4):
            doc.blocks.append(Block("para", f"免去{names[i]}的{posts[i]}职务。"))
        doc.blocks += self._signature(doc.issuer, printed, True)
        return doc

    def _appoint_list(self, kind: str) -> Doc:
        """任免名单 without 文号: the date stands in parentheses under the title."""
        day, printed = self._date(early=20)
        title = "南陵省人民政府任免国家工作人员名单"
        doc = Doc(kind, [title], title, "人事任免", None, [T.GOVERNMENT], day, printed, None, None, None)
        doc.blocks = [Block("title", [title]), Block("center", f"（{printed}）")]
        names = self.rng.sample(T.PEOPLE, 5)
        posts = self.rng.sample(T.POSTS, 5)
        for i in range(3):
            doc.blocks.append(Block("para", f"{names[i]}任{posts[i]}；"))
        for i in range(3, 5):
            doc.blocks.append(Block("para", f"免去{names[i]}的{posts[i]}职务。"))
        return doc


def traditional(doc: Doc) -> Doc:
    """The same document printed in 繁體: every text and truth field as printed."""
    tt = T.to_traditional
    doc.title_lines = [tt(s) for s in doc.title_lines]
    doc.toc_title = tt(doc.toc_title)
    doc.doc_number = tt(doc.doc_number)
    doc.issuer = [tt(s) for s in doc.issuer]
    doc.recipients, doc.disclosure, doc.cc = tt(doc.recipients), tt(doc.disclosure), tt(doc.cc)
    for b in doc.blocks:
        if isinstance(b.text, str):
            b.text = tt(b.text)
        elif isinstance(b.text, list):  # title lines, signature rows, table rows
            b.text = [tt(s) if isinstance(s, str) else [tt(c) for c in s] for s in b.text]
    return doc
