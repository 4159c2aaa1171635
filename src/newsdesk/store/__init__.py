"""The SQLite store of analysed articles: ``Store.open(path)``, add, get, search, export."""
from newsdesk.store.sqlite import EXPORT_TABLES, AddResult, SearchHit, Store, content_hash

__all__ = ["EXPORT_TABLES", "AddResult", "SearchHit", "Store", "content_hash"]
