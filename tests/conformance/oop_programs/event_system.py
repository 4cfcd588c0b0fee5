class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        return "Event(%s, %s)" % (self.name, sorted(self.data.items()))

class StopPropagation(Exception):
    pass

class EventBus:
    def __init__(self):
        self._handlers = {}
        self.log = []

    def subscribe(self, name, handler, priority=0):
        self._handlers.setdefault(name, []).append((priority, len(self._handlers.get(name, [])), handler))
        self._handlers[name].sort(key=lambda t: (-t[0], t[1]))
        return handler

    def on(self, name, priority=0):
        def deco(fn):
            return self.subscribe(name, fn, priority)
        return deco

    def unsubscribe(self, name, handler):
        before = len(self._handlers.get(name, []))
        self._handlers[name] = [t for t in self._handlers.get(name, []) if t[2] is not handler]
        return before - len(self._handlers[name])

    def emit(self, event):
        handlers = self._handlers.get(event.name, []) + self._handlers.get("*", [])
        results = []
        for _, _, h in handlers:
            if event.cancelled:
                self.log.append("cancelled before " + getattr(h, "label", "?"))
                break
            try:
                results.append(h(event))
            except StopPropagation:
                self.log.append("stopped at " + getattr(h, "label", "?"))
                break
            except Exception as e:
                self.log.append("handler error %s: %s" % (type(e).__name__, e))
        return results

class Observer:
    def __init__(self, label):
        self.label = label
        self.seen = []

    def __call__(self, event):
        self.seen.append(event.name)
        return self.label + " saw " + event.name

    def __repr__(self):
        return "Observer(%s, %s)" % (self.label, self.seen)

class Counter(Observer):
    def __init__(self, label):
        super().__init__(label)
        self.count = 0

    def __call__(self, event):
        self.count += event.data.get("n", 1)
        return super().__call__(event) + " (count=%d)" % self.count

bus = EventBus()
a, b, c = Observer("A"), Counter("B"), Observer("C")
bus.subscribe("click", a)
bus.subscribe("click", b, priority=5)
bus.subscribe("*", c)

@bus.on("click", priority=10)
def guard(event):
    if event.data.get("blocked"):
        event.cancel()
        return "guard cancelled"
    return "guard ok"

guard.label = "guard"

@bus.on("key")
def key_handler(event):
    if event.data["code"] == "ESC":
        raise StopPropagation
    if event.data["code"] == "BAD":
        raise ValueError("bad key")
    return "key " + event.data["code"]

key_handler.label = "key_handler"
print(bus.emit(Event("click", n=2)))
print(bus.emit(Event("click", blocked=True)))
print(bus.emit(Event("key", code="A")))
print(bus.emit(Event("key", code="ESC")))
print(bus.emit(Event("key", code="BAD")))
print(bus.emit(Event("resize", w=10, h=20)))
print(bus.unsubscribe("click", b), bus.unsubscribe("click", b))
print(bus.emit(Event("click")))
print(a, b, c, b.count)
for line in bus.log:
    print(" log:", line)
