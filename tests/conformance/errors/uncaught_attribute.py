s = "text"
print(s.upper())
print(s.nonexistent_method())
