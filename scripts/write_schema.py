"""Write src/newsdesk/schema/analysis.schema.json from newsdesk.records (run after changing a record)."""
import json
from pathlib import Path

from newsdesk.records import json_schema

OUT = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "schema" / "analysis.schema.json"

if __name__ == "__main__":
    OUT.write_text(json.dumps(json_schema(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
