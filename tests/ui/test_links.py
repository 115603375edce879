from __future__ import annotations

import pytest

from desktop.ui.links import is_safe_link


@pytest.mark.parametrize(
    "url",
    [
        "https://www1.hkexnews.hk/app/sehk/2026/1/a.pdf",
        "http://static.cninfo.com.cn/finalpage/2026-01-01/1.PDF",
        "  https://www.csrc.gov.cn/x.xlsx  ",
    ],
)
def test_web_links_open(url: str) -> None:
    assert is_safe_link(url)


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/a",
        "https://",
        "smb://host/share",
        "vbscript:msgbox(1)",
        "\\\\host\\share\\x.exe",
    ],
)
def test_anything_else_never_opens(url: str | None) -> None:
    assert not is_safe_link(url)
