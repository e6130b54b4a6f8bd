"""OCR for pages without a text layer, and the consensus reading of names OCR misreads."""

from __future__ import annotations

import re
import time
from collections import Counter
from difflib import SequenceMatcher

from ...errors import InputError
from .families import _Rules
from .fields import Item
from .lines import _body_size, _nospace, fold
from .pages import _Page

OCR_MIN_CONF = 20.0  # Tesseract word confidence (0-100) below which a "word" is noise


def _ocr_pages(path: str, pages: list[_Page], no_text: list[int], family: dict | None,
               ocr: bool | None, dpi: int, languages: list[str] | None, jobs: int | None,
               problems: list[str]) -> dict:
    if not no_text:
        return {}
    from .. import ocr as ocr_mod

    if ocr is False:
        problems.append(f"pages {no_text} have no text layer and OCR is off: their content is missing")
        return {"unavailable": "OCR is off"}
    candidates = languages or (family or {}).get("ocr_languages") or ["chi_sim", "chi_tra", "eng"]
    usable = [lang for lang in candidates if ocr_mod.tesseract_available(lang)]
    if not usable:
        reason = ocr_mod.tesseract_status(candidates[0])
        if ocr:
            raise InputError(f"OCR needed for pages {no_text} but {reason}", path=path)
        problems.append(f"pages {no_text} have no text layer and cannot be OCRed: {reason}")
        return {"unavailable": f"OCR is needed but {reason}"}
    started = time.perf_counter()
    probe = no_text[1] if len(no_text) > 1 else no_text[0]
    if len(usable) > 1:
        lang, first = ocr_mod.choose_language(path, probe, usable, dpi)
        done = {probe: first}
    else:
        lang, done = usable[0], {}
    rest = [n for n in no_text if n not in done]
    done.update(ocr_mod.ocr_pages(path, rest, lang, dpi, jobs))
    confs = []
    for n, result in done.items():
        pg = pages[n - 1]
        pg.ocr = True
        # words Tesseract hardly believes in are specks and rules read as characters
        pg.words = [{"x0": w.x0, "x1": w.x1, "top": w.top, "bottom": w.bottom, "text": w.text,
                     "size": w.line_height, "conf": w.conf} for w in result.words if w.conf >= OCR_MIN_CONF]
        pg.ocr_gutters = [result.gutter] if result.gutter else []
        pg.ocr_confidence = result.confidence
        if result.confidence is not None:
            confs.append(result.confidence)
    seconds = time.perf_counter() - started

    def reread(page: int, box: tuple, **options):
        """One line of a scanned page read again on its own (ocr.read_region)."""
        return ocr_mod.read_region(path, page, box, lang, dpi, **options)

    return {"summary": {"pages": sorted(done), "language": lang, "dpi": dpi,
                        "mean_confidence": round(sum(confs) / len(confs), 1) if confs else None,
                        "seconds": round(seconds, 2)},
            "reread": reread}


def _consensus_names(items: list[Item], pages: list[_Page], rules: _Rules) -> None:
    """OCR misreads a character of a name here and there, not the same way every time: an
    issuer name is replaced by the reading of it that the issue prints most often (same
    length, one character different per six), and the item is flagged ``ocr_corrected``."""
    lines = [ln for pg in pages for ln in pg.lines + pg.running]
    body = _body_size([ln for pg in pages for ln in pg.lines]) or 10.0
    candidates: set[str] = set()
    for item in items:
        candidates.update(item.issuer)
        head = re.split(r"关于|關於|關于", item.title, maxsplit=1)[0]
        for match in re.finditer(r".+?(?:" + (rules.organ_end.pattern[1:-2] if rules.organ_end else "$^") + ")",
                                 fold(head)):
            candidates.add(head[match.start():match.end()])
    # each reading counts by how often it is printed, more in large print (read more reliably)
    names: Counter = Counter()
    for ln in lines:
        text = _nospace(ln.text)
        weight = (ln.size / body) ** 2 * ((ln.conf if ln.conf is not None else 90.0) / 100.0)
        for name in candidates:
            if name in text:
                names[name] += text.count(name) * weight

    def close(a: str, b: str) -> bool:
        return len(a) == len(b) and a != b and sum(x != y for x, y in zip(a, b)) <= max(1, len(a) // 6)

    corrected: dict[str, str] = {}
    for name in names:
        best = max((n for n in names if close(n, name)), key=lambda n: names[n], default=None)
        if best is not None and names[best] > names[name] and rules.is_organ(best):
            corrected[name] = best
    # a correction teaches the character between its neighbours (東獄省 -> 東嶽省), which then
    # mends other names with the same neighbours (東獄省財政廳 -> 東嶽省財政廳)
    learned: dict[tuple[str, str], str] = {}
    for wrong, right in corrected.items():
        for i in range(1, len(wrong) - 1):
            if wrong[i] != right[i] and wrong[i - 1] == right[i - 1] and wrong[i + 1] == right[i + 1]:
                learned[(right[i - 1], right[i + 1])] = right[i]

    def mend(name: str) -> str:
        if name in corrected:
            return corrected[name]
        chars = list(name)
        for i in range(1, len(chars) - 1):
            want = learned.get((chars[i - 1], chars[i + 1]))
            if want:
                chars[i] = want
        return "".join(chars)

    # a 文号 whose 机关代字 starts with none of the family's prefixes: the same misreadings
    substitutions = {w: r for (a, b), r in learned.items() for w in
                     {wrong[i] for wrong, right in corrected.items() for i in range(1, len(wrong) - 1)
                      if right[i] == r and wrong[i] != r}}
    prefixes = [fold(p) for p in (rules.all_prefixes() or [])]
    for item in items:
        parsed = item.doc_number_parsed
        if not parsed or not prefixes or not item.doc_number or item.extra.get("doc_number_kind"):
            continue
        code = parsed["agency_code"]
        if any(fold(code).startswith(p) for p in prefixes):
            continue
        mended = "".join(substitutions.get(ch, ch) for ch in code[:1]) + code[1:]
        if mended != code and any(fold(mended).startswith(p) for p in prefixes):
            item.extra["doc_number_as_read"] = item.doc_number
            item.doc_number = substitutions.get(item.doc_number[0], item.doc_number[0]) + item.doc_number[1:]
            item.doc_number_parsed = dict(parsed, agency_code=fold(mended))
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
    # a decree's organ, misread in its large heading: the issue's most printed organ of the same
    # kind (an 人民政府) that reads like it; its 令 number is rebuilt on it
    governments = Counter(n for n in names if fold(n).endswith("人民政府"))
    for item in items:
        number = item.extra.get("decree_number")
        if "decree_number" not in item.extra or not item.issuer or item.issuer[0] in governments:
            continue
        best = max(governments, key=lambda n: (SequenceMatcher(None, n, item.issuer[0]).ratio(), governments[n]),
                   default=None)
        if best and SequenceMatcher(None, best, item.issuer[0]).ratio() >= 0.6:
            item.extra["issuer_as_read"] = list(item.issuer)
            item.extra["doc_number_as_read"] = item.doc_number
            item.issuer = [best]
            item.doc_number = best + "令" + number if number else None
            item.doc_number_parsed = dict(item.doc_number_parsed or {}, agency_code=fold(best + "令"))
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
    for item in items:
        title = mend(item.title) if learned else item.title
        if title != item.title:
            item.extra["title_as_read"] = item.title
            item.title = title
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
        fixed = [mend(name) for name in item.issuer]
        if fixed != item.issuer:
            item.extra["issuer_as_read"] = list(item.issuer)
            item.issuer = fixed
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")


SIGNATURE_LIKENESS = 0.75  # a damaged signature line reads at least this much like the organs it is mended to


def _title_organs(title: str, rules: _Rules) -> list[str]:
    """The organs a title opens with, in order (东岳省交通运输厅东岳省文化和旅游厅关于… -> both)."""
    head = re.split(r"关于|關於|關于", title, maxsplit=1)[0]
    if not rules.organ_end:
        return []
    pattern = ".+?(?:" + rules.organ_end.pattern[1:-2] + ")"
    return [head[m.start():m.end()] for m in re.finditer(pattern, fold(head))]


def _mend_signatures(items: list[Item], rules: _Rules) -> None:
    """Items whose own signature block (the date with the disclosure line under it) has an organ
    line OCR damaged (东  省人民政府办公: a character lost, another misread) take the organs
    their title opens with, when the line reads like them (SIGNATURE_LIKENESS); joint issuers
    are tried in the title's order. Flagged ``ocr_corrected``; the line as read is kept."""
    for item in items:
        as_read = item.extra.get("signature_as_read")
        if item.issuer or not as_read:
            continue
        read = fold("".join(as_read))
        organs = _title_organs(item.title, rules)
        best = None
        for n in range(1, min(3, len(organs)) + 1):
            for start in range(0, len(organs) - n + 1):
                combo = organs[start:start + n]
                score = SequenceMatcher(None, read, fold("".join(combo))).ratio()
                if best is None or score > best[0]:
                    best = (score, combo)
        if best and best[0] >= SIGNATURE_LIKENESS:
            item.issuer = list(best[1])
            item.extra["issuer_as_read"] = list(as_read)
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
        item.flags = [f for f in item.flags if not (f == "unread_issuer" and item.issuer)]


TOC_LIKENESS = 0.6   # a title read on the page and its 目录 entry this alike are two readings of one title
_JUNK = re.compile(r"[^\u3400-\u9fff“”《》、〔〕（）\d]")


def issue_text(pages: list[_Page]) -> str:
    """The issue's OCR'd text, folded to simplified and without spaces, page after page (lines
    run together: a phrase broken over two lines is found whole)."""
    return "\n".join("".join(_nospace(fold(ln.text)) for ln in pg.lines) for pg in pages if pg.ocr)


def _support(text: str, left: str, middle: str, right: str) -> tuple[int, int]:
    """How often ``middle`` is printed in the issue between its neighbours: with two characters
    of context on each side, then one."""
    return (text.count(left[-2:] + middle + right[:2]), text.count(left[-1:] + middle + right[:1]))


def merge_readings(printed: str, listed: str, text: str) -> str:
    """One title from two OCR readings of it: ``printed`` (over the item, large print) and
    ``listed`` (its 目录 entry). Where they differ, the variant the issue prints more often in
    that context wins (OCR does not misread a phrase the same way each time it is printed: the
    body cites 石门港口总体规划 where the title lost 港口); on a tie, a variant with stray marks
    loses, then a lost run of characters is restored (OCR drops characters more often than it
    makes whole ones up), then the printed reading stands."""
    out: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, printed, listed, autojunk=False).get_opcodes():
        a, b = printed[i1:i2], listed[j1:j2]
        if op == "equal":
            out.append(a)
            continue
        left, right = "".join(out), printed[i2:]
        sa, sb = _support(text, fold(left), fold(a), fold(right)), _support(text, fold(left), fold(b), fold(right))
        if sa != sb:
            out.append(a if sa > sb else b)
            continue
        junk_a, junk_b = bool(_JUNK.search(a)), bool(_JUNK.search(b))
        if junk_a != junk_b:
            out.append(b if junk_a else a)
        elif not a or not b:
            out.append(a or b)
        else:
            out.append(a)
    return "".join(out)


def _titles_from_toc(items: list[Item], pages: list[_Page]) -> None:
    """Titles read on a scanned page mended with their 目录 entry (:func:`merge_readings`); the
    page's reading is kept (``title_as_read``), the item flagged ``ocr_corrected``."""
    text = None
    for item in items:
        listed = item.extra.get("toc_title")
        if not listed or not item.ocr or _nospace(fold(listed)) == _nospace(fold(item.title)):
            continue
        printed = _nospace(item.title)
        if SequenceMatcher(None, fold(printed), fold(_nospace(listed))).ratio() < TOC_LIKENESS:
            continue
        text = text if text is not None else issue_text(pages)
        merged = merge_readings(printed, _nospace(listed), text)
        if merged != printed:
            item.extra.setdefault("title_as_read", item.title)
            item.title = merged
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
