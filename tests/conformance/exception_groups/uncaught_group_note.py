g = ExceptionGroup("noted", [ValueError("v")])
g.add_note("this note\nhas two lines")
raise g
