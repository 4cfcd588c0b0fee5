for token in ["12", "7", "x"]:
    print(int(token) * 2)
