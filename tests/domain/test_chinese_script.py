"""Names show in the reader's script; what was published is never lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain import chinese_script
from desktop.domain.chinese_script import differs, in_script, to_simplified, to_traditional

ROOT = Path(__file__).resolve().parents[2]


def test_simplified_names_show_in_traditional_for_hong_kong() -> None:
    assert to_traditional("智谱") == "智譜"
    assert in_script("北京智谱华章科技股份有限公司", "zh_HK") == "北京智譜華章科技股份有限公司"
    assert in_script("摩尔线程", "zh_HK") == "摩爾線程"
    # Hong Kong's standard forms, not Taiwan's.
    assert in_script("里面", "zh_HK") == "裏面"


def test_traditional_names_show_in_simplified_for_the_mainland() -> None:
    assert to_simplified("東山精密") == "东山精密"
    assert in_script("蘇州東山精密製造股份有限公司", "zh_CN") == "苏州东山精密制造股份有限公司"
    assert in_script("智譜", "zh_CN") == "智谱"


def test_text_already_in_the_script_stays_as_it_is() -> None:
    assert in_script("東山精密", "zh_HK") == "東山精密"
    assert in_script("东山精密", "zh_CN") == "东山精密"
    assert not differs("東山精密", "zh_HK")
    assert differs("東山精密", "zh_CN")


@pytest.mark.parametrize("language", ["en", "zh_HK", "zh_CN", "fr"])
def test_english_and_codes_are_untouched(language: str) -> None:
    for text in ("Zhipu AI", "Dongshan Precision - B (02367)", "", "HK$12.50 – 3,000 shares"):
        assert in_script(text, language) == text


def test_english_language_leaves_chinese_as_published() -> None:
    assert in_script("智谱 東山精密", "en") == "智谱 東山精密"


def test_mixed_text_converts_only_the_chinese() -> None:
    assert in_script("Zhipu 智谱 (2513.HK)", "zh_HK") == "Zhipu 智譜 (2513.HK)"
    assert in_script("東山精密 – H Shares", "zh_CN") == "东山精密 – H Shares"


def test_importing_the_module_loads_no_dictionary() -> None:
    """Start-up must not pay for OpenCC: it loads on the first conversion."""
    code = (
        "import sys; import desktop.domain.chinese_script as c; "
        "assert 'opencc' not in sys.modules, 'loaded at import'; "
        "c.in_script('Zhipu', 'zh_HK'); assert 'opencc' not in sys.modules, 'loaded for ASCII'; "
        "assert c.in_script('智谱', 'zh_HK') == '智譜'; assert 'opencc' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def test_converters_are_created_once() -> None:
    to_traditional("发行")
    first = chinese_script._converters["s2hk"]
    to_traditional.cache_clear()
    to_traditional("发行")
    assert chinese_script._converters["s2hk"] is first
