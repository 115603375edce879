"""The seed watchlist as shipped matches its 2026 listings as the exchange writes them
(DESIGN §5a: place prefixes, legal suffixes, share-class markers, broken lines,
traditional characters) and never a look-alike that begins like one of its names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.matching import Candidate, Matcher

SEED = Path(__file__).resolve().parents[2] / "resources" / "seed" / "watchlist.json"


@pytest.fixture(scope="module")
def seed() -> tuple[Matcher, dict[int, str]]:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    keys = {}
    candidates = []
    for number, entry in enumerate(data["companies"], start=1):
        keys[number] = entry["key"]
        names = (entry["name"], entry.get("name_zh") or "", *entry.get("aliases", []))
        candidates.append(Candidate(number, tuple(n for n in names if n)))
    return Matcher(candidates), keys


LISTED_2026 = [
    ("Knowledge Atlas Technology Joint Stock\nCompany Limited - H Shares", "zhipu"),
    ("Knowledge Atlas Technology Joint Stock Company Limited", "zhipu"),
    ("北京智譜華章科技股份有限公司", "zhipu"),
    ("北京智谱华章科技股份有限公司 - H股", "zhipu"),
    ("Shanghai Biren Technology Co., Ltd.- H shares", "biren"),
    ("上海壁仞科技股份有限公司", "biren"),
    ("Shanghai Iluvatar CoreX\nSemiconductor Co., Ltd. - H Shares", "iluvatar-corex"),
    ("上海天數智芯半導體股份有限公司", "iluvatar-corex"),
    ("MiniMax Group Inc. - W - P", "minimax"),
]


@pytest.mark.parametrize(("name", "key"), LISTED_2026)
def test_every_2026_listing_of_the_seed_connects(
    seed: tuple[Matcher, dict[int, str]], name: str, key: str
) -> None:
    matcher, keys = seed
    found = matcher.match([name])
    assert found is not None and keys[found.company_id] == key, name


@pytest.mark.parametrize(
    "name",
    [
        "Birenbaum Foods Holdings Limited - B",  # "Biren" begins it, "Foods" says more
        "Knowledge Atlas Education Group Limited",  # the official name's first words only
        "智譜教育集團有限公司",  # 智谱 + 教育
        "北京智谱华章文化传媒有限公司",  # 智谱华章 + 文化传媒, not 智谱华章科技
        "Zhipu Education Holdings Limited",
        "MiniMaxx Robotics Inc.",  # "MiniMax" goes on as another word
        "天数智芯设备（上海）有限公司",  # 设备: another company's word
        "壁仞食品股份有限公司",
    ],
)
def test_look_alikes_never_match(seed: tuple[Matcher, dict[int, str]], name: str) -> None:
    matcher, _ = seed
    assert matcher.match([name]) is None, name


SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"


def sample_names() -> list[str]:
    """Every company name in the recorded real payloads (none is a seed company)."""
    import re

    names: list[str] = []
    for path in sorted(SAMPLES.glob("hkexnews_app*.json")):
        names += [r["a"] for r in json.loads(path.read_text(encoding="utf-8"))["app"]]
    excerpt = json.loads(
        (SAMPLES / "csrc_filing_status_table_parsed_excerpt.json").read_text(encoding="utf-8")
    )
    names += [row["name"] for row in excerpt["rows"]]
    page = (
        SAMPLES / "hkexnews_www2_new_listing_information_mainboard_reconstructed.html"
    ).read_text(encoding="utf-8")
    names += re.findall(r"<td>\d{4}</td><td>([^<]+)</td>", page)
    return names


def test_no_company_of_the_real_samples_is_taken_for_a_seed_company(
    seed: tuple[Matcher, dict[int, str]],
) -> None:
    matcher, keys = seed
    names = sample_names()
    assert len(names) >= 20 and "Luxshare Precision Industry Co., Ltd." in names
    taken = {n: keys[m.company_id] for n in names if (m := matcher.match([n])) is not None}
    assert taken == {}
