"""Pure functions from spaCy Docs to :mod:`newsdesk.records`, one module per capability."""
