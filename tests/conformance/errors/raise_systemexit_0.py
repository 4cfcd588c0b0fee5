print("clean exit")
raise SystemExit(0)
