# A tiny event loop written in Python: tasks are coroutines stepped with send(); they await
# awaitable objects whose __await__ yields a request to the loop.


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        woke_at = yield ("sleep", self.ticks)
        return woke_at


class Spawn:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        task_id = yield ("spawn", self.coro)
        return task_id


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []      # (task_id, coro, value to send)
        self.sleeping = []   # (wake time, seq, task_id, coro)
        self.results = {}
        self.next_id = 0
        self.seq = 0

    def spawn(self, coro):
        tid = self.next_id
        self.next_id += 1
        self.ready.append((tid, coro, None))
        return tid

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, _, tid, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((tid, coro, self.now))
                continue
            tid, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.results[tid] = e.value
                print(f"t={self.now} task {tid} done -> {e.value!r}")
                continue
            except Exception as e:
                self.results[tid] = e
                print(f"t={self.now} task {tid} failed: {type(e).__name__}: {e}")
                continue
            kind, arg = request
            if kind == "sleep":
                self.seq += 1
                self.sleeping.append((self.now + arg, self.seq, tid, coro))
            elif kind == "spawn":
                child = self.spawn(arg)
                self.ready.append((tid, coro, child))


class Lock:
    def __init__(self):
        self.held = False

    async def __aenter__(self):
        while self.held:
            await Sleep(1)
        self.held = True
        return self

    async def __aexit__(self, *exc):
        self.held = False
        return False


lock = Lock()


async def ticker(name, n, step):
    total = 0
    async for t in clock(n, step):
        print(f"  {name} tick at {t}")
        total += t
    return total


async def clock(n, step):
    for _ in range(n):
        t = await Sleep(step)
        yield t


async def worker(name, hold):
    async with lock:
        print(f"  {name} has the lock")
        await Sleep(hold)
        print(f"  {name} releases the lock")
    return name


async def failing():
    await Sleep(2)
    raise ValueError("task error")


async def main():
    a = await Spawn(ticker("A", 3, 2))
    b = await Spawn(ticker("B", 2, 3))
    w1 = await Spawn(worker("w1", 3))
    w2 = await Spawn(worker("w2", 1))
    f = await Spawn(failing())
    await Sleep(20)
    return [a, b, w1, w2, f]


loop = Loop()
loop.spawn(main())
loop.run()
print(sorted((k, v if not isinstance(v, Exception) else repr(v)) for k, v in loop.results.items()))
