v = ValueError("v")
v.add_note("note on the leaf")
raise ExceptionGroup("g", [TypeError("t"), v])
