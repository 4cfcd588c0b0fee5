class SchedulerError(Exception):
    pass

class CycleError(SchedulerError):
    def __init__(self, names):
        super().__init__("dependency cycle: " + " -> ".join(names))
        self.names = names

class Task:
    _next_id = 0

    def __init__(self, name, priority=0, duration=1, deps=()):
        Task._next_id += 1
        self.id = Task._next_id
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deps = list(deps)
        self.done = False

    def sort_key(self):
        return (-self.priority, self.id)

    def __lt__(self, other):
        return self.sort_key() < other.sort_key()

    def __repr__(self):
        return "Task(%s, p=%d)" % (self.name, self.priority)

class PriorityQueue:
    def __init__(self):
        self._heap = []

    def push(self, item):
        h = self._heap
        h.append(item)
        i = len(h) - 1
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break

    def pop(self):
        h = self._heap
        if not h:
            raise SchedulerError("pop from empty queue")
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                small = i
                if l < len(h) and h[l] < h[small]:
                    small = l
                if r < len(h) and h[r] < h[small]:
                    small = r
                if small == i:
                    break
                h[i], h[small] = h[small], h[i]
                i = small
        return top

    def __len__(self):
        return len(self._heap)

class Scheduler:
    def __init__(self):
        self.tasks = {}

    def add(self, task):
        if task.name in self.tasks:
            raise SchedulerError("duplicate task " + task.name)
        self.tasks[task.name] = task
        return self

    def check_cycles(self):
        state = {}

        def visit(name, path):
            if state.get(name) == "active":
                raise CycleError(path[path.index(name):] + [name])
            if state.get(name) == "done":
                return
            state[name] = "active"
            for d in self.tasks[name].deps:
                visit(d, path + [name])
            state[name] = "done"

        for name in self.tasks:
            visit(name, [])

    def run(self):
        self.check_cycles()
        clock = 0
        order = []
        waiting = dict((n, set(t.deps)) for n, t in self.tasks.items())
        ready = PriorityQueue()
        for n, deps in list(waiting.items()):
            if not deps:
                ready.push(self.tasks[n])
                del waiting[n]
        while ready:
            task = ready.pop()
            clock += task.duration
            task.done = True
            order.append("%s@%d" % (task.name, clock))
            for n, deps in list(waiting.items()):
                deps.discard(task.name)
                if not deps:
                    ready.push(self.tasks[n])
                    del waiting[n]
        return order

s = Scheduler()
s.add(Task("fetch", 1, 2)).add(Task("compile", 5, 3, ["fetch"]))
s.add(Task("docs", 0, 1)).add(Task("lint", 3, 1, ["fetch"]))
s.add(Task("test", 4, 4, ["compile"])).add(Task("package", 2, 1, ["test", "lint", "docs"]))
s.add(Task("urgent", 9, 1))
print(s.run())
print(all(t.done for t in s.tasks.values()))
try:
    s.add(Task("docs"))
except SchedulerError as e:
    print("SchedulerError:", e)

c = Scheduler()
c.add(Task("a", deps=["b"])).add(Task("b", deps=["c"])).add(Task("c", deps=["a"]))
try:
    c.run()
except CycleError as e:
    print(type(e).__name__, e, e.names)

pq = PriorityQueue()
for t in [Task("x", 1), Task("y", 5), Task("z", 1), Task("w", 3)]:
    pq.push(t)
print([pq.pop() for _ in range(len(pq))])
try:
    pq.pop()
except SchedulerError as e:
    print("SchedulerError:", e)
