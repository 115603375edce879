"""Build the one-folder bundle with PyInstaller, smoke-test it and say how big it is.

    .venv/bin/python packaging/build.py              # build/ and dist/ (make package)
    .venv/bin/python packaging/build.py --bare       # a bare PySide6 + pyqtgraph window, for comparison
    .venv/bin/python packaging/build.py --dist D --work W --no-archive
    .venv/bin/python packaging/build.py --smoke-only # smoke-run what dist/ already holds

Steps: install the pinned PyInstaller into this interpreter if it is missing, render the
icons if they are missing, run PyInstaller on packaging/ipo-watch.spec, then on Linux
pack ``<dist>/ipo-pipeline-watch-<version>-linux-<machine>.tar.xz``, run the frozen
program with ``--smoke`` (offscreen) and print the bundle's size on disk and packed.
The Windows installer (packaging/windows/ipo-watch.iss) and the macOS disk image
(packaging/macos/make_dmg.sh) are made from the same folder by the release workflow.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "ipo-watch.spec"
PYINSTALLER = "6.22.3"
BARE_NAME = "bare-hello"
SMOKE_TIMEOUT_S = 180

sys.path.insert(0, str(ROOT))
from desktop import APP_ID, APP_NAME, __version__  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    bare: bool = args.bare
    dist = Path(args.dist or ROOT / "dist" / ("bare" if bare else "")).resolve()
    work = Path(args.work or ROOT / "build" / ("bare" if bare else "")).resolve()

    if args.smoke_only:
        exe = Path(args.exe) if args.exe else frozen_executable(dist, bare)
        return 0 if smoke(exe, bare) else 1

    started = time.monotonic()
    ensure_pyinstaller()
    if not bare:
        ensure_icons()
        compile_translations()
    freezing = time.monotonic()
    run_pyinstaller(dist, work, bare=bare, clean=args.clean)
    frozen = time.monotonic() - freezing

    bundle = bundle_dir(dist, bare)
    archive = None
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = make_archive(bundle, dist, bare)
    built = time.monotonic() - started

    ok = True
    if not args.no_smoke:
        ok = smoke(frozen_executable(dist, bare), bare)

    print()
    print(f"bundle:   {bundle}")
    print(f"on disk:  {megabytes(tree_size(bundle))}")
    if archive is not None:
        print(f"tar.xz:   {megabytes(archive.stat().st_size)}  ({archive.name})")
    print(f"build:    {built:.1f} s  (PyInstaller {frozen:.1f} s)")
    return 0 if ok else 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bare", action="store_true", help="freeze a bare PySide6 + pyqtgraph window instead"
    )
    parser.add_argument("--dist", metavar="DIR", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", metavar="DIR", help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's caches first")
    parser.add_argument("--no-archive", action="store_true", help="do not pack the .tar.xz")
    parser.add_argument("--no-smoke", action="store_true", help="do not run the frozen --smoke")
    parser.add_argument(
        "--smoke-only", action="store_true", help="only smoke-run the bundle already built"
    )
    parser.add_argument("--exe", metavar="PATH", help="with --smoke-only: the program to run")
    return parser.parse_args(argv)


# -- steps ------------------------------------------------------------------------------


def ensure_pyinstaller() -> None:
    try:
        installed: str | None = metadata.version("pyinstaller")
    except metadata.PackageNotFoundError:
        installed = None
    if installed == PYINSTALLER:
        return
    print(f"Installing pyinstaller=={PYINSTALLER} into {sys.prefix} ...", flush=True)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"pyinstaller=={PYINSTALLER}",
        ],
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(
            f"error: could not install pyinstaller=={PYINSTALLER} (pip exited with "
            f"{result.returncode}); the bundle cannot be built without it"
        )


def ensure_icons() -> None:
    sys.path.insert(0, str(PACKAGING))
    from make_icons import outputs

    if all(path.exists() for path in outputs()):
        return
    print("Rendering the icons ...", flush=True)
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py")], check=True)


def compile_translations() -> None:
    """The interface's .qm catalogues from their .ts sources (they are never committed)."""
    import shutil

    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        return
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if tool is None:
        raise SystemExit("error: pyside6-lrelease not found (it ships with PySide6-Essentials)")
    for ts in sources:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def run_pyinstaller(dist: Path, work: Path, *, bare: bool, clean: bool) -> None:
    env = dict(os.environ)
    env.pop("IPO_WATCH_BARE", None)
    if bare:
        env["IPO_WATCH_BARE"] = "1"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    print(f"PyInstaller {'(bare PySide6 + pyqtgraph window) ' if bare else ''}→ {dist}", flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def bundle_dir(dist: Path, bare: bool) -> Path:
    if sys.platform == "darwin" and not bare:
        return dist / f"{APP_NAME}.app"
    return dist / (BARE_NAME if bare else APP_ID)


def frozen_executable(dist: Path, bare: bool) -> Path:
    name = BARE_NAME if bare else APP_ID
    if sys.platform == "darwin" and not bare:
        return dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / name
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / name / f"{name}{suffix}"


def make_archive(bundle: Path, dist: Path, bare: bool) -> Path:
    """``<name>-<version>-linux-<machine>.tar.xz`` holding one ``<name>/`` folder.

    The app's archive also carries the .desktop file and a 256 px icon beside the
    program, for people who want it in their menu.
    """
    machine = platform.machine() or "unknown"
    stem = f"{BARE_NAME}-linux-{machine}" if bare else f"{APP_ID}-{__version__}-linux-{machine}"
    archive = dist / f"{stem}.tar.xz"
    extras: list[tuple[Path, str]] = []
    if not bare:
        extras = [
            (PACKAGING / "linux" / f"{APP_ID}.desktop", f"{APP_ID}.desktop"),
            (ROOT / "resources" / "icons" / "png" / "app-256.png", f"{APP_ID}.png"),
        ]
    print(f"Packing {archive.name} ...", flush=True)

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    def add_all(tar: tarfile.TarFile) -> None:
        tar.add(bundle, arcname=bundle.name, filter=owned_by_root)
        for source, name in extras:
            tar.add(source, arcname=f"{bundle.name}/{name}", filter=owned_by_root)

    xz = shutil.which("xz")
    with archive.open("wb") as out:
        if xz:  # multi-threaded, several times faster than the lzma module
            proc = subprocess.Popen([xz, "-6", "-T0", "-c"], stdin=subprocess.PIPE, stdout=out)
            assert proc.stdin is not None
            with tarfile.open(fileobj=proc.stdin, mode="w|") as tar:
                add_all(tar)
            proc.stdin.close()
            if proc.wait() != 0:
                raise SystemExit(f"error: xz exited with {proc.returncode}")
        else:
            with tarfile.open(fileobj=out, mode="w:xz", preset=6) as tar:
                add_all(tar)
    return archive


def smoke(exe: Path, bare: bool) -> bool:
    """Run the frozen program with ``--smoke``; print what it said; True when it passed."""
    if not exe.exists():
        print(f"smoke: FAILED: {exe} does not exist")
        return False
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    print(f"Smoke-running {exe} --smoke", flush=True)
    started = time.monotonic()
    try:
        result = subprocess.run(
            [str(exe), "--smoke"],
            env=env,
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        print(f"smoke: FAILED: no answer within {SMOKE_TIMEOUT_S} s")
        return False
    elapsed = time.monotonic() - started
    for line in result.stdout.splitlines():
        print(f"  {line}")
    expected = "ok: window" if bare else "ok: main window"
    # The exit code decides. The output is checked too when there is any: a windowed
    # Windows program has no stdout unless the OS hands it the pipe.
    if result.returncode != 0 or (result.stdout.strip() and expected not in result.stdout):
        for line in result.stderr.splitlines():
            print(f"  stderr: {line}")
        print(f"smoke: FAILED (exit {result.returncode})")
        return False
    print(f"smoke: passed in {elapsed:.1f} s")
    return True


# -- sizes ------------------------------------------------------------------------------


def tree_size(path: Path) -> int:
    """Bytes of all regular files under `path` (symlinks count as nothing)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


if __name__ == "__main__":
    sys.exit(main())
