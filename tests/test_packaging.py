"""The installers' raw material: the frozen Linux bundle runs, the icons are well formed.

The Windows installer and the macOS disk image are built and smoke-run by
.github/workflows/release.yml on their own runners; here the Linux bundle is frozen for
real (PyInstaller, a minute or two) and its ``--smoke`` must pass.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import struct
import subprocess
import sys
import tarfile
from importlib import metadata
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


LINUX_ONLY = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the release workflow builds and smoke-runs the Windows and macOS bundles",
)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Linux bundle, frozen once for this module's tests: its folder (the work folder
    is beside it, in ``build/``)."""
    tmp_path = tmp_path_factory.mktemp("frozen")
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
    assert (dist / APP_ID / APP_ID).is_file(), build.stdout
    return dist / APP_ID


@pytest.mark.slow
@pytest.mark.timeout(900)
@LINUX_ONLY
def test_frozen_linux_bundle_passes_its_smoke_test(frozen: Path, tmp_path: Path) -> None:
    dist = frozen.parent
    exe = dist / APP_ID / APP_ID
    internal = dist / APP_ID / "_internal"
    assert (internal / "resources" / "samples" / "appactive_app_sehk_c.json").is_file()
    assert (
        internal / "desktop" / "store" / "migrations" / "versions" / "0001_initial.py"
    ).is_file()
    assert not list(internal.rglob("__pycache__")), "caches must not ship"
    assert not (internal / "tests").exists()
    assert not list(internal.rglob("*WebEngine*"))
    check_left_out(internal)
    check_kept(internal, dist.parent / "build" / "ipo-watch" / "PYZ-00.pyz")

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
    simplified = {**env, "IPO_WATCH_LANG": "zh_CN", "IPO_WATCH_HOME": str(tmp_path / "home-cn")}
    smoke = subprocess.run(
        [str(exe), "--smoke"], env=simplified, capture_output=True, text=True, timeout=120
    )
    assert smoke.returncode == 0, (
        f"frozen --smoke in Simplified Chinese failed:\n{smoke.stdout}\n{smoke.stderr}"
    )
    assert any(line.startswith("ok: language (简体中文") for line in smoke.stdout.splitlines())


@pytest.mark.slow
@pytest.mark.timeout(900)
@LINUX_ONLY
def test_frozen_linux_bundle_works_with_a_team_database(
    frozen: Path, pg_url: str, tmp_path: Path
) -> None:
    """psycopg's compiled implementation and libpq (with the bundle's one OpenSSL) load in
    the frozen program: `poll --once` on a team database migrates and seeds it there."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IPO_WATCH_MIRROR": "http://127.0.0.1:9",  # every source refused at once
        "IPO_WATCH_LANG": "en",
    }
    env.pop("IPO_WATCH_DATABASE_URL", None)
    command = [str(frozen / APP_ID), "--data-dir", str(tmp_path / "home"), "--database", pg_url]
    done = subprocess.run(
        [*command, "poll", "--once"], env=env, capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), done.stderr  # 1: every source failed, as it should

    import psycopg

    with psycopg.connect(pg_url) as con:
        assert con.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        companies = con.execute("SELECT count(*) FROM company").fetchone()
    assert companies is not None and companies[0] > 0


def check_left_out(internal: Path) -> None:
    """What the bundle must not carry: Pillow, unused Qt plugins, catalogue sources,
    OpenCC tables the app never loads, symbol tables."""
    assert not (internal / "PIL").exists() and not (internal / "pillow.libs").exists()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for folder in ("egldeviceintegrations", "generic"):
        assert not (plugins / folder).exists()
    platforms = {path.name for path in (plugins / "platforms").iterdir()}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= platforms
    assert not platforms & {"libqeglfs.so", "libqlinuxfb.so", "libqvnc.so"}
    formats = {path.name for path in (plugins / "imageformats").iterdir()}
    assert "libqsvg.so" in formats and "libqtiff.so" not in formats
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert not list(internal.rglob("libQt6EglFSDeviceIntegration*"))
    resources = internal / "resources"
    assert not list(resources.rglob("*.ts")) and not list(resources.rglob("terms.tsv"))
    assert (resources / "icons" / "app.svg").is_file()
    assert (resources / "seed" / "watchlist.json").is_file()
    opencc = internal / "opencc"
    assert {p.name for p in (opencc / "config").iterdir()} == {
        "s2hk.json",
        "hk2s.json",
        "t2s.json",
    }
    assert (opencc / "dictionary" / "STPhrases.txt").is_file()
    assert not (opencc / "dictionary" / "TWPhrases.txt").exists()
    # Stripped, except what a wheel's repair tool patched (it would not load stripped).
    assert not has_symbol_table(internal / "libpython3.11.so.1.0")
    openblas = next((internal / "numpy.libs").glob("libscipy_openblas*"), None)
    if openblas is not None:
        import numpy

        source = Path(numpy.__file__).parent.parent / "numpy.libs" / openblas.name
        assert openblas.stat().st_size == source.stat().st_size


def has_symbol_table(path: Path) -> bool:
    out = subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return ".symtab" in out


# Modules the app reaches only at run time (by name, by entry point, when a file arrives
# or a team database is chosen), each for a feature the smoke test does not exercise.
RUN_TIME_MODULES = [
    "psycopg",  # the team database
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.ddl.postgresql",
    "keyring.backends.SecretService",  # its password, from the system keyring
    "secretstorage",
    "cryptography.hazmat.primitives.ciphers",
    "opencc",  # names in the other Chinese script
    "openpyxl",  # workbooks
    "xlrd",
    "pypdfium2",  # offer documents
    "truststore",  # the system's certificates
    "defusedxml",
]


def check_kept(internal: Path, pyz: Path) -> None:
    """Every third-party package the app's code imports is in the bundle, and the modules
    the features reached only at run time need."""
    from PyInstaller.archive.readers import ZlibArchiveReader

    modules = set(ZlibArchiveReader(str(pyz)).toc)
    shipped = modules | {path.name for path in internal.iterdir() if path.is_dir()}
    missing = sorted(name for name in third_party_imports() if name not in shipped)
    assert not missing, f"imported by desktop/ but not in the bundle: {missing}"
    assert not [name for name in RUN_TIME_MODULES if name not in modules]
    assert (internal / "psycopg_binary").is_dir()  # psycopg's compiled implementation
    assert list((internal / "pypdfium2_raw").glob("libpdfium*"))


def third_party_imports() -> set[str]:
    """Top-level names of the installed distributions that desktop/ imports (not the
    development tools under desktop/tools)."""
    distributions = metadata.packages_distributions()
    found: set[str] = set()
    for source in (ROOT / "desktop").rglob("*.py"):
        if "tools" in source.relative_to(ROOT / "desktop").parts[:1]:
            continue
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            found.update(n.split(".")[0] for n in names if n.split(".")[0] in distributions)
    return found - {"desktop"}


def test_bundle_leaves_out_unused_qt_files() -> None:
    contents = load("bundle_contents")
    unused = contents.unused_qt_file
    assert unused("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert unused("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so")
    assert unused("PySide6/Qt/plugins/imageformats/libqtiff.so")
    assert unused("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6")
    assert unused("libQt6EglFSDeviceIntegration.so.6")
    assert unused("PySide6/Qt/translations/qtbase_de.qm")
    for kept in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/translations/qtbase_zh_TW.qm",
        "libQt6Gui.so.6",
        "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
    ):
        assert not unused(kept), kept


def test_bundle_keeps_the_opencc_tables_the_app_loads() -> None:
    contents = load("bundle_contents")
    from desktop.domain import chinese_script, simplify

    source = "".join(path.read_text("utf-8") for path in (ROOT / "desktop").rglob("*.py"))
    used = {chinese_script._TO_TRADITIONAL, chinese_script._TO_SIMPLIFIED}
    used |= set(re.findall(r'OpenCC\("(\w+)"\)', source))
    assert used <= set(contents.OPENCC_CONFIGS)

    import opencc

    package = Path(opencc.__file__).parent
    keep = contents.opencc_files(package)
    assert {f"dictionary/{simplify._PHRASES}", f"dictionary/{simplify._CHARACTERS}"} <= keep
    assert {"dictionary/STPhrases.txt", "dictionary/HKVariantsRev.txt"} <= keep
    assert all((package / name).is_file() for name in keep)
    assert contents.unused_opencc_file("opencc/dictionary/TWPhrases.txt", keep)
    assert contents.unused_opencc_file("opencc/config/s2tw.json", keep)
    assert not contents.unused_opencc_file("opencc/config/s2hk.json", keep)
    assert not contents.unused_opencc_file("opencc/NOTICE.txt", keep)


def test_bundle_ships_the_resources_the_app_reads() -> None:
    contents = load("bundle_contents")
    resources = ROOT / "resources"
    assert contents.shipped_resource(resources / "translations" / "ipo_watch_zh_HK.qm", resources)
    assert contents.shipped_resource(resources / "icons" / "app.svg", resources)
    assert contents.shipped_resource(resources / "seed" / "watchlist.json", resources)
    assert contents.shipped_resource(resources / "samples" / "appactive_app_sehk_c.json", resources)
    assert not contents.shipped_resource(resources / "translations" / "terms.tsv", resources)
    assert not contents.shipped_resource(resources / "translations" / "x.ts", resources)
    assert not contents.shipped_resource(resources / "icons" / "app.ico", resources)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files")
def test_strip_leaves_libraries_a_wheel_vendored_as_they_are(tmp_path: Path) -> None:
    contents = load("bundle_contents")
    elf = Path(sys.executable).resolve()
    assert contents.strippable(elf, "python3")
    assert not contents.strippable(elf, "numpy.libs/libopenblas.so")
    text = tmp_path / "notes.txt"
    text.write_text("not a binary")
    assert not contents.strippable(text, "notes.txt")


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files")
def test_vendored_openssl_links_to_the_bundles_when_its_symbols_are_there() -> None:
    contents = load("bundle_contents")
    spec = importlib.util.find_spec("psycopg_binary")
    if spec is None or spec.origin is None:
        pytest.skip("psycopg-binary is not installed")
    vendored = Path(spec.origin).parent.parent / "psycopg_binary.libs"
    copies = sorted(vendored.glob("libssl-*.so.3")) + sorted(vendored.glob("libcrypto-*.so.3"))
    libpq = next(vendored.glob("libpq-*"), None)
    shared = [
        Path(line.rsplit("=>", 1)[1].strip())
        for line in subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, check=False
        ).stdout.splitlines()
        if "x86-64" in line and line.split()[0] in {"libssl.so.3", "libcrypto.so.3"}
    ]
    if len(copies) != 2 or libpq is None or len(shared) != 2:
        pytest.skip("needs psycopg-binary's OpenSSL 3 copies and the system's OpenSSL 3")
    toc = [(path.name, str(path), "BINARY") for path in shared]
    toc += [(f"psycopg_binary.libs/{p.name}", str(p), "BINARY") for p in [*copies, libpq]]
    out, linked = contents.share_openssl(toc)
    assert linked == sorted(f"psycopg_binary.libs/{p.name}" for p in copies)
    links = {dest: src for dest, src, typecode in out if typecode == "SYMLINK"}
    assert links == {
        f"psycopg_binary.libs/{copies[0].name}": "../libssl.so.3",
        f"psycopg_binary.libs/{copies[1].name}": "../libcrypto.so.3",
    }
    # Without the bundle's own OpenSSL the copies stay.
    assert contents.share_openssl(toc[2:]) == (toc[2:], [])
