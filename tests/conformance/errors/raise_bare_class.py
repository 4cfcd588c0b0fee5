print("about to raise")
raise IndexError
