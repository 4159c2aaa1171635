"""Every error code used in the source is documented in docs/errors.md."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_error_code_is_documented():
    used = set()
    for path in (ROOT / "src" / "newsdesk").rglob("*.py"):
        used |= set(re.findall(r"\"(ND\d{3})\"", path.read_text(encoding="utf-8")))
    documented = set(re.findall(r"`(ND\d{3})`", (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")))
    assert used, "no error codes found: the scan is broken"
    assert used <= documented, f"undocumented codes: {sorted(used - documented)}"
