def solve(n):
    solutions = []
    cols = [0] * n
    used_cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if used_cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[row] = c
            used_cols[c] = diag1[row + c] = diag2[row - c + n] = True
            place(row + 1)
            used_cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return solutions


def show(board):
    n = len(board)
    for r in range(n):
        print(" ".join("Q" if board[r] == c else "." for c in range(n)))


for n in range(1, 9):
    sols = solve(n)
    print("n =", n, "solutions =", len(sols))

six = solve(6)
print("all 6-queens solutions:", six)
eight = solve(8)
print("first 8-queens solution:", eight[0])
show(eight[0])
print("last 8-queens solution:", eight[-1])
show(eight[-1])
symmetric = [s for s in eight if s == s[::-1]]
print("palindromic solutions:", len(symmetric))
mirrored = sum(1 for s in eight if [7 - c for c in s] in eight)
print("mirror-closed count:", mirrored)
