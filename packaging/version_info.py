"""The Windows version resource of ipo-pipeline-watch.exe, from desktop.__version__.

Explorer shows it under Properties → Details, and installers and antivirus tools read
it; an executable without one looks anonymous. The spec hands the object straight to
PyInstaller's EXE(version=...).
"""

from __future__ import annotations

import re
from typing import Any


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Turn "0.1.0" into (0, 1, 0, 0); a pre-release suffix ("0.2.0rc1") is dropped."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(part) for part in release.group().split(".")[:4]] if release else []
    while len(numbers) < 4:
        numbers.append(0)
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info(
    *, version: str, app_name: str, org_name: str, exe_name: str
) -> Any:  # PyInstaller's VSVersionInfo
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = [
        ("CompanyName", org_name),
        ("FileDescription", app_name),
        ("FileVersion", version),
        ("InternalName", exe_name),
        ("LegalCopyright", f"© {org_name}. MIT licence."),
        ("OriginalFilename", f"{exe_name}.exe"),
        ("ProductName", app_name),
        ("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0409 = U.S. English, 04B0 = 1200 = Unicode; the pair is repeated below.
            StringFileInfo([StringTable("040904B0", [StringStruct(k, v) for k, v in strings])]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
