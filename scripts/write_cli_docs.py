"""Write docs/cli.md from the CLI parsers (run after changing a command or option)."""
from pathlib import Path

from newsdesk.cli.docs import render_cli_reference

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"

if __name__ == "__main__":
    OUT.write_text(render_cli_reference(), encoding="utf-8")
    print(f"wrote {OUT}")
