"""The Linux bundle's size on disk against a bare PySide6-Essentials + pyqtgraph bundle.

    python -m benchmarks.bundle [--keep DIR] [--base-root CHECKOUT]

Both are frozen by ``packaging/build.py`` with the same spec and options (the bare one
with ``--bare``: ``packaging/bare_hello.py``, a pyqtgraph plot in a window) into a
temporary folder, and each must pass its ``--smoke`` run. The size is the sum of the
regular files' sizes (links count as nothing, as ``build.py`` counts). Printed: each
bundle's 20 largest files and folders, what the app's bundle has that the bare one
lacks, by package (the files under ``_internal`` and the pure-Python modules in the
executable's archive), and last the ratio. ``--base-root`` also freezes the app of
another checkout (say ``main`` in a worktree of its own) the same way and prints its
ratio to the same bare bundle, for a before/after in one run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.05
APP_ID = "ipo-pipeline-watch"
BARE_ID = "bare-hello"
TOP = 20


def build(root: Path, out: Path, *, bare: bool) -> tuple[Path, Path]:
    """Freeze with `root`'s packaging/build.py; the bundle folder and the work folder."""
    dist, work = out / "dist", out / "work"
    command = [
        sys.executable,
        str(root / "packaging" / "build.py"),
        "--dist",
        str(dist),
        "--work",
        str(work),
        "--no-archive",
    ]
    if bare:
        command.append("--bare")
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    print(f"freezing {'the bare window' if bare else 'the app'} from {root} ...", flush=True)
    done = subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, timeout=1800, check=False
    )
    if done.returncode != 0:
        sys.stdout.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"error: build.py exited with {done.returncode} for {root}")
    name = BARE_ID if bare else APP_ID
    return dist / name, work / "ipo-watch"  # PyInstaller names it after the spec


EXECUTABLE = "(the executable, with its archive of pure-Python modules)"


def files(bundle: Path) -> dict[str, int]:
    """Bundle-relative path -> size of every regular file (links count as nothing); the
    program itself, named after its bundle, under one name for both."""
    found: dict[str, int] = {}
    for folder, _dirs, names in os.walk(bundle):
        for name in names:
            path = Path(folder) / name
            if not path.is_symlink():
                relative = path.relative_to(bundle).as_posix()
                found[EXECUTABLE if relative == bundle.name else relative] = path.stat().st_size
    return found


def group(path: str) -> str:
    """The package a bundle file belongs to: the first folder under ``_internal`` (Qt's
    libraries and plugins one by one, the stdlib's extensions as one)."""
    parts = path.split("/")
    if parts[0] != "_internal" or len(parts) == 1:
        return parts[0]
    inner = parts[1:]
    if inner[0] == "PySide6" and len(inner) > 3 and inner[1] == "Qt":
        return "/".join(inner[:4] if inner[2] == "plugins" and len(inner) > 4 else inner[:3])
    if inner[0].startswith("python3"):
        return inner[0]
    return inner[0]


def largest(sizes: dict[str, int]) -> list[tuple[int, str]]:
    """The largest files and folders (a folder's size is the sum of its files)."""
    entries: dict[str, int] = defaultdict(int)
    for path, size in sizes.items():
        entries[path] += size
        parts = path.split("/")
        for depth in range(1, len(parts)):
            entries["/".join(parts[:depth]) + "/"] += size
    entries.pop("_internal/", None)
    return sorted(((size, path) for path, size in entries.items()), reverse=True)[:TOP]


def pyz_modules(work: Path) -> dict[str, int]:
    """Module -> compressed bytes in the executable's archive of pure-Python modules."""
    from PyInstaller.archive.readers import ZlibArchiveReader

    archive = ZlibArchiveReader(str(work / "PYZ-00.pyz"))
    return {name: entry[2] for name, entry in archive.toc.items()}


def mb(size: float) -> str:
    return f"{size / 1e6:8.2f} MB"


def report(title: str, sizes: dict[str, int]) -> None:
    print(f"\n{title}: {mb(sum(sizes.values())).strip()} in {len(sizes)} files; the {TOP} largest")
    for size, path in largest(sizes):
        print(f"  {mb(size)}  {path}")


def extra(app: dict[str, int], bare: dict[str, int], app_pyz: dict[str, int],
          bare_pyz: dict[str, int]) -> None:  # fmt: skip
    by_package: dict[str, int] = defaultdict(int)
    for path, size in app.items():
        if path not in bare:
            by_package[group(path)] += size
        elif size > bare[path]:  # the executable, or a file of the same name
            by_package[f"{group(path)} (beyond the bare one's)"] += size - bare[path]
    modules: dict[str, int] = defaultdict(int)
    for name, size in app_pyz.items():
        if name not in bare_pyz:
            modules[name.split(".")[0]] += size
    print(f"\nonly in the app's bundle: {mb(sum(by_package.values())).strip()}, by package")
    for name, size in sorted(by_package.items(), key=lambda item: -item[1]):
        if size >= 10_000:
            print(f"  {mb(size)}  {name}")
    print(
        f"  of which pure-Python modules in the executable's archive, by package "
        f"({mb(sum(modules.values())).strip()} compressed):"
    )
    for name, size in sorted(modules.items(), key=lambda item: -item[1])[:TOP]:
        print(f"    {mb(size)}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the bundles")
    parser.add_argument(
        "--base-root", metavar="CHECKOUT", help="also freeze this checkout's app, for comparison"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as scratch:
        out = Path(args.keep).resolve() if args.keep else Path(scratch)
        app_dir, app_work = build(ROOT, out / "app", bare=False)
        bare_dir, bare_work = build(ROOT, out / "bare", bare=True)
        base = None
        if args.base_root:
            base_dir, _ = build(Path(args.base_root).resolve(), out / "base", bare=False)
            base = files(base_dir)
        app, bare = files(app_dir), files(bare_dir)
        report("app bundle", app)
        report("bare PySide6 + pyqtgraph bundle", bare)
        extra(app, bare, pyz_modules(app_work), pyz_modules(bare_work))
    app_size, bare_size = sum(app.values()), sum(bare.values())
    print()
    if base is not None:
        base_size = sum(base.values())
        print(
            f"base ({args.base_root}): {mb(base_size).strip()}, "
            f"{base_size / bare_size:.2f}x the same bare bundle"
        )
    print(f"app {mb(app_size).strip()}, bare {mb(bare_size).strip()}")
    print(
        f"bundle: {app_size / bare_size:.2f}x the bare PySide6 + pyqtgraph bundle "
        f"(target <= {TARGET}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
