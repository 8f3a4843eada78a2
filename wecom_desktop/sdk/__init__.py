"""Tencent's native finance SDK: ctypes binding, library lookup, the isolated worker process."""
