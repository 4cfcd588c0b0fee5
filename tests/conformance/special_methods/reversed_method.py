class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __reversed__(self):
        print("__reversed__ called")
        return iter(self.cards[::-1])


d = Deck("ABC")
print(list(reversed(d)))
for c in reversed(d):
    print(c)


class SeqNoRev:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        print("getitem", i)
        return i * 10


print(list(reversed(SeqNoRev())))


class NotSeq:
    pass


try:
    reversed(NotSeq())
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __reversed__(self):
        yield "z"
        yield "y"


print(list(reversed(Gen())))


class NoneRev(Deck):
    __reversed__ = None


try:
    reversed(NoneRev("xy"))
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(range(3))), list(reversed([1, 2])))
