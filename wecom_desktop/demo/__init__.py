"""The synthetic demo company: deterministic staff, customers, groups and messages of every type.

`generator.iter_demo_messages` yields decrypted-message JSON; `build.build_demo` writes it
into a profile's archive. Nothing here imports Qt.
"""
