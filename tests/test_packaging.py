"""The installers' raw material: the frozen Linux bundle runs, the icons are well formed.

The Windows installer and the macOS disk image are built and smoke-run by
.github/workflows/release.yml on their own runners; here the Linux bundle is frozen for
real (PyInstaller, a minute or two) and its ``--smoke`` must pass.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the release workflow builds and smoke-runs the Windows and macOS bundles",
)
def test_frozen_linux_bundle_passes_its_smoke_test(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    # build.py installs the pinned PyInstaller when it is missing and exits non-zero,
    # saying why, when it cannot: this test fails then, it does not skip.
    build = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
            "--no-archive",
            "--no-smoke",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert build.returncode == 0, f"build.py failed:\n{build.stdout}\n{build.stderr}"

    exe = dist / APP_ID / APP_ID
    assert exe.is_file(), build.stdout
    internal = dist / APP_ID / "_internal"
    assert (internal / "resources" / "samples" / "appactive_app_sehk_c.json").is_file()
    assert (
        internal / "desktop" / "store" / "migrations" / "versions" / "0001_initial.py"
    ).is_file()
    assert not list(internal.rglob("__pycache__")), "caches must not ship"
    assert not (internal / "tests").exists()
    assert not list(internal.rglob("*WebEngine*"))

    # The compiled catalogues ship with the bundle (Qt's own two Chinese ones too).
    assert (internal / "resources" / "translations" / "ipo_watch_zh_HK.qm").is_file()
    assert (internal / "resources" / "translations" / "ipo_watch_zh_CN.qm").is_file()
    assert list(internal.rglob("qtbase_zh_TW.qm")) and list(internal.rglob("qtbase_zh_CN.qm"))

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IPO_WATCH_HOME": str(tmp_path / "home"),
        "IPO_WATCH_LANG": "en",
    }
    smoke = subprocess.run(
        [str(exe), "--smoke"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert smoke.returncode == 0, f"frozen --smoke failed:\n{smoke.stdout}\n{smoke.stderr}"
    assert "ok: main window" in smoke.stdout
    assert smoke.stdout.splitlines() == [
        "ok: migrations",
        "ok: parser (2 items)",
        "ok: workbooks (xlsx, xls)",
        "ok: pdf (1 page read back)",
        "ok: pyqtgraph",
        "ok: language (English)",
        "ok: main window",
        "ok: poll worker",
    ]
    # In Chinese the frozen app loads its catalogue and starts in that language.
    chinese = {**env, "IPO_WATCH_LANG": "zh_HK", "IPO_WATCH_HOME": str(tmp_path / "home-zh")}
    smoke = subprocess.run(
        [str(exe), "--smoke"], env=chinese, capture_output=True, text=True, timeout=120
    )
    assert smoke.returncode == 0, (
        f"frozen --smoke in Chinese failed:\n{smoke.stdout}\n{smoke.stderr}"
    )
    assert any(line.startswith("ok: language (繁體中文") for line in smoke.stdout.splitlines())


def test_linux_archive_holds_one_folder_with_the_desktop_entry(tmp_path: Path) -> None:
    build = load("build")
    bundle = tmp_path / APP_ID
    (bundle / "_internal").mkdir(parents=True)
    (bundle / APP_ID).write_text("#!/bin/sh\n")
    archive = build.make_archive(bundle, tmp_path, bare=False)
    assert archive.name.startswith(f"{APP_ID}-{__version__}-linux-")
    assert archive.name.endswith(".tar.xz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        assert {n.split("/")[0] for n in names} == {APP_ID}
        assert {
            f"{APP_ID}/{APP_ID}",
            f"{APP_ID}/{APP_ID}.desktop",
            f"{APP_ID}/{APP_ID}.png",
        } <= names
        assert all(member.uid == 0 for member in tar.getmembers())


def test_desktop_entry_names_the_program_and_icon() -> None:
    text = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"\nExec={APP_ID}\n" in text
    assert f"\nIcon={APP_ID}\n" in text
    assert text.startswith("[Desktop Entry]\n")


def test_ico_holds_every_size_up_to_256() -> None:
    data = (ROOT / "resources" / "icons" / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _colors, _r, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert offset + length <= len(data) and bits == 32
        sizes.append(width or 256)
        payload = data[offset : offset + length]
        if (width or 256) == 256:
            assert payload.startswith(b"\x89PNG")
        else:  # a 32-bit DIB: header size 40, height doubled for the mask
            assert struct.unpack_from("<Iii", payload) == (40, width, 2 * height)
    assert sizes == sorted(sizes)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_holds_png_entries_ic07_to_ic10() -> None:
    data = (ROOT / "resources" / "icons" / "app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds = {}
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        assert data[offset + 8 : offset + 12] == b"\x89PNG"
        kinds[kind] = data[offset + 8 : offset + length]
        offset += length
    assert offset == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)
    # ic10 is 1024 px: the PNG's IHDR says so.
    assert struct.unpack(">II", kinds[b"ic10"][16:24]) == (1024, 1024)


def test_pngs_exist_for_every_size() -> None:
    for size in (16, 32, 48, 64, 128, 256, 512, 1024):
        data = (ROOT / "resources" / "icons" / "png" / f"app-{size}.png").read_bytes()
        assert struct.unpack(">II", data[16:24]) == (size, size)


def test_windows_version_numbers_come_from_the_package_version() -> None:
    version_info = load("version_info")
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.version_tuple("2.0") == (2, 0, 0, 0)
