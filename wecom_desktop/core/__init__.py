"""Message types, parsing, conversation keys and id kinds: plain Python, no Qt, no database."""
