class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__("no transition from %s on %r" % (state.name, event))
        self.state = state
        self.event = event

class State:
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        State.registry[cls.__name__] = cls

    transitions = {}

    @property
    def name(self):
        return type(self).__name__

    def on_enter(self, machine):
        machine.log.append("enter " + self.name)

    def on_exit(self, machine):
        machine.log.append("exit " + self.name)

    def handle(self, machine, event):
        target = self.transitions.get(event)
        if target is None:
            raise TransitionError(self, event)
        return target

    def __repr__(self):
        return "<%s>" % self.name

    def __eq__(self, other):
        if isinstance(other, str):
            return self.name == other
        return type(self) is type(other)

    __hash__ = None

class Idle(State):
    transitions = {"coin": "Ready"}

class Ready(State):
    transitions = {"push": "Vending", "refund": "Idle", "coin": "Ready"}

    def on_enter(self, machine):
        super().on_enter(machine)
        machine.credit += 1

class Vending(State):
    transitions = {"done": "Idle"}

    def on_enter(self, machine):
        super().on_enter(machine)
        if machine.stock == 0:
            machine.log.append("empty! refunding %d" % machine.credit)
            machine.credit = 0
            machine.pending = "done"
        else:
            machine.stock -= 1
            machine.credit -= 1
            machine.dispensed += 1
            machine.pending = "done"

class Broken(State):
    def handle(self, machine, event):
        if event == "repair":
            return "Idle"
        machine.log.append("ignored %s while broken" % event)
        return None

class Machine:
    def __init__(self, stock):
        self.stock = stock
        self.credit = 0
        self.dispensed = 0
        self.log = []
        self.pending = None
        self.state = Idle()
        self.state.on_enter(self)

    def fire(self, event):
        if event == "kick":
            target = "Broken"
        else:
            target = self.state.handle(self, event)
        if target is None:
            return
        if target != self.state.name:
            self.state.on_exit(self)
            self.state = State.registry[target]()
            self.state.on_enter(self)
        elif target == "Ready":
            self.credit += 1
        while self.pending:
            ev, self.pending = self.pending, None
            self.fire(ev)

m = Machine(stock=1)
for ev in ["coin", "push", "coin", "coin", "push", "refund", "push", "kick", "coin", "repair", "coin", "push"]:
    try:
        m.fire(ev)
        print("%-7s -> %-10r credit=%d stock=%d" % (ev, m.state, m.credit, m.stock))
    except TransitionError as e:
        print("%-7s !! %s (state still %r)" % (ev, e, e.state))
print("dispensed", m.dispensed)
for line in m.log:
    print("  " + line)
print(sorted(State.registry))
print(m.state == "Vending", m.state == "Idle", m.state == Idle(), Idle() != Ready())
