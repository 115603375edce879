"""Company names as the sources spell them, reduced to forms that can be compared.

Names reach us in English and Chinese, in simplified and traditional characters, with
full-width brackets and letters, stray spaces, legal suffixes, region words and HKEX
listing markers.  Two forms are derived from a raw name:

``normalize(name)`` -- the *full* form, still the whole name:

* Unicode NFKC (full-width ``（Ｂ）`` -> ``(B)``, ideographic space -> space), casefold;
* traditional -> simplified characters (OpenCC ``t2s``);
* every kind of bracket becomes ``(``/``)``, quotation marks go, other punctuation
  (``- , . / · _``) becomes a space, runs of spaces become one, and spaces next to a
  Chinese character or just inside a bracket go;
* a leading ``关于`` (CSRC rows) and the trailing listing markers (``- B``, ``-W``,
  ``-SW``, ``-P``, ``- H shares``, chains like ``- W - P``, each after a dash) are dropped;
* line breaks and runs of spaces inside a name count as one space.

  >>> normalize("中微半導體（深圳）股份有限公司")
  '中微半导体(深圳)股份有限公司'
  >>> normalize("TenNor Therapeutics (Suzhou) Limited - B")
  'tennor therapeutics (suzhou) limited'
  >>> normalize("Mech-Mind  Robotics")
  'mech mind robotics'

``core(name)`` -- the *distinctive* part: the full form without bracketed
parentheticals (``(深圳)``, ``(Suzhou)``, ``(集团)``), without legal suffixes
(``股份有限公司``, ``集团``, ``控股``, ``Co., Ltd.``, ``Limited``, ``Inc.``, ``Holdings``,
``Group``, ``Joint Stock Company Limited``, ...; repeatedly, so ``集团股份有限公司`` and
``Group Inc.`` go too) and without leading region
words (``北京``, ``深圳市``, ``Beijing``, ``Suzhou``, ...).  A region word is kept when
what would remain is only industry words (``上海电气`` stays, it would become
``电气``), and nothing is stripped that would leave the core empty.

  >>> core("中微半導體（深圳）股份有限公司")
  '中微半导体'
  >>> core("深圳市优必选科技股份有限公司")
  '优必选科技'
  >>> core("Suzhou Dongshan Precision Manufacturing Co., Ltd.")
  'dongshan precision manufacturing'
  >>> core("MiniMax Group Inc. - W - P")
  'minimax'
  >>> core("Shanghai Biren Technology Co., Ltd.- H shares")
  'biren technology'
  >>> core("Knowledge Atlas Technology Joint Stock Company Limited - H Shares")
  'knowledge atlas technology'

``regions(name)`` gives the regions the name states (in a parenthetical or as its
leading word) as pinyin, so that ``中微半导体(深圳)`` and ``中微半导体设备(上海)`` can
be told apart even though neither script agrees with the other.

``is_generic(text)`` says whether text consists only of industry words (``科技``,
``智能机器人``, ``Robotics Technologies``): words that many unrelated companies use and
that therefore never tell two companies apart.  The name matcher uses it to decide
whether a name that begins with a watched alias says anything more than the alias.

All functions are pure, and the public ones are cached.  OpenCC itself (slow) only
converts text that contains one of its phrase keys; any other text gets the same result
from OpenCC's character table applied with ``str.translate``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.domain.simplify import to_simplified

__all__ = ["to_simplified"]  # re-exported: matching and sources take it from here

__all__ = [
    "analyse",
    "cjk_count",
    "core",
    "is_cjk",
    "is_generic",
    "latin_letter_count",
    "name_forms",
    "normalize",
    "regions",
    "to_simplified",
]

_CACHE = 1 << 16

# Han ideographs: CJK Unified (with extension A), compatibility, and the supplementary
# planes (OpenCC maps some traditional characters to extension characters).
_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RE = re.compile(f"[{_CJK_RANGES}]")


def is_cjk(ch: str) -> bool:
    return _CJK_RE.match(ch) is not None


def cjk_count(text: str) -> int:
    if text.isascii():
        return 0
    return len(_CJK_RE.findall(text))


def latin_letter_count(text: str) -> int:
    """Letters that are not Han ideographs."""
    if not text.isascii():
        text = _CJK_RE.sub("", text)
    return sum(map(str.isalpha, text))


# --- the full form ---------------------------------------------------------------------

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys("‐‑‒–—―−﹘﹣", "-"),
        **dict.fromkeys("[{【〔〖〘《〈<", "("),
        **dict.fromkeys("]}】〕〗〙》〉>", ")"),
        **dict.fromkeys("'\"`´‘’‚‛“”„‟「」『』﹁﹂﹃﹄", None),
        "_": " ",
    }
)
_TRANSLATE_RE = re.compile("[" + "".join(re.escape(chr(code)) for code in _TRANSLATE) + "]")
# HKEX stock-name markers: B (biotech), W (weighted voting rights), S (secondary
# listing), V (VIE), P (pre-commercial specialist technology), R (RMB counter), U
# (unprofitable), and the share class (``- H shares``, ``-H股``), in any chain after the
# legal suffix: ``Group Inc. - W - P``, ``Co., Ltd.- H shares``.
_MARKER_RE = re.compile(r"(?:\s*-\s*(?:[bwspvru]{1,3}|h\s*shares?|h\s*股|h股股份))+\s*$")
_PUNCT_RE = re.compile(r"[^\w\s()&]")
_TIGHT_RE = re.compile(f"(?<=[{_CJK_RANGES}(]) | (?=[{_CJK_RANGES})])")
_TIGHT_ASCII_RE = re.compile(r"(?<=\() | (?=\))")


def _tidy(text: str) -> str:
    """One space between words; none next to a Chinese character or inside brackets."""
    words = text.split()
    text = " ".join(words)
    if len(words) > 1:
        if not text.isascii():
            text = _TIGHT_RE.sub("", text)
        elif "(" in text or ")" in text:
            text = _TIGHT_ASCII_RE.sub("", text)
    if "()" in text:
        text = " ".join(text.replace("()", " ").split())
    return text


def _normalize(name: str) -> str:
    if name.isascii():
        text = name.lower()
    else:
        text = to_simplified(unicodedata.normalize("NFKC", name).casefold())
    if _TRANSLATE_RE.search(text):
        text = text.translate(_TRANSLATE)
    text = text.strip()
    if text.startswith("关于"):
        text = text[2:]
    if "-" in text:
        text = _MARKER_RE.sub("", text)
    return _tidy(_PUNCT_RE.sub(" ", text))


@lru_cache(maxsize=_CACHE)
def normalize(name: str) -> str:
    """The full form of a name (see the module docstring)."""
    return _normalize(name)


# --- vocabulary ------------------------------------------------------------------------

_ZH_SUFFIXES = tuple(
    sorted(
        (
            "股份有限公司",
            "有限责任公司",
            "有限公司",
            "股份公司",
            "公司",
            "集团",
            "控股",
            "股份",
        ),
        key=len,
        reverse=True,
    )
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ZH_SUFFIXES_BY_END: dict[str, tuple[str, ...]] = {
    end: tuple(suffix for suffix in _ZH_SUFFIXES if suffix[-1] == end)
    for end in {suffix[-1] for suffix in _ZH_SUFFIXES}
}
_LATIN_SUFFIXES = _words(
    "limited ltd co company corp corporation inc incorporated holdings holding group "
    "plc llc lp llp pte pty"
)

# Region words as a name's first word or in its parenthetical, with their pinyin so that
# Chinese and English spellings compare.
_ZH_REGIONS: dict[str, str] = {
    "北京": "beijing", "上海": "shanghai", "天津": "tianjin", "重庆": "chongqing",
    "河北": "hebei", "山西": "shanxi", "辽宁": "liaoning", "吉林": "jilin",
    "黑龙江": "heilongjiang", "江苏": "jiangsu", "浙江": "zhejiang", "安徽": "anhui",
    "福建": "fujian", "江西": "jiangxi", "山东": "shandong", "河南": "henan",
    "湖北": "hubei", "湖南": "hunan", "广东": "guangdong", "海南": "hainan",
    "四川": "sichuan", "贵州": "guizhou", "云南": "yunnan", "陕西": "shaanxi",
    "甘肃": "gansu", "青海": "qinghai", "内蒙古": "inner mongolia", "广西": "guangxi",
    "西藏": "tibet", "宁夏": "ningxia", "新疆": "xinjiang", "香港": "hong kong",
    "澳门": "macau", "深圳": "shenzhen", "广州": "guangzhou", "苏州": "suzhou",
    "杭州": "hangzhou", "南京": "nanjing", "成都": "chengdu", "武汉": "wuhan",
    "西安": "xian", "厦门": "xiamen", "宁波": "ningbo", "无锡": "wuxi", "合肥": "hefei",
    "长沙": "changsha", "青岛": "qingdao", "济南": "jinan", "郑州": "zhengzhou",
    "东莞": "dongguan", "佛山": "foshan", "珠海": "zhuhai", "常州": "changzhou",
    "南通": "nantong", "大连": "dalian", "沈阳": "shenyang", "福州": "fuzhou",
    "昆山": "kunshan", "嘉兴": "jiaxing", "绍兴": "shaoxing", "温州": "wenzhou",
    "烟台": "yantai", "石家庄": "shijiazhuang", "太原": "taiyuan", "南昌": "nanchang",
    "昆明": "kunming", "贵阳": "guiyang", "南宁": "nanning", "海口": "haikou",
    "兰州": "lanzhou", "哈尔滨": "harbin", "长春": "changchun", "惠州": "huizhou",
    "中山": "zhongshan", "泉州": "quanzhou", "徐州": "xuzhou", "扬州": "yangzhou",
    "台州": "taizhou", "金华": "jinhua", "湖州": "huzhou", "芜湖": "wuhu",
}  # fmt: skip
_LATIN_REGIONS: dict[str, str] = {
    **{pinyin: pinyin for pinyin in _ZH_REGIONS.values()},
    "hongkong": "hong kong",
    "hk": "hong kong",
    "xi an": "xian",
    "macao": "macau",
    "xizang": "tibet",
    "canton": "guangzhou",
}
_ZH_REGION_SIZES = tuple(sorted({len(key) for key in _ZH_REGIONS}, reverse=True))
_ZH_REGION_TAILS = ("特别行政区", "自治区", "省", "市")
_NOT_TAILS = ("市政", "市场")  # 上海市政工程: the 市 belongs to the next word

# Industry and descriptive words that do not tell companies apart.  Deliberately not
# here: 设备/equipment, 食品/foods, 投资/investment and the like, which in practice do
# separate companies (中微半导体 vs 中微半导体设备 are two different listed companies).
_GENERIC_ZH = _words(
    """
    科技 技术 智能 机器人 半导体 精密 制造 智造 信息 电子 软件 网络 数字 数据 人工智能
    智慧 云 计算 云计算 系统 集成电路 微电子 芯片 通信 通讯 光电 自动化 工业 实业 创新
    新材料 材料 新能源 能源 生物 医疗 医药 制药 健康 传感 视觉 机械 工程 产业 发展 国际
    中国 高新 高科 科学 开发 应用 控股 集团 股份 有限 公司 有限公司 股份有限公司
    """
)
_GENERIC_LATIN = _LATIN_SUFFIXES | _words(
    """
    technology technologies tech robotics robot robots semiconductor semiconductors
    intelligent intelligence ai precision manufacturing information electronics electronic
    software network networks digital data cloud computing systems system microelectronics
    chip chips integrated circuit circuits communications communication telecom
    optoelectronics optoelectronic automation industrial industries industry innovation
    innovations innovative materials material energy new biotech biotechnology bio
    biosciences bioscience biologics biopharma pharmaceutical pharmaceuticals pharma
    therapeutics medical medicine healthcare health sensing vision machinery engineering
    science sciences sci hi high and development international china
    """
)
# Further industry words: enough to keep a region word in 上海电气 or 青岛啤酒 (the rest
# alone would not be a name), but too telling to ignore after an alias.
_INDUSTRY_ZH = _GENERIC_ZH | _words(
    """
    电气 电力 电器 电机 汽车 银行 证券 保险 信托 钢铁 化工 食品 饮料 啤酒 地产 置业 房地产
    物流 航空 港口 建设 建工 建筑 水务 燃气 传媒 文化 教育 旅游 农业 设备 装备 投资 金融
    环保 交通 物业 商业 百货 纺织 服装 矿业 煤业 有色 重工 轻工 机电 电信 移动 联通 公用
    """
)
_INDUSTRY_LATIN = _GENERIC_LATIN | _words(
    """
    electric electrical power motors auto automotive bank banking securities insurance
    steel chemical chemicals food foods beverage beverages brewery properties property
    real estate logistics airlines airline aviation port construction water gas media
    culture education tourism agriculture equipment investment investments financial
    finance environmental transportation
    """
)
_MAX_GENERIC_ZH = max(len(word) for word in _INDUSTRY_ZH)
_GENERIC_HEADS = frozenset(word[:2] for word in _GENERIC_ZH)
_INDUSTRY_HEADS = frozenset(word[:2] for word in _INDUSTRY_ZH)
_TOKEN_RE = re.compile(f"([{_CJK_RANGES}]+)|([^\\W_]+)")


def _segmentable(run: str, vocabulary: frozenset[str]) -> bool:
    """Whether a run of Chinese characters splits entirely into vocabulary words."""
    n = len(run)
    reachable = [False] * (n + 1)
    reachable[0] = True
    furthest = 0
    for start in range(n):
        if start > furthest:
            return False  # no word ends here: the rest cannot be reached
        if not reachable[start]:
            continue
        for end in range(start + 1, min(n, start + _MAX_GENERIC_ZH) + 1):
            if run[start:end] in vocabulary:
                reachable[end] = True
                furthest = max(furthest, end)
    return reachable[n]


def _only_words(
    text: str, zh: frozenset[str], heads: frozenset[str], latin: frozenset[str]
) -> bool:
    if text and is_cjk(text[0]) and text[:2] not in heads and text[:1] not in heads:
        return False  # the usual case, decided without tokenising
    for match in _TOKEN_RE.finditer(text):
        run, word = match.group(1), match.group(2)
        if run is not None:
            if not _segmentable(run, zh):
                return False
        elif word not in latin:
            return False
    return True


@lru_cache(maxsize=_CACHE)
def is_generic(text: str) -> bool:
    """Whether normalised text holds only generic industry words (empty text is generic).

    >>> is_generic("机器人科技"), is_generic("robotics technologies"), is_generic("华章")
    (True, True, False)
    """
    return _only_words(text, _GENERIC_ZH, _GENERIC_HEADS, _GENERIC_LATIN)


def _only_industry(text: str) -> bool:
    return _only_words(text, _INDUSTRY_ZH, _INDUSTRY_HEADS, _INDUSTRY_LATIN)


# --- the core form ---------------------------------------------------------------------

_PAREN_RE = re.compile(r"\(([^()]*)\)")
_NO_REGIONS: frozenset[str] = frozenset()


def _region_of(text: str) -> str | None:
    """The pinyin of a region named by the whole of text (``深圳市``, ``Suzhou``)."""
    text = text.strip()
    for tail in _ZH_REGION_TAILS:
        if text.endswith(tail) and text[: -len(tail)] in _ZH_REGIONS:
            return _ZH_REGIONS[text[: -len(tail)]]
    return _ZH_REGIONS.get(text) or _LATIN_REGIONS.get(text)


# Legal forms of more than one word whose first word is no suffix on its own.
_LATIN_SUFFIX_PHRASES = ("joint stock", "share", "shares")


def _strip_suffixes(text: str) -> str:
    stripped = _strip_suffix_words(text)
    for phrase in _LATIN_SUFFIX_PHRASES:
        if stripped != text and stripped.endswith(" " + phrase):
            return _strip_suffix_words(stripped[: -len(phrase) - 1].rstrip())
    return stripped


def _strip_suffix_words(text: str) -> str:
    while text:
        for suffix in _ZH_SUFFIXES_BY_END.get(text[-1], ()):
            if len(text) > len(suffix) and text.endswith(suffix):
                text = text[: -len(suffix)].rstrip()
                break
        else:
            head, _, last = text.rpartition(" ")
            if not head or last not in _LATIN_SUFFIXES:
                return text
            text = head.rstrip()
    return text


def _leading_region(text: str) -> tuple[str, str] | None:
    """(pinyin, rest) when text begins with a region word, else None."""
    if not text[:1].isascii():
        for size in _ZH_REGION_SIZES:
            region = _ZH_REGIONS.get(text[:size])
            if region is not None:
                rest = text[size:]
                for tail in _ZH_REGION_TAILS:
                    if rest.startswith(tail) and not rest.startswith(_NOT_TAILS):
                        rest = rest[len(tail) :]
                        break
                return region, rest.strip()
        return None
    words = text.split(" ", 2)
    if len(words) == 3:
        region = _LATIN_REGIONS.get(f"{words[0]} {words[1]}")
        if region is not None:
            return region, words[2]
    if len(words) > 1:
        region = _LATIN_REGIONS.get(words[0])
        if region is not None:
            return region, text[len(words[0]) + 1 :]
    return None


def _analyse(full: str) -> tuple[str, frozenset[str]]:
    """(core, regions) of a name already in its full form."""
    found: set[str] = set()
    text = full
    if "(" in text or ")" in text:
        while "(" in text:
            for inner in _PAREN_RE.findall(text):
                region = _region_of(inner)
                if region:
                    found.add(region)
            stripped = _PAREN_RE.sub(" ", text)
            if stripped == text:
                break
            text = stripped
        text = _tidy(text.replace("(", " ").replace(")", " "))
    text = _strip_suffixes(text)
    while True:
        lead = _leading_region(text)
        if lead is None:
            break
        region, rest = lead
        found.add(region)
        if not rest or _only_industry(rest):
            break
        text = rest
    return (text or full), (frozenset(found) if found else _NO_REGIONS)


def analyse(name: str) -> tuple[str, str, frozenset[str]]:
    """``(normalize(name), core(name), regions(name))``, computed without caching."""
    full = _normalize(name)
    return (full, *_analyse(full))


@lru_cache(maxsize=_CACHE)
def name_forms(name: str) -> tuple[str, str, frozenset[str]]:
    """``(normalize(name), core(name), regions(name))`` in one cached call."""
    return analyse(name)


def core(name: str) -> str:
    """The distinctive part of a name (see the module docstring)."""
    return name_forms(name)[1]


def regions(name: str) -> frozenset[str]:
    """Regions a name states, in pinyin: ``regions("中微半导体（深圳）")`` is {"shenzhen"}."""
    return name_forms(name)[2]
