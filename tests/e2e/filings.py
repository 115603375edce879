"""A new filing of a watched company, in the application-proof file format."""

from __future__ import annotations

import json

from tests.mirror_data import EDS, seed_company_files


def new_filing_file() -> bytes:
    base = json.loads(seed_company_files()[EDS + "appactive_app_sehk_e.json"])["app"]
    stepfun = {
        "id": 990050,
        "d": "20/11/2026",
        "a": "StepFun Inc.",
        "s": "A",
        "hasPhip": False,
        "ls": [
            {
                "d": "20/11/2026",
                "nF": "Application Proof (1st submission)",
                "nS1": "Full Version",
                "u1": "sehk/2026/990050/documents/sehk26112000050.pdf",
            }
        ],
        "ps": [],
    }
    return json.dumps({"genDate": "1", "uDate": "21/11/2026", "app": [*base, stepfun]}).encode()
