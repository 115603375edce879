"""What goes into the frozen bundle and what is left out, for packaging/ipo-watch.spec.

Plain Python (no PyInstaller import), so that tests/test_packaging.py can read the same
lists the spec uses.  Both bundles (the app and the bare comparison window) are built
with these rules; what only the app carries is left out by the excludes, which the bare
window never reaches anyway.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path, PurePath

# Qt modules the app never imports. PyInstaller only collects what is imported, so this
# is a guard: a stray import (a library probing for optional features) cannot pull a
# large Qt library in. QtOpenGL/QtOpenGLWidgets (pyqtgraph), QtSvg (the icon) and
# QtNetwork stay.
UNUSED_QT = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]  # fmt: skip

EXCLUDES = [
    "tkinter", "_tkinter",
    *(f"PySide6.{module}" for module in UNUSED_QT),
    # Other Qt bindings and libraries that pyqtgraph and numpy only probe for.
    "PyQt5", "PyQt6", "PySide2", "matplotlib", "scipy", "IPython", "OpenGL",
    # Pillow (15 MB with its libraries) is only probed for: openpyxl for pictures in a
    # workbook (the app reads cells), pypdfium2 for rendering pages to images (the app
    # reads text).
    "PIL",
    # Mako (Alembic's templates for writing new revisions) offers syntax highlighting.
    "pygments",
    # SQLAlchemy dialects of servers the app never talks to (it knows SQLite and
    # PostgreSQL); Alembic names their compilers for type checking only. The asyncio
    # extension: the app's engines are synchronous (Alembic imports it for
    # run_async, which the migrations do not call).
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle",
    "sqlalchemy.ext.asyncio", "sqlalchemy.ext.mypy",
    # Type checkers' plugins and numpy's Fortran wrapper generator: development tools.
    "pydantic.mypy", "numpy.f2py",
    "pyqtgraph.examples", "pyqtgraph.opengl", "pyqtgraph.jupyter",
    # Tests and development tools never ship.
    "tests", "desktop.tools", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy",
    "sqlalchemy.testing", "alembic.testing", "numpy.testing",
]  # fmt: skip

# Of Qt's own translations (7 MB) only the two the interface uses ship: qtbase in
# Traditional and Simplified Chinese (standard buttons and dialogs).
QT_CATALOGUES = {"qtbase_zh_TW.qm", "qtbase_zh_CN.qm"}

# Qt plugins neither window loads, by plugin folder; names without "lib" and suffix.
# Platforms: a desktop session is X11 (xcb) or Wayland, the self-test is offscreen; the
# framebuffer, EGL-fullscreen, VNC and Vulkan-display platforms and their input plugins
# (generic/, egldeviceintegrations/) are for kiosks and embedded boards. Image formats:
# the interface shows SVG and PNG (built into Qt) and reads no pictures.
UNUSED_QT_PLUGINS: dict[str, set[str] | None] = {  # None: the whole folder
    "platforms": {"qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvnc", "qvkkhrdisplay"},
    "egldeviceintegrations": None,
    "generic": None,
    "imageformats": {"qicns", "qtga", "qtiff", "qwbmp", "qwebp"},
}
# Qt libraries only those plugins link to.
UNUSED_QT_LIBRARIES = {"Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport"}

# The OpenCC conversions the app makes: desktop/domain/chinese_script.py (s2hk, hk2s)
# and desktop/domain/simplify.py (t2s). Only their configs and dictionaries ship.
OPENCC_CONFIGS = ("s2hk", "hk2s", "t2s")

# What the frozen app reads from resources/: the compiled catalogues (not their .ts
# sources or the terms table), the SVG icon (the .ico/.icns/.png are for the installers
# and the desktop entry, taken from the source tree), the seed watchlist and the sample
# the self-test parses.
RESOURCE_SUFFIXES = {
    "translations": {".qm"},
    "icons": {".svg"},
    "seed": {".json"},
    "samples": {".json"},
}


def _stem(name: str) -> str:
    """`libqtiff.so` / `qtiff.dll` / `libqtiff.dylib` -> `qtiff`."""
    stem = name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") and sys.platform != "win32" else stem


def unused_qt_file(dest: str) -> bool:
    """Whether a bundle entry (its path inside the bundle) is a Qt plugin, library or
    catalogue that neither window loads."""
    parts = PurePath(dest).parts
    if parts[:1] != ("PySide6",):
        # The top-level links PyInstaller makes to Qt's libraries.
        return len(parts) == 1 and _stem(parts[0]) in UNUSED_QT_LIBRARIES
    if "translations" in parts[1:3]:
        return parts[-1] not in QT_CATALOGUES
    if "plugins" in parts[1:3] and len(parts) >= 2:
        at = parts.index("plugins")
        if len(parts) > at + 2:
            folder = parts[at + 1]
            if folder in UNUSED_QT_PLUGINS:
                names = UNUSED_QT_PLUGINS[folder]
                return names is None or _stem(parts[-1]) in names
        return False
    return _stem(parts[-1]) in UNUSED_QT_LIBRARIES


def opencc_files(package: Path, configs: tuple[str, ...] = OPENCC_CONFIGS) -> set[str]:
    """The files (relative to the opencc package) that `configs` read."""
    wanted = set()
    for config in configs:
        wanted.add(f"config/{config}.json")
        setting = json.loads((package / "config" / f"{config}.json").read_text("utf-8"))
        wanted.update(f"dictionary/{name}" for name in _dictionary_files(setting))
    return wanted


def _dictionary_files(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if node.get("type") == "txt" and isinstance(node.get("file"), str):
            found.add(node["file"])
        for value in node.values():
            found |= _dictionary_files(value)
    elif isinstance(node, list):
        for value in node:
            found |= _dictionary_files(value)
    return found


def unused_opencc_file(dest: str, keep: set[str]) -> bool:
    """Whether a bundle entry is an OpenCC config, dictionary or text the app never
    loads (`keep` from `opencc_files`)."""
    parts = PurePath(dest).parts
    if parts[:1] != ("opencc",) or len(parts) < 2:
        return False
    if len(parts) == 2:  # README.md, NOTICE.txt (the licence notice stays)
        return parts[1] == "README.md"
    return "/".join(parts[1:]) not in keep


def shipped_resource(path: Path, resources: Path) -> bool:
    """Whether a file under resources/ goes into the bundle."""
    relative = path.relative_to(resources)
    suffixes = RESOURCE_SUFFIXES.get(relative.parts[0])
    return suffixes is not None and path.suffix in suffixes


# -- stripping --------------------------------------------------------------------------

ELF_MAGIC = b"\x7fELF"


def strippable(source: Path, dest: str) -> bool:
    """An ELF file whose symbol tables can go: not one a wheel's repair tool vendored into
    a ``<package>.libs`` folder or rewrote to find them there (patchelf moves their
    segments, and GNU strip then writes a library the loader refuses: "ELF load
    command address/offset not page-aligned", numpy's OpenBLAS does)."""
    if any(part.endswith(".libs") for part in PurePath(dest).parts[:-1]):
        return False
    try:
        with source.open("rb") as file:
            if file.read(4) != ELF_MAGIC:
                return False
    except OSError:
        return False
    return ".libs" not in _search_path(source)


def _search_path(source: Path) -> str:
    import subprocess

    out = subprocess.run(
        ["readelf", "-d", "-W", str(source)], capture_output=True, text=True, check=False
    ).stdout
    return " ".join(line for line in out.splitlines() if "RPATH" in line or "RUNPATH" in line)


def strip_binaries(
    toc: list[tuple[str, str, str]], cache: Path
) -> tuple[list[tuple[str, str, str]], int]:
    """`toc` with its strippable binaries replaced by stripped copies under `cache`
    (made once per source file and kept there), and the bytes that saved."""
    import shutil
    import subprocess

    if shutil.which("strip") is None or shutil.which("readelf") is None:
        print("warning: strip/readelf not found; the binaries ship as built", flush=True)
        return toc, 0
    out: list[tuple[str, str, str]] = []
    saved = 0
    for dest, src, typecode in toc:
        source = Path(src)
        if typecode not in {"BINARY", "EXTENSION"} or not strippable(source, dest):
            out.append((dest, src, typecode))
            continue
        stat = source.stat()
        copy = cache / f"{stat.st_size}-{int(stat.st_mtime)}" / dest
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            partial = copy.with_name(copy.name + ".part")
            shutil.copy2(source, partial)
            done = subprocess.run(
                ["strip", "--strip-unneeded", str(partial)], capture_output=True, check=False
            )
            if done.returncode != 0 or partial.stat().st_size >= stat.st_size:
                partial.unlink()
                copy.symlink_to(source)  # nothing to gain: remember to use the original
            else:
                partial.rename(copy)
        if copy.is_symlink():
            out.append((dest, src, typecode))
        else:
            saved += stat.st_size - copy.stat().st_size
            out.append((dest, str(copy), typecode))
    return out, saved


# -- one OpenSSL ------------------------------------------------------------------------

OPENSSL = ("ssl", "crypto")  # as `_stem` names them


def share_openssl(
    toc: list[tuple[str, str, str]],
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """`toc` with the OpenSSL copies a wheel vendored (psycopg's: ``libssl-<hash>.so.3``,
    ``libcrypto-<hash>.so.3`` in ``psycopg_binary.libs``, 7 MB) turned into links to the
    ``libssl.so.3``/``libcrypto.so.3`` the bundle carries for Python's own ``ssl`` and
    ``hashlib`` — when every library that loads the copies finds each OpenSSL symbol it
    needs (name and version) in those. OpenSSL 3 keeps its ABI across 3.x releases; the
    check makes sure no newer symbol is asked for. Also the names replaced."""
    shared = {
        _stem(dest): (dest, src)
        for dest, src, typecode in toc
        if typecode == "BINARY" and "/" not in dest and _stem(dest) in OPENSSL
    }
    vendored = {
        dest: stem
        for dest, _src, typecode in toc
        if typecode == "BINARY"
        and (stem := _stem(PurePath(dest).name).split("-", 1)[0]) in OPENSSL
        and "-" in PurePath(dest).name
        and PurePath(dest).parent.name.endswith(".libs")
        and PurePath(dest).name.endswith(".so.3")
    }
    if len(shared) != len(OPENSSL) or not vendored:
        return toc, []
    names = {PurePath(dest).name for dest in vendored}
    provided: set[str] = set()
    for _dest, src in shared.values():
        provided |= _defined_symbols(Path(src))
    for dest, src, typecode in toc:
        if typecode not in {"BINARY", "EXTENSION"} or dest in vendored:
            continue
        if names & _needed(Path(src)):
            missing = _openssl_imports(Path(src)) - provided
            if missing:
                print(f"note: {dest} needs {sorted(missing)[:3]}...; its OpenSSL stays")
                return toc, []
    out = []
    for dest, src, typecode in toc:
        if dest in vendored:
            target = shared[vendored[dest]][0]
            depth = len(PurePath(dest).parts) - 1
            out.append((dest, "/".join([".."] * depth + [target]), "SYMLINK"))
        else:
            out.append((dest, src, typecode))
    return out, sorted(vendored)


def _readelf(*args: str) -> str:
    import subprocess

    return subprocess.run(
        ["readelf", "-W", *args], capture_output=True, text=True, check=False
    ).stdout


def _needed(path: Path) -> set[str]:
    return {
        line.rsplit("[", 1)[1].rstrip("]")
        for line in _readelf("-d", str(path)).splitlines()
        if "(NEEDED)" in line
    }


def _dynamic_symbols(path: Path) -> list[tuple[str, str]]:
    """(section index, name@version) of the dynamic symbol table."""
    found = []
    for line in _readelf("--dyn-syms", str(path)).splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[0].endswith(":"):
            found.append((fields[6], fields[7].replace("@@", "@")))
    return found


def _defined_symbols(path: Path) -> set[str]:
    return {name for index, name in _dynamic_symbols(path) if index != "UND" and "@" in name}


def _openssl_imports(path: Path) -> set[str]:
    return {
        name.split(" ", 1)[0]
        for index, name in _dynamic_symbols(path)
        if index == "UND" and "@OPENSSL_" in name
    }
