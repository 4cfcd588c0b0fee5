# bench: default=5000 quick=100
"""An incremental dataflow constraint solver (the DeltaBlue workload): chains of equality
constraints and scale/offset projections are planned, executed and re-planned as edit
constraints come and go.

Usage: deltablue.py [N] -- the chain length and projection count.
"""

import sys


class Strength:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weakest(self, other):
        return self if self.rank > other.rank else other

    def next_weaker(self):
        return LEVELS[self.rank + 1]


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
LEVELS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST]

NONE, FORWARD, BACKWARD = 0, 1, 2


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True


class Constraint:
    def __init__(self, solver, strength):
        self.solver = solver
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.solver.incremental_add(self)

    def uninstall(self):
        if self.is_satisfied():
            self.solver.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Tries to satisfy this constraint; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.solver.propagate_from(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, solver, var, strength):
        Constraint.__init__(self, solver, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength.stronger_than(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, solver, a, b, strength):
        Constraint.__init__(self, solver, strength)
        self.a = a
        self.b = b
        self.direction = NONE
        self.install()

    def add_to_graph(self):
        self.a.constraints.append(self)
        self.b.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.a.constraints.remove(self)
        self.b.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        a, b, s = self.a, self.b, self.strength
        if a.mark == mark:
            ok = b.mark != mark and s.stronger_than(b.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif b.mark == mark:
            ok = a.mark != mark and s.stronger_than(a.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else BACKWARD

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest(src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset, solvable in both directions."""

    def __init__(self, solver, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, solver, a, b, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest(src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Solver:
    def __init__(self):
        self.mark = 0
        self.executed = 0

    def new_mark(self):
        self.mark += 1
        return self.mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        level = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is level:
                    self.incremental_add(u)
            level = level.next_weaker()
            if level is WEAKEST:
                break

    def propagate_from(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers_of(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers_of(self, v, out):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                out.append(c)

    def plan_for(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        mark = self.new_mark()
        plan = []
        todo = sources
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.consumers_of(out, todo)
        return plan

    def run(self, plan):
        for c in plan:
            c.execute()
        self.executed += len(plan)


def chain_test(n):
    solver = Solver()
    chain = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(solver, chain[i], chain[i + 1], REQUIRED)
    StayConstraint(solver, chain[-1], STRONG_DEFAULT)
    edit = EditConstraint(solver, chain[0], PREFERRED)
    plan = solver.plan_for([edit])
    for i in range(100):
        chain[0].value = i
        solver.run(plan)
        if chain[-1].value != i:
            raise RuntimeError("chain test failed")
    edit.uninstall()
    return solver.mark, solver.executed


def change(solver, var, value):
    edit = EditConstraint(solver, var, PREFERRED)
    plan = solver.plan_for([edit])
    for _ in range(10):
        var.value = value
        solver.run(plan)
    edit.uninstall()


def projection_test(n):
    solver = Solver()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(solver, src, NORMAL)
        ScaleConstraint(solver, src, scale, offset, dst, REQUIRED)
    change(solver, src, 17)
    if dst.value != 1170:
        raise RuntimeError("projection 1 failed")
    change(solver, dst, 1050)
    if src.value != 5:
        raise RuntimeError("projection 2 failed")
    change(solver, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise RuntimeError("projection 3 failed")
    change(solver, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise RuntimeError("projection 4 failed")
    return solver.mark, solver.executed, sum(d.value for d in dests)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    marks = executed = total = 0
    for _ in range(4):
        m, e = chain_test(n)
        marks += m
        executed += e
        m, e, t = projection_test(n)
        marks += m
        executed += e
        total += t
    print("deltablue n=%d marks=%d executed=%d total=%d" % (n, marks, executed, total))


main()
