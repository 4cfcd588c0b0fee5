//! The cases of the core_ops bench, grouped as the report groups them. Locals (set in `init`)
//! are read through fast-local slots as in real functions; module-level names through globals.

pub struct Case {
    pub group: &'static str,
    pub name: &'static str,
    /// Module-level definitions (functions, classes, data) the case uses.
    pub setup: &'static str,
    pub body: Body,
}

pub enum Body {
    /// `bench(n)` runs `init`, then `for _ in range(n):` with `op` repeated UNROLL times.
    Op {
        init: &'static str,
        op: &'static str,
    },
    /// The whole `def bench(n):`, whose loop does one operation per each of its `n` steps.
    Loop(&'static str),
}

const fn op(group: &'static str, name: &'static str, init: &'static str, op: &'static str) -> Case {
    Case {
        group,
        name,
        setup: "",
        body: Body::Op { init, op },
    }
}

const fn op_with(
    group: &'static str,
    name: &'static str,
    setup: &'static str,
    init: &'static str,
    op: &'static str,
) -> Case {
    Case {
        group,
        name,
        setup,
        body: Body::Op { init, op },
    }
}

const fn whole(
    group: &'static str,
    name: &'static str,
    setup: &'static str,
    body: &'static str,
) -> Case {
    Case {
        group,
        name,
        setup,
        body: Body::Loop(body),
    }
}

const FUNCS: &str = "\
def f0():
    return None

def f2(a, b):
    return a

class C:
    def m(self):
        return self
";

const POINT: &str = "\
class P:
    y = 2

    def __init__(self):
        self.x = 1

    def m(self):
        return self
";

const GEN: &str = "\
def gen(n):
    for i in range(n):
        yield i
";

/// 1,000 ints: `bench(n)` walks it n / 1,000 times (N is a multiple of 1,000).
const DATA: &str = "DATA = list(range(1000))\n";

pub const CASES: &[Case] = &[
    // The dispatch loop alone: the cheapest loops there are.
    whole(
        "dispatch",
        "for_range_pass",
        "",
        "def bench(n):\n    for i in range(n):\n        pass\n",
    ),
    whole(
        "dispatch",
        "while_int_add",
        "",
        "def bench(n):\n    i = 0\n    t = 0\n    while i < n:\n        t += i\n        i += 1\n    return t\n",
    ),
    // Calls.
    op_with("calls", "py_call_0_args", FUNCS, "", "f0()"),
    op_with("calls", "py_call_2_args", FUNCS, "", "f2(1, 2)"),
    op_with("calls", "method_call", FUNCS, "c = C()", "c.m()"),
    op("calls", "builtin_len", "s = [1, 2, 3]", "len(s)"),
    // Attribute access on an instance of a plain class.
    op_with("attributes", "instance_load", POINT, "p = P()", "v = p.x"),
    op_with("attributes", "instance_store", POINT, "p = P()", "p.x = 3"),
    op_with("attributes", "class_attr_load", POINT, "p = P()", "v = p.y"),
    op_with("attributes", "method_lookup", POINT, "p = P()", "v = p.m"),
    // Arithmetic on locals (small ints stay unboxed; the float results are new objects).
    op("arith", "int_add", "a = 12345\nb = 678", "v = a + b"),
    op("arith", "int_mul", "a = 12345\nb = 678", "v = a * b"),
    op("arith", "int_floordiv", "a = 12345\nb = 678", "v = a // b"),
    op("arith", "float_add", "x = 1.5\ny = 2.25", "v = x + y"),
    op("arith", "float_mul", "x = 1.5\ny = 2.25", "v = x * y"),
    op("arith", "float_div", "x = 1.5\ny = 2.25", "v = x / y"),
    // Dicts of three entries.
    op(
        "dict",
        "str_key_get",
        "d = {'alpha': 1, 'beta': 2, 'gamma': 3}",
        "v = d['beta']",
    ),
    op(
        "dict",
        "str_key_set",
        "d = {'alpha': 1, 'beta': 2, 'gamma': 3}",
        "d['beta'] = 5",
    ),
    op("dict", "int_key_get", "d = {1: 1, 2: 2, 3: 3}", "v = d[2]"),
    op("dict", "int_key_set", "d = {1: 1, 2: 2, 3: 3}", "d[2] = 5"),
    op(
        "dict",
        "str_key_in",
        "d = {'alpha': 1, 'beta': 2, 'gamma': 3}",
        "v = 'beta' in d",
    ),
    // Lists.
    op("list", "append", "a = []", "a.append(1)"),
    op("list", "index", "a = [1, 2, 3, 4]", "v = a[2]"),
    op("list", "store_index", "a = [1, 2, 3, 4]", "a[2] = 5"),
    whole(
        "list",
        "iterate",
        DATA,
        "def bench(n):\n    data = DATA\n    for _ in range(n // 1000):\n        for x in data:\n            pass\n",
    ),
    op(
        "list",
        "sort_8",
        "s = [5, 3, 8, 1, 9, 2, 7, 4]",
        "v = sorted(s)",
    ),
    // Generators: one resume (and yield) per element.
    whole(
        "generators",
        "for_over_generator",
        GEN,
        "def bench(n):\n    for x in gen(n):\n        pass\n",
    ),
    whole(
        "generators",
        "sum_genexpr",
        "",
        "def bench(n):\n    return sum(x for x in range(n))\n",
    ),
    // Exceptions.
    whole(
        "exceptions",
        "raise_catch",
        "",
        "def bench(n):\n    for _ in range(n):\n        try:\n            raise ValueError('x')\n        except ValueError:\n            pass\n",
    ),
    whole(
        "exceptions",
        "try_no_raise",
        "",
        "def bench(n):\n    v = 0\n    for i in range(n):\n        try:\n            v = i\n        except ValueError:\n            pass\n",
    ),
    // Strings.
    op("strings", "concat", "s = 'abc'\nt = 'defgh'", "v = s + t"),
    op("strings", "fstring", "s = 'abc'\ni = 42", "v = f'{s}-{i}'"),
    op("strings", "percent_format", "s = 'abc'\ni = 42", "v = '%s:%d' % (s, i)"),
    op("strings", "str_format", "s = 'abc'\ni = 42", "v = '{}:{}'.format(s, i)"),
];
