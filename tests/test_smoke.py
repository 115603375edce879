"""``ipo-watch --smoke``, the self-test the frozen bundles run, passes from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_smoke_passes_from_source(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IPO_WATCH_HOME": str(tmp_path),
        "IPO_WATCH_LANG": "en",
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "ok: migrations",
        "ok: parser (2 items)",
        "ok: workbooks (xlsx, xls)",
        "ok: pdf (1 page read back)",
        "ok: pyqtgraph",
        "ok: language (English)",
        "ok: main window",
        "ok: poll worker",
    ], result.stdout + result.stderr
    # The self-test works in a temporary folder and leaves the user's data alone.
    assert not any(tmp_path.iterdir())


@pytest.mark.slow
def test_smoke_starts_in_chinese(tmp_path: Path) -> None:
    """`IPO_WATCH_LANG=zh_CN`: the self-test loads the Simplified catalogue (compiled
    next to the sources, as the set-up does) and the main window is built in it."""
    from tests.ui.i18n_check import compile_catalogues

    compile_catalogues(ROOT / "resources" / "translations")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IPO_WATCH_HOME": str(tmp_path),
        "IPO_WATCH_LANG": "zh_CN",
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: language (简体中文: 关注列表)" in result.stdout.splitlines(), result.stdout
    assert "ok: main window" in result.stdout


def test_the_pdf_check_fails_without_pypdfium2(tmp_path: Path) -> None:
    """The self-test's PDF is read through pypdfium2: a build that left it out fails the
    check, in words, instead of on the first offer document."""
    code = (
        "import sys; sys.modules['pypdfium2'] = None\n"
        "from desktop import smoke\n"
        "try:\n    smoke._pdf()\nexcept ImportError as exc:\n    print('missing', exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("missing"), result.stderr


def test_the_pdf_written_is_read_back_word_for_word() -> None:
    from desktop.smoke import PDF_LINES, _pdf, tiny_pdf
    from desktop.sources.pdf_text import read_pdf

    assert _pdf() == "1 page read back"
    odd = ("a (bracket) and a \\ backslash", "Ünïcode in Latin-1: café")
    assert read_pdf(tiny_pdf(odd)).text().splitlines() == list(odd)
    assert tiny_pdf(PDF_LINES).startswith(b"%PDF-1.4")


def test_bundled_sample_is_the_test_fixture() -> None:
    bundled = ROOT / "resources" / "samples" / "appactive_app_sehk_c.json"
    fixture = (
        ROOT / "tests" / "fixtures" / "samples" / "hkexnews_appactive_app_sehk_c_real_trimmed.json"
    )
    assert bundled.read_bytes() == fixture.read_bytes()
    assert "kuaichengzhang/ipo-monitor" in (bundled.parent / "SOURCES.md").read_text("utf-8")
