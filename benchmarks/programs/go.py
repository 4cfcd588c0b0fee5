# bench: default=200 quick=2
"""Go on a 9x9 board by Monte Carlo tree search (the go workload): random playouts with
capture, suicide and ko rules, area scoring, and a UCT-style tree choosing the first move.

Usage: go.py [PLAYOUTS]
"""

import random
import sys
from math import sqrt

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI_TIMES_2 = 15  # 7.5 points, kept in half points so scoring stays integral


def neighbour_table():
    table = []
    for p in range(SIZE * SIZE):
        r, c = divmod(p, SIZE)
        ns = []
        if r > 0:
            ns.append(p - SIZE)
        if r < SIZE - 1:
            ns.append(p + SIZE)
        if c > 0:
            ns.append(p - 1)
        if c < SIZE - 1:
            ns.append(p + 1)
        table.append(ns)
    return table


NEIGHBOURS = neighbour_table()


class Board:
    def __init__(self):
        self.stones = [EMPTY] * (SIZE * SIZE)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board()
        b.stones = self.stones[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, start):
        """The stones connected to start, and whether the group has a liberty."""
        colour = self.stones[start]
        stones = self.stones
        seen = {start}
        todo = [start]
        free = False
        while todo:
            p = todo.pop()
            for n in NEIGHBOURS[p]:
                s = stones[n]
                if s == EMPTY:
                    free = True
                elif s == colour and n not in seen:
                    seen.add(n)
                    todo.append(n)
        return seen, free

    def is_eye(self, p, colour):
        for n in NEIGHBOURS[p]:
            if self.stones[n] != colour:
                return False
        return True

    def play(self, p):
        """Plays p for the side to move; returns False (board unchanged) if illegal."""
        if p == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = 3 - self.to_move
            self.moves += 1
            return True
        stones = self.stones
        if stones[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        them = 3 - me
        stones[p] = me
        captured = []
        for n in NEIGHBOURS[p]:
            if stones[n] == them:
                group, free = self.group(n)
                if not free:
                    for s in group:
                        stones[s] = EMPTY
                        captured.append(s)
        if not captured:
            _, free = self.group(p)
            if not free:
                stones[p] = EMPTY
                return False
        self.ko = captured[0] if len(captured) == 1 else None
        self.passes = 0
        self.to_move = them
        self.moves += 1
        return True

    def legal_moves(self):
        out = []
        for p in range(SIZE * SIZE):
            if self.stones[p] == EMPTY and p != self.ko:
                trial = self.copy()
                if trial.play(p):
                    out.append(p)
        return out

    def random_move(self, rng):
        """Plays a random legal move that does not fill the mover's own eye, or passes."""
        empties = [p for p in range(SIZE * SIZE) if self.stones[p] == EMPTY]
        rng.shuffle(empties)
        me = self.to_move
        for p in empties:
            if not self.is_eye(p, me) and self.play(p):
                return p
        self.play(PASS)
        return PASS

    def score_black_minus_white_x2(self):
        score = 0
        for p in range(SIZE * SIZE):
            s = self.stones[p]
            if s == EMPTY:
                owners = {self.stones[n] for n in NEIGHBOURS[p]}
                if owners == {BLACK}:
                    s = BLACK
                elif owners == {WHITE}:
                    s = WHITE
            if s == BLACK:
                score += 2
            elif s == WHITE:
                score -= 2
        return score - KOMI_TIMES_2


def playout(board, rng):
    limit = SIZE * SIZE * 3
    while board.passes < 2 and board.moves < limit:
        board.random_move(rng)
    return BLACK if board.score_black_minus_white_x2() > 0 else WHITE


class Node:
    def __init__(self, board, move, parent):
        self.move = move
        self.parent = parent
        self.mover = 3 - board.to_move  # the side that played `move`
        self.untried = board.legal_moves()
        self.children = []
        self.wins = 0
        self.visits = 0

    def select(self):
        root = sqrt(self.visits)
        best = None
        best_score = -1.0
        for c in self.children:
            score = c.wins / c.visits + 1.2 * root / (1 + c.visits)
            if score > best_score:
                best = c
                best_score = score
        return best


def search(playouts, rng):
    root_board = Board()
    root = Node(root_board, None, None)
    nodes = 1
    for _ in range(playouts):
        node = root
        board = root_board.copy()
        while not node.untried and node.children:
            node = node.select()
            board.play(node.move)
        if node.untried:
            move = node.untried.pop(rng.randrange(len(node.untried)))
            board.play(move)
            child = Node(board, move, node)
            node.children.append(child)
            node = child
            nodes += 1
        winner = playout(board, rng)
        while node is not None:
            node.visits += 1
            if node.mover == winner:
                node.wins += 1
            node = node.parent
    return root, nodes


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(42)
    root, nodes = search(playouts, rng)
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    r, c = divmod(best.move, SIZE)
    print("playouts %d nodes %d" % (playouts, nodes))
    print("best move (%d, %d) visits %d wins %d" % (r, c, best.visits, best.wins))
    print("root wins for white", root.wins, "visit profile",
          sum(ch.visits * (i + 1) for i, ch in enumerate(root.children)))


main()
