print("never printed")
matrix = [
    (1, 2),
    (3, [4, 5),
]
total = 0
