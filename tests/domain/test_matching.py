"""Name normalisation and matching items to watched companies."""

from __future__ import annotations

import doctest

import pytest

from desktop.domain import names as names_module
from desktop.domain.matching import Candidate, Matcher, code_key
from desktop.domain.names import core, is_generic, normalize, regions, to_simplified

# The seed watchlist of DESIGN.md §6, with aliases a user would give.
SEEDS = (
    Candidate(1, ("Mech-Mind Robotics Technologies", "梅卡曼德", "Mech-Mind")),
    Candidate(2, ("China Micro Semicon (Shenzhen)", "中微半导体（深圳）"), (("a", "688380"),)),
    Candidate(3, ("Suzhou Dongshan Precision Manufacturing", "东山精密"), (("a", "002384"),)),
    Candidate(4, ("Zhipu AI", "Z.ai", "智谱"), (("hk", "02513"),)),
    Candidate(5, ("MiniMax", "稀宇科技")),
    Candidate(6, ("Biren Technology", "壁仞科技", "Biren")),
    Candidate(7, ("Iluvatar CoreX", "天数智芯")),
    Candidate(8, ("Moonshot AI", "月之暗面")),
    Candidate(9, ("StepFun", "阶跃星辰", "Step")),
    Candidate(10, ("Guangdong Huayan Robotics",)),
)
# Three more, to make the hard cases: a company whose alias is contained in a seed's
# name, one sharing the short alias "Step", and the listed biotech of the HKEX sample.
EXTRA = (
    Candidate(11, ("东山",)),
    Candidate(12, ("Step Electric", "Step")),
    Candidate(13, ("TenNor Therapeutics",)),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(SEEDS + EXTRA)


CASES = [
    # traditional vs simplified, quotes
    (("壁仞科技",), (), 6),
    (("「壁仞科技」",), (), 6),
    (("天數智芯",), (), 7),
    (("階躍星辰",), (), 9),
    (("上海天數智芯半導體股份有限公司",), (), 7),
    # full-width brackets, region parentheticals, suffixes
    (("中微半导体（深圳）股份有限公司",), (), 2),
    (("中微半導體(深圳)股份有限公司",), (), 2),
    # a different company with a longer name and another region
    (("中微半导体设备（上海）股份有限公司",), (), None),
    # stray spaces, hyphens
    (("Mech-Mind  Robotics",), (), 1),
    (("Mech-Mind Robotics Technologies Co., Ltd.",), (), 1),
    (("梅卡曼德（北京）机器人科技股份有限公司",), (), 1),
    # listing markers
    (("TenNor Therapeutics (Suzhou) Limited - B",), (), 13),
    (("智谱－Ｗ",), (), 4),
    (("MINIMAX - WP",), (), 5),
    # suffix variants
    (("Suzhou Dongshan Precision Manufacturing Co., Ltd.",), (), 3),
    (("Suzhou Dongshan Precision Manufacturing Limited",), (), 3),
    (("MiniMax Group Inc.",), (), 5),
    (("Guangdong Huayan Robotics Co., Ltd.",), (), 10),
    # CSRC rows with 关于, and the longer of two aliases wins
    (("关于苏州东山精密制造股份有限公司",), (), 3),
    (("东山精密",), (), 3),
    (("东山科技有限公司",), (), 11),
    # codes, and codes outrank names
    (("ZHIPU",), (("hk", "2513"),), 4),
    (("随便什么",), (("a", "688380"),), 2),
    (("Biren Technology",), (("hk", "02513"),), 4),
    # two watched companies share the alias "Step": ambiguous, no guess
    (("Step Technologies Limited",), (), None),
    (("Step Electric Co., Ltd.",), (), 12),
    # a prefix continued by a word that is not generic
    (("北京智谱华章科技股份有限公司",), (), None),
    (("Birenbaum Foods Holdings",), (), None),
    (("Biren Foods Limited",), (), None),
    (("MINIMAXX Ltd",), (), None),
    # a prefix continued by generic words only
    (("Biren Technology Co., Ltd.",), (), 6),
    (("MiniMax AI Technology",), (), 5),
    (("月之暗面科技有限公司",), (), 8),
    (("Moonshot AI Ltd",), (), 8),
    # a stated region that contradicts the alias's region
    (("Shenzhen Huayan Robotics Co., Ltd.",), (), None),
    # several names of one item: one company, or two (ambiguous)
    (("MiniMax Group Inc.", "稀宇科技"), (), 5),
    (("Biren Technology", "天数智芯"), (), None),
    # unrelated
    (("袁記食品集團股份有限公司",), (), None),
    (("EnjoyGo Technology Limited",), (), None),
    (("Tencent Holdings Limited",), (("hk", "00700"),), None),
    (("",), (), None),
]


@pytest.mark.parametrize(("names", "codes", "expected"), CASES)
def test_hard_cases(
    matcher: Matcher,
    names: tuple[str, ...],
    codes: tuple[tuple[str, str], ...],
    expected: int | None,
) -> None:
    found = matcher.match(names, codes)
    if expected is None:
        assert found is None, found
    else:
        assert found is not None
        assert found.company_id == expected, found


def test_reasons(matcher: Matcher) -> None:
    def reason(*names: str, codes: tuple[tuple[str, str], ...] = ()) -> str:
        found = matcher.match(names, codes)
        assert found is not None
        return found.reason

    assert reason("x", codes=(("hk", "2513"),)) == "HK stock code 02513"
    assert reason("x", codes=(("a", "688380"),)) == "A-share code 688380"
    assert reason("天數智芯") == 'name "天數智芯" = alias "天数智芯"'
    assert (
        reason("MiniMax Group Inc.")
        == 'name "MiniMax Group Inc." = alias "MiniMax" (both "minimax")'
    )
    assert reason("梅卡曼德机器人") == 'alias "梅卡曼德" begins "梅卡曼德机器人"'


def test_longer_name_matches_once_it_is_an_alias() -> None:
    matcher = Matcher([*SEEDS, Candidate(4, ("智谱华章",))])
    found = matcher.match(["北京智谱华章科技股份有限公司"])
    assert found is not None and found.company_id == 4


def test_same_alias_for_one_company_twice_is_not_ambiguous() -> None:
    matcher = Matcher([Candidate(1, ("Biren", "BIREN", "Biren Technology"))])
    found = matcher.match(["Biren Technology Limited"])
    assert found is not None and found.company_id == 1


def test_short_or_generic_aliases_never_begin_a_name() -> None:
    matcher = Matcher(
        [
            Candidate(1, ("Z.ai",)),
            Candidate(2, ("科技",)),
            Candidate(3, ("宁",)),
            Candidate(4, ("AI",)),
        ]
    )
    assert matcher.match(["Z.ai Technology"]) is None
    assert matcher.match(["科技智能有限公司"]) is None
    assert matcher.match(["宁德时代"]) is None
    assert matcher.match(["AI Robotics"]) is None
    assert matcher.match(["z ai"]) is not None  # exact still matches


def test_no_candidates_and_no_names() -> None:
    assert Matcher([]).match(["壁仞科技"], [("hk", "02513")]) is None
    assert Matcher(SEEDS).match([]) is None
    assert Matcher(SEEDS).match(["  "], [("hk", "")]) is None


@pytest.mark.parametrize(
    ("scheme", "code", "key"),
    [
        ("hk", "2513", ("hk", "02513")),
        ("HK", "02513", ("hk", "02513")),
        ("hk", "02513.HK", ("hk", "02513")),
        ("hk", "002513", ("hk", "02513")),
        ("a", "2384", ("a", "002384")),
        ("a", "SZ002384", ("a", "002384")),
        ("hk", "", None),
        ("isin", " CNE1000 ", ("isin", "cne1000")),
    ],
)
def test_code_key(scheme: str, code: str, key: tuple[str, str] | None) -> None:
    assert code_key(scheme, code) == key


# --- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "full", "distinct"),
    [
        ("中微半導體（深圳）股份有限公司", "中微半导体(深圳)股份有限公司", "中微半导体"),
        (
            "TenNor Therapeutics (Suzhou) Limited - B",
            "tennor therapeutics (suzhou) limited",
            "tennor therapeutics",
        ),
        ("Mech-Mind  Robotics", "mech mind robotics", "mech mind robotics"),
        ("深圳市优必选科技股份有限公司", "深圳市优必选科技股份有限公司", "优必选科技"),
        ("江西一脉阳光集团股份有限公司", "江西一脉阳光集团股份有限公司", "一脉阳光"),
        ("关于微泰医疗器械（杭州）股份有限公司", "微泰医疗器械(杭州)股份有限公司", "微泰医疗器械"),
        ("上海电气集团股份有限公司", "上海电气集团股份有限公司", "上海电气"),
        (
            "Beijing Shougang LanzaTech Technology Co., Ltd.",
            "beijing shougang lanzatech technology co ltd",
            "shougang lanzatech technology",
        ),
        ("ＭｉｎｉＭａｘ　Ｇｒｏｕｐ", "minimax group", "minimax"),
        ("BILIBILI-SW", "bilibili", "bilibili"),
        ("McDonald's Corp.", "mcdonalds corp", "mcdonalds"),
        ("Group", "group", "group"),
        ("", "", ""),
    ],
)
def test_normalize_and_core(raw: str, full: str, distinct: str) -> None:
    assert normalize(raw) == full
    assert core(raw) == distinct


def test_regions() -> None:
    assert regions("中微半导体（深圳）") == {"shenzhen"}
    assert regions("Suzhou Dongshan Precision Manufacturing") == {"suzhou"}
    assert regions("深圳市优必选科技股份有限公司") == {"shenzhen"}
    assert regions("MiniMax") == frozenset()


def test_generic_words() -> None:
    assert is_generic("机器人科技")
    assert is_generic("智能技术 robotics technologies")
    assert not is_generic("华章")
    assert not is_generic("设备")
    assert not is_generic("foods")
    assert not is_generic("2")


def test_simplified_conversion_skips_text_it_would_not_change() -> None:
    assert to_simplified("天數智芯") == "天数智芯"
    assert to_simplified("沈默") == "沉默"  # a phrase made of characters that look simplified
    assert to_simplified("梅卡曼德") == "梅卡曼德"
    assert to_simplified("plain ascii") == "plain ascii"


def test_docstring_examples() -> None:
    result = doctest.testmod(names_module)
    assert result.failed == 0 and result.attempted > 0


def test_simplified_conversion_agrees_with_opencc() -> None:
    from opencc import OpenCC

    reference = OpenCC("t2s")
    samples = [
        "中微半導體(深圳)股份有限公司",
        "袁記食品集團股份有限公司",
        "思卓基礎設施私募資本開放式基金公司",
        "乾隆年間的瞭望台",
        "反覆覆蓋的藉口",
        "沈船與沈默",
        "有序發展",
        "一目瞭然的萬用電錶",
        "階躍星辰 天數智芯 東山精密 梅卡曼德機器人",
        "壁仞科技",
    ]
    for text in samples:
        assert to_simplified(text) == reference.convert(text), text


def test_region_tail_belongs_to_the_next_word() -> None:
    assert core("上海市政工程设计研究总院(集团)有限公司") == "市政工程设计研究总院"
    assert core("北京市优必选科技有限公司") == "优必选科技"


# -- names as the exchange writes them (DESIGN §5a) ---------------------------------------

EXCHANGE_SPELLINGS = [
    ("Shanghai Biren Technology Co., Ltd.- H shares", 6),
    ("Shanghai Biren Technology Co., Ltd. - H Shares", 6),
    ("上海壁仞科技股份有限公司 - H股", 6),
    ("Shanghai Iluvatar CoreX\nSemiconductor Co., Ltd. - H Shares", 7),
    ("上海天數智芯半導體股份有限公司", 7),
    ("MiniMax Group Inc. - W - P", 5),
    ("MiniMax Group Inc.-W-P", 5),
    ("MiniMax  Group\nInc. - WP", 5),
    ("Guangdong Huayan Robotics Co., Ltd. - B", 10),
    ("Beijing Moonshot AI Holdings Limited - SW", 8),
    ("TenNor Therapeutics (Suzhou) Limited - R", 13),
    ("TenNor Therapeutics Joint Stock Company Limited - U", 13),
    ("Biren Technology Group Inc. - S", 6),
]


@pytest.mark.parametrize(("name", "company"), EXCHANGE_SPELLINGS)
def test_names_as_the_exchange_writes_them(matcher: Matcher, name: str, company: int) -> None:
    found = matcher.match([name])
    assert found is not None and found.company_id == company, name


@pytest.mark.parametrize(
    "name",
    [
        "Birenbaum Foods Holdings Limited - B",  # "Biren" begins it: someone else
        "Shanghai Biren Huazhang Co., Ltd.- H shares",  # more than industry words after it
        "Knowledge Atlas Technology Joint Stock Company Limited - H Shares",  # no alias yet
        "Step Holdings Limited - W",  # two watched companies share "Step": ambiguous
        "北京智谱华章科技股份有限公司 - H股",  # 智谱 + 华章: not enough on its own
    ],
)
def test_look_alikes_in_the_exchange_spelling_stay_unmatched(matcher: Matcher, name: str) -> None:
    assert matcher.match([name]) is None


def test_a_known_code_is_not_overridden_by_a_look_alike_name() -> None:
    matcher = Matcher([Candidate(6, ("Biren Technology", "Biren"), (("hk", "06082"),))])
    assert matcher.match(["Biren Technology Co., Ltd."], [("hk", "06082")]).company_id == 6  # type: ignore[union-attr]
    # The same name under another code is another company (or another counter): no match.
    assert matcher.match(["Biren Technology Co., Ltd."], [("hk", "09999")]) is None
    # An A-share code says nothing about the HK code.
    assert matcher.match(["Biren Technology Co., Ltd."], [("a", "688001")]).company_id == 6  # type: ignore[union-attr]
