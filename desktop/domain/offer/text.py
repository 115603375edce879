"""Text helpers for offer documents: one normalised text with page offsets, labels that
match English, Traditional and Simplified Chinese with spaces between characters, and the
numbers, amounts, dates and times these documents print."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")

# Traditional -> Simplified for the characters our labels use (labels are written in
# Traditional; each such character also matches its Simplified form).
_PAIRS_TEXT = (
    "發发 結结 詳详 數数 獲获 認认 購购 準准 組组 價价 額额 穩稳 諾诺 時时 間间 開开 買买 賣卖 應应 繳缴 "
    "請请 資资 東东 總总 淨净 項项 權权 與与 議议 於于 佈布 為为 會会 證证 監监 聯联 費费 紀纪 際际 國国 "
    "後后 個个 單单 幣币 來来 從从 機机 觸触 補补 適适 場场 級级 預预 經经 計计 劃划 礎础 據据 獨独 註注 "
    "冊册 說说 書书 銷销 記记 錄录 對对 達达 關关 係系 實实 業业 務务 並并 無无 參参 屆届 滿满 規规 則则 "
    "頁页 訂订 戶户 號号 簡简 稱称 選选 擇择 讓让 轉转 營营 運运 條条 細细 節节 線线 處处 辦办 億亿 萬万 "
    "廠厂 雙双 優优 審审 閱阅 風风 險险 備备 絡络 貨货 戰战 鎖锁 傭佣 徵征 協协 終终 電电 話话 產产 擬拟 "
    "擔担 屬属 續续 僱雇 圖图 團团 層层 廣广 遞递 還还 邊边 閉闭 顯显 復复 製制 複复 覽览 觀观 訊讯 許许 "
    "論论 譯译 讀读 貿贸 賬账 質质 贖赎 車车 軟软 載载 農农 醫医 鐵铁 門门 陳陈 陸陆 陽阳 隨随 雜杂 難难 "
    "頭头 題题 類类 飛飞 馬马 驗验 體体 點点 齊齐 臺台 託托 併并 採采 佔占 儲储 倉仓 儀仪 內内 兩两 創创 "
    "勞劳 區区 嚴严 執执 報报 壓压 夠够 學学 寫写 將将 專专 導导 幹干 彈弹 彙汇 恆恒 懷怀 擁拥 擴扩 斂敛 "
    "構构 樣样 標标 歐欧 歷历 氣气 決决 況况 溝沟 滬沪 漢汉 潛潜 灣湾 熱热 爭争 現现 環环 畫画 當当 盡尽 "
    "盤盘 確确 禮礼 種种 競竞 筆笔 簽签 約约 紅红 納纳 紐纽 純纯 紙纸 給给 統统 絕绝 綜综 維维 網网 緣缘 "
    "編编 縣县 績绩 聲声 職职 興兴 舉举 舊旧 藝艺 衝冲 裝装 見见 視视 親亲 覺觉 討讨 設设 試试 語语 調调 "
    "識识 護护 變变 負负 財财 販贩 貴贵 貸贷 賠赔 賦赋 贈赠 軍军 輕轻 較较 輸输 轄辖 過过 遠远 遺遗 郵邮 "
    "銀银 鋒锋 錢钱 錯错 鍵键 長长 陰阴 隱隱 靈灵 靜静 響响 順顺 領领 顧顾 餘余 館馆 駐驻 騰腾 鬆松 麗丽 "
    "殼壳 衍衍 態态 歸归 斷断 倍倍 撥拨 値值 週周 範范 圍围 獎奖 勵励 鑑鉴 鑒鉴 緊紧 繫系 義义 誌志 衡衡 "
    "韓韩 龍龙 鳳凤 黃黄 魚鱼 頓顿 張张 劉刘 "
)
_PAIRS = "".join(_PAIRS_TEXT).split()
VARIANTS: dict[str, str] = {p[0]: p[1] for p in _PAIRS if p[0] != p[1]}
VARIANTS.update({"份": "份", "佈": "布", "於": "于"})


@functools.cache
def _squashed_label(label: str) -> tuple[str, ...]:
    """The label squashed, in Traditional and in Simplified characters."""
    plain = squash(label)
    simplified = plain.translate(_TO_SIMPLIFIED)
    return (plain,) if simplified == plain else (plain, simplified)


def normalise(text: str) -> str:
    """NFKC (full-width colons, brackets and digits to ASCII), one kind of newline, no
    spaces between two CJK characters (some PDFs space every character)."""
    if text.isascii():
        return text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    return _CJK_SPACE_RE.sub("", text)


def _char(c: str) -> str:
    simplified = VARIANTS.get(c)
    if simplified and simplified != c:
        return f"[{c}{simplified}]"
    return re.escape(c)


def label_pattern(label: str) -> str:
    """A regular expression for `label` tolerant of spaces and line breaks between any two
    characters, with each Traditional character also matching its Simplified form."""
    parts: list[str] = []
    for c in label:
        if c.isspace():
            if parts and parts[-1] != r"\s*":
                parts.append(r"\s*")
            continue
        if parts and parts[-1] != r"\s*":
            parts.append(r"\s*")
        parts.append(_char(c))
    return "".join(parts)


def any_label(labels: Iterable[str]) -> str:
    return _any_label(tuple(labels))


@functools.cache
def _any_label(labels: tuple[str, ...]) -> str:
    return "(?:" + "|".join(label_pattern(lab) for lab in labels) + ")"


def compile_labels(labels: Iterable[str]) -> re.Pattern[str]:
    return re.compile(any_label(labels), re.I)


_TO_SIMPLIFIED = str.maketrans(dict(VARIANTS))


def squash(text: str) -> str:
    """Lower case, no white space: for a quick "is it there"."""
    return "".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class Text:
    """A document's normalised text: pages joined by newlines, with each page's offset,
    and a squashed copy (`squash`) to tell at once whether a label occurs at all."""

    text: str
    starts: tuple[int, ...]
    numbers: tuple[int, ...]
    page_count: int
    squashed: str = ""

    def has_any(self, labels: Iterable[str]) -> bool:
        squashed = self.squashed
        return any(form in squashed for label in labels for form in _squashed_label(label))

    @classmethod
    def of(cls, pages: Sequence[tuple[int, str]], page_count: int | None = None) -> Text:
        chunks: list[str] = []
        starts: list[int] = []
        offset = 0
        for _number, raw in pages:
            chunk = normalise(raw)
            starts.append(offset)
            chunks.append(chunk)
            offset += len(chunk) + 1
        numbers = tuple(number for number, _ in pages)
        count = page_count if page_count is not None else (max(numbers) if numbers else 0)
        joined = "\n".join(chunks)
        return cls(joined, tuple(starts), numbers, count, squash(joined))

    def page_at(self, offset: int) -> int:
        if not self.starts:
            return 0
        index = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return self.numbers[index]

    def page_text(self, index: int) -> str:
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[index] : end]

    def snippet(self, start: int, end: int, limit: int = 200) -> str:
        """The printed words from `start` to `end` on one line (at most `limit` chars)."""
        words = " ".join(self.text[start:end].split())
        return words if len(words) <= limit else words[: limit - 1] + "…"


# -- numbers --------------------------------------------------------------------------

NUMBER = r"(?:\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
NUMBER_RE = re.compile(NUMBER)


def to_number(text: str) -> float:
    return float(text.replace(",", "").replace(" ", ""))


def to_int(text: str) -> int:
    try:
        return int(text.replace(",", ""))
    except ValueError:
        return round(float(text.replace(",", "").replace(" ", "")))


_HKD_RE = re.compile(
    rf"(?:HK\$|HKD|港幣|港币)\s*({NUMBER})\s*(million|billion|百萬|百万|億|亿)?"
    rf"|({NUMBER})\s*(million|billion|百萬|百万|億|亿)?\s*(?:港元|港幣|港币)",
    re.I,
)
_SCALE = {"million": 1e6, "百萬": 1e6, "百万": 1e6, "billion": 1e9, "億": 1e8, "亿": 1e8}


def find_hkd(text: str) -> tuple[float, re.Match[str]] | None:
    """The first HK$ amount in `text`, with its unit applied (million, 億 ...)."""
    match = _HKD_RE.search(text)
    if not match:
        return None
    number = match.group(1) or match.group(3)
    unit = (match.group(2) or match.group(4) or "").lower()
    return to_number(number) * _SCALE.get(unit, 1.0), match


# -- dates and times -----------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    )
}
_MONTH = "|".join(_MONTHS)
DATE_RE = re.compile(
    rf"(?P<d1>\d{{1,2}})\s*(?P<m1>{_MONTH})\s*,?\s*(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s*(?P<d2>\d{{1,2}})\s*,\s*(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})\s*年\s*(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*日",
    re.I,
)
_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4}
_ZH_DIGITS.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
_ZH_NUM = r"[〇零一二兩两三四五六七八九十\d]{1,3}"
TIME_RE = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ap>[ap])\.?\s*m\b\.?"
    r"|(?P<nh>12(?::00)?)\s*(?P<noon>noon|midnight)"
    rf"|(?P<zap>上午|中午|下午|晚上|凌晨|午夜)\s*(?P<zh>{_ZH_NUM})\s*(?:[時时點点]|:)\s*"
    rf"(?:(?P<zm>{_ZH_NUM})\s*分?)?",
    re.I,
)


def date_of(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups["y1"]:
            return date(int(groups["y1"]), _MONTHS[groups["m1"].lower()], int(groups["d1"]))
        if groups["y2"]:
            return date(int(groups["y2"]), _MONTHS[groups["m2"].lower()], int(groups["d2"]))
        return date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
    except (ValueError, KeyError, TypeError):
        return None


def zh_number(text: str) -> int:
    """A number written 0-59 in Chinese numerals or digits (十二, 三十, 九, 11)."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (
            _ZH_DIGITS.get(units, 0) if units else 0
        )
    value = 0
    for c in text:
        value = value * 10 + _ZH_DIGITS.get(c, 0)
    return value


def time_of(match: re.Match[str]) -> time | None:
    g = match.groupdict()
    try:
        if g["h"]:
            hour = int(g["h"]) % 12 + (12 if g["ap"].lower() == "p" else 0)
            return time(hour, int(g["mi"] or 0))
        if g["noon"]:
            return time(12, 0) if g["noon"].lower() == "noon" else time(0, 0)
        hour = zh_number(g["zh"])
        minute = zh_number(g["zm"]) if g["zm"] else 0
        part = g["zap"]
        if part in ("下午", "晚上") and hour < 12:
            hour += 12
        if part == "午夜" and hour == 12:
            hour = 0
        return time(hour, minute)
    except (ValueError, TypeError, KeyError):
        return None


def when(day: date, at: time | None) -> str:
    """`YYYY-MM-DDTHH:MM` when the time is printed, else `YYYY-MM-DD`."""
    if at is None:
        return day.isoformat()
    return datetime.combine(day, at).strftime("%Y-%m-%dT%H:%M")


_CJK_RE = re.compile(rf"[{_CJK}]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def cjk_share(text: str) -> float:
    cjk = len(_CJK_RE.findall(text))
    latin = len(_LATIN_RE.findall(text))
    return cjk / (cjk + latin) if cjk + latin else 0.0
