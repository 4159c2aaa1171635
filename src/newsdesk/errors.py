"""NewsdeskError and its few subclasses, each with a short stable code."""
from __future__ import annotations


class NewsdeskError(Exception):
    """An error the user can act on; the CLI prints it as one line, never a traceback."""

    code = "ND000"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.code} {self.args[0]}"


class InputError(NewsdeskError):
    """The input cannot be read or holds nothing to analyse (missing, empty, binary, too large)."""

    code = "ND100"


class NotEnglishError(InputError):
    code = "ND110"


class ModelError(NewsdeskError):
    """The spaCy pipeline cannot be loaded."""

    code = "ND200"


class StoreError(NewsdeskError):
    """The SQLite store cannot be opened or written."""

    code = "ND300"
