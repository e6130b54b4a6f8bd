"""A frozen test set for kind ``table``: an office's XLSX of several hundred penalty decisions.

Written apart from the sample generator (``samples/tables.py``) and never used to tune the
reader or the de-identification: other name and company pools, another layout (an
instructions sheet before the data, a header over two rows with 行政相对人 and 自然人 merged over
their parts, Excel date cells mixed with 2026/10/7 and 2026年10月7日 text, amounts as numbers and
as 千分位 text, a 合 计 row, notes and a 制表人 line with a phone under the table).

:func:`penalty_workbook` returns the truth: the rows, the personal values planted (never to be
published anywhere) and the public ones (company names, credit codes, 文号: published as they are).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章云苏潘葛范彭鲁韦马苗方俞任袁柳鲍史唐薛雷贺倪汤殷罗毕郝安常傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧计成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季"
GIVEN = ["建军", "秀芝", "玉兰", "卫东", "红梅", "志远", "海燕", "立群", "桂芳", "永福", "晓东", "丽萍",
         "国栋", "春燕", "德胜", "美华", "振东", "淑珍", "文静", "宏伟", "金花", "树森", "雪莲", "长江",
         "亚楠", "俊峰", "丹丹", "明辉", "凤琴", "家豪"]
AREAS = ["370202", "370203", "370211", "370281", "370302", "370303", "370681", "370683"]
MOBILE = ["134", "135", "136", "139", "147", "150", "152", "157", "158", "172", "176", "183", "187", "195"]
CITY = ["临淄区", "张店区", "周村区", "博山区"]
CORE = ["齐鲁", "鑫隆", "华泰", "利民", "金鼎", "博远", "和顺", "盛世", "丰源", "嘉禾", "海纳", "汇通",
        "德润", "新星", "瑞丰", "万家", "泰昌", "东方", "金桥", "宏达", "天成", "永和", "裕丰", "三和"]
TRADE = ["食品", "商贸", "医药", "餐饮", "超市", "建材", "化工", "物流", "酒业", "乳业"]
FORM = ["有限公司", "有限责任公司", "股份有限公司", "商贸中心"]
SHOPS = ["便民商店", "副食店", "熟食店", "小吃部", "理发店", "五金店", "烟酒店", "水果店", "早餐店"]
ROADS = ["共青团路", "人民路", "柳泉路", "世纪路", "华光路", "北京路"]
VIOLATIONS = [
    ("经营超过保质期的食品", "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", "没收违法所得；罚款",
     "经营超过保质期的{p}"),
    ("未取得许可从事食品经营", "《中华人民共和国食品安全法》第一百二十二条第一款", "没收违法所得；没收非法财物；罚款",
     "未取得食品经营许可从事{p}经营活动"),
    ("销售不合格产品", "《中华人民共和国产品质量法》第四十九条", "没收违法所得；罚款", "销售的{p}经监督抽查不合格"),
    ("商标侵权", "《中华人民共和国商标法》第六十条第二款", "没收非法财物；罚款", "销售侵犯注册商标专用权的{p}"),
    ("不按规定明码标价", "《明码标价和禁止价格欺诈规定》第二十一条", "警告", "销售{p}未按规定明码标价"),
    ("未按规定公示营业执照", "《中华人民共和国市场主体登记管理条例》第四十八条", "通报批评", "未将营业执照置于住所醒目位置"),
]
PRODUCTS = ["酸奶", "挂面", "火腿肠", "白酒", "食用盐", "矿泉水", "洗发水", "电动车头盔", "儿童玩具", "运动鞋"]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _credit_code(rng: random.Random, kind: str) -> str:
    body = kind + rng.choice(["370303", "370302", "370304"]) + "MA" + "".join(
        rng.choice(USCC_CHARS[10:]) if i % 3 == 0 else rng.choice(USCC_CHARS) for i in range(7))
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - total % 31) % 31]


class _Pool:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _fresh(self, make) -> str:
        while True:
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value

    def name(self) -> str:
        return self._fresh(lambda: self.rng.choice(SURNAMES) + self.rng.choice(GIVEN))

    def resident_id(self) -> str:
        def make():
            born = date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 20000))
            body = f"{self.rng.choice(AREAS)}{born:%Y%m%d}{self.rng.randint(0, 999):03d}"
            return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_W)) % 11]
        return self._fresh(make)

    def mobile(self) -> str:
        digits = self._fresh(lambda: self.rng.choice(MOBILE) + "".join(str(self.rng.randint(0, 9)) for _ in range(8)))
        style = self.rng.choice(["plain", "dash", "space"])
        return {"plain": digits, "dash": f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
                "space": f"{digits[:3]} {digits[3:7]} {digits[7:]}"}[style]


def penalty_workbook(path: Path, rows: int = 420, seed: int = 7319) -> dict:
    """Write the workbook; return its truth."""
    import openpyxl

    rng = random.Random(seed)
    pool = _Pool(rng)
    truth = {"rows": rows, "personal": [], "public": [], "numbers": []}
    book = openpyxl.Workbook()
    info = book.active
    info.title = "填报说明"
    info.append(["1. 本表按月报送；2. 自然人身份证号码只填报不公示；3. 金额单位：元"])
    ws = book.create_sheet("处罚决定")
    ws.append(["张店区市场监督管理局2026年10月行政处罚决定信息"])
    ws.merge_cells("A1:R1")
    ws.append(["决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚种类", "处罚内容", "罚款金额",
               "没收金额", "行政相对人", None, None, None, "自然人", None, "决定日期", "公示期限",
               "处罚机关", "处罚机关统一社会信用代码"])
    ws.append([None] * 8 + ["类别", "名称", "统一社会信用代码", "法定代表人", "姓名", "身份证号码"]
              + [None] * 4)
    for col in "ABCDEFGHOPQR":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("I2:L2")
    ws.merge_cells("M2:N2")
    authority_code = _credit_code(rng, "11")
    truth["public"].append(authority_code)
    companies: set[str] = set()
    for n in range(rows):
        violation, basis, kinds, fact = rng.choice(VIOLATIONS)
        fact = fact.format(p=rng.choice(PRODUCTS))
        number = f"张市监罚字〔2026〕{2001 + n}号"
        truth["public"].append(number)
        decided = date(2026, 10, 1) + timedelta(days=rng.randint(0, 30))
        fine = rng.choice([None, 800, 3000, 6500, 20000, 48000, 150000])
        gain = rng.choice([None, None, 96.4, 1520, 38800.5])
        party_kind = rng.choices(["法人及非法人组织", "个体工商户", "自然人"], [6, 3, 3])[0]
        name = code = rep = person = pid = None
        if party_kind == "自然人":
            person, pid, phone = pool.name(), pool.resident_id(), pool.mobile()
            truth["personal"] += [person, pid, phone]
            style = rng.randrange(3)
            if style == 0:
                facts = f"当事人{person}（公民身份号码{pid}）{fact}，联系电话{phone}。"
            elif style == 1:
                facts = f"经查，当事人{person}于{decided.month}月{decided.day}日{fact}。当事人电话：{phone}。"
            else:
                agent = pool.name()
                truth["personal"].append(agent)
                facts = f"{person}{fact}，其委托代理人{agent}到案说明情况。"
        else:
            while True:
                if party_kind == "个体工商户":
                    name = f"{rng.choice(CITY)}{rng.choice(ROADS)}{rng.choice(CORE)}{rng.choice(SHOPS)}"
                else:
                    name = f"淄博{rng.choice(CORE)}{rng.choice(TRADE)}{rng.choice(FORM)}"
                if name not in companies:
                    companies.add(name)
                    break
            code = _credit_code(rng, "92" if party_kind == "个体工商户" else "91")
            rep = pool.name()
            truth["public"] += [name, code]
            truth["personal"].append(rep)
            style = rng.randrange(3)
            if style == 0:
                facts = f"当事人{fact}，违法所得{gain or 0}元。"
            elif style == 1:
                facts = f"当事人{fact}。法定代表人{rep}在询问笔录中对违法事实予以确认。"
            else:
                contact, contact_phone = pool.name(), pool.mobile()
                truth["personal"] += [contact, contact_phone]
                facts = f"当事人{fact}，联系人{contact}，手机{contact_phone}。"
        content = "；".join(filter(None, [f"罚款{fine}元" if fine else ("警告" if "警告" in kinds else None),
                                         f"没收违法所得{gain}元" if gain else None])) or "通报批评"
        if rng.random() < 0.5:
            when = datetime(decided.year, decided.month, decided.day)   # an Excel date cell
        else:
            when = rng.choice([f"{decided.year}/{decided.month}/{decided.day}",
                               f"{decided.year}年{decided.month}月{decided.day}日"])
        fine_cell = fine if fine is None or rng.random() < 0.5 else f"{fine:,.2f}"
        ws.append([number, violation, facts, basis, kinds, content, fine_cell, gain, party_kind,
                   name, code, rep, person, pid, when, f"{decided.year + 3}年{decided.month}月{decided.day}日",
                   "张店区市场监督管理局", authority_code])
    ws.append(["合 计", None, None, None, None, None, None, None])
    clerk, checker, clerk_phone = pool.name(), pool.name(), pool.mobile()
    truth["personal"] += [clerk, checker, clerk_phone]
    ws.append(["备注：自然人身份证号码仅供内部核对。"])
    ws.append([f"制表人：{clerk}  审核人：{checker}  联系电话：{clerk_phone}"])
    book.save(path)
    return truth
