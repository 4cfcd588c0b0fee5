class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self._len += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError("%r not in list" % (value,))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"

class BST:
    class _Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.add(k)
    def add(self, key):
        if self.root is None:
            self.root = BST._Node(key)
            self.size += 1
            return True
        cur = self.root
        while True:
            if key == cur.key:
                return False
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BST._Node(key))
                self.size += 1
                return True
            cur = nxt
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def __reversed__(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.right
            cur = stack.pop()
            yield cur.key
            cur = cur.left
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def __len__(self):
        return self.size
    def __repr__(self):
        return "BST(%r)" % list(self)

ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[2], ll[-1])
ll.remove(2)
ll.reverse()
print(ll, list(ll), sum(ll), 3 in ll, 2 in ll)
try:
    ll.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList("ab") == LinkedList(["a", "b"]), LinkedList() == LinkedList([None]))
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(ll))
t = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(t, len(t), t.height())
print(40 in t, 45 in t, list(reversed(t)))
print([k for k in t if k % 20 == 0], max(t), min(t))
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words))
print(list(zip(t, reversed(t))))
