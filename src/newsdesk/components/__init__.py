"""Thin spaCy wrappers around :mod:`newsdesk.extract`; importing registers the factories."""
from newsdesk.components import factories  # noqa: F401  (registers the factories)
from newsdesk.components.extensions import register_extensions

register_extensions()
