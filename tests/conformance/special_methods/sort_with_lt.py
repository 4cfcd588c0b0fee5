class Card:
    order = "23456789TJQKA"

    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]

    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(s) for s in ["Ks", "2h", "Td", "Ac", "5s", "Th"]]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
hand.sort()
print(hand)
print(Card("3s") > Card("2d"))
try:
    Card("3s") <= Card("2d")
except TypeError as e:
    print("TypeError:", e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print(sorted([Rev(3), Rev(1), Rev(2)]))
print(Rev(1) < Rev(2), Rev(5) < Rev(2))
