"""Reading articles in: files, HTML, JSONL, directories; later duplicates, stories and claims."""
