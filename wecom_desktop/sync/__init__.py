"""Getting messages into the archive: the SDK pull pipeline and the JSONL import. No Qt."""
