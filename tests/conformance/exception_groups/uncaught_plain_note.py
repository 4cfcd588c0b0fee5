e = RuntimeError("boom")
e.add_note("extra context")
raise e
