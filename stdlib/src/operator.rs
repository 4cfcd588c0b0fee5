//! The operator module: the operators as functions (through the vm's own protocols, so they
//! behave exactly as the operator syntax does), and the itemgetter, attrgetter and methodcaller
//! types.

use pyvm_compiler::bytecode::{BinOp, CmpOp};
use pyvm_vm::objects::int;
use pyvm_vm::objects::iterators::IterState;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, NativeFn, Object, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("operator");
    // (name, dunder alias or "", function)
    let funcs: &[(&'static str, &'static str, NativeFn)] = &[
        ("add", "__add__", op_add),
        ("sub", "__sub__", op_sub),
        ("mul", "__mul__", op_mul),
        ("truediv", "__truediv__", op_truediv),
        ("floordiv", "__floordiv__", op_floordiv),
        ("mod", "__mod__", op_mod),
        ("pow", "__pow__", op_pow),
        ("lshift", "__lshift__", op_lshift),
        ("rshift", "__rshift__", op_rshift),
        ("and_", "__and__", op_and),
        ("or_", "__or__", op_or),
        ("xor", "__xor__", op_xor),
        ("matmul", "__matmul__", op_matmul),
        ("iadd", "__iadd__", op_iadd),
        ("isub", "__isub__", op_isub),
        ("imul", "__imul__", op_imul),
        ("itruediv", "__itruediv__", op_itruediv),
        ("ifloordiv", "__ifloordiv__", op_ifloordiv),
        ("imod", "__imod__", op_imod),
        ("ipow", "__ipow__", op_ipow),
        ("ilshift", "__ilshift__", op_ilshift),
        ("irshift", "__irshift__", op_irshift),
        ("iand", "__iand__", op_iand),
        ("ior", "__ior__", op_ior),
        ("ixor", "__ixor__", op_ixor),
        ("imatmul", "__imatmul__", op_imatmul),
        ("concat", "__concat__", op_concat),
        ("iconcat", "__iconcat__", op_iconcat),
        ("neg", "__neg__", op_neg),
        ("pos", "__pos__", op_pos),
        ("abs", "__abs__", op_abs),
        ("invert", "__invert__", op_invert),
        ("inv", "__inv__", op_inv),
        ("not_", "__not__", op_not),
        ("truth", "", op_truth),
        ("index", "__index__", op_index),
        ("is_", "", op_is),
        ("is_not", "", op_is_not),
        ("lt", "__lt__", op_lt),
        ("le", "__le__", op_le),
        ("eq", "__eq__", op_eq),
        ("ne", "__ne__", op_ne),
        ("gt", "__gt__", op_gt),
        ("ge", "__ge__", op_ge),
        ("contains", "__contains__", op_contains),
        ("countOf", "", op_count_of),
        ("indexOf", "", op_index_of),
        ("getitem", "__getitem__", op_getitem),
        ("setitem", "__setitem__", op_setitem),
        ("delitem", "__delitem__", op_delitem),
        ("length_hint", "", op_length_hint),
        ("call", "__call__", op_call),
    ];
    let mut all = Vec::new();
    for (name, alias, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v.clone());
        if !alias.is_empty() {
            vm.module_set(&m, alias, v);
        }
        all.push(vm.new_str(*name));
    }
    for (name, make) in [
        (
            "itemgetter",
            itemgetter_type as fn(&mut Vm) -> pyvm_vm::ObjRef,
        ),
        ("attrgetter", attrgetter_type),
        ("methodcaller", methodcaller_type),
    ] {
        let t = make(vm);
        vm.module_set(&m, name, Value::Obj(t));
        all.push(vm.new_str(name));
    }
    let all = vm.new_list(all);
    vm.module_set(&m, "__all__", all);
    Ok(m)
}

fn two(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    vm.check_args(name, args, 2, 2)
}

fn one(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

macro_rules! binary {
    ($($f:ident, $name:literal, $op:ident;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            two(vm, $name, &args)?;
            vm.binary_op(&args.pos[0], &args.pos[1], BinOp::$op)
        }
    )*};
}

binary! {
    op_add, "add", Add; op_sub, "sub", Subtract; op_mul, "mul", Multiply;
    op_truediv, "truediv", TrueDivide; op_floordiv, "floordiv", FloorDivide;
    op_mod, "mod", Remainder; op_pow, "pow", Power; op_lshift, "lshift", Lshift;
    op_rshift, "rshift", Rshift; op_and, "and_", And; op_or, "or_", Or; op_xor, "xor", Xor;
    op_matmul, "matmul", MatrixMultiply;
}

macro_rules! inplace {
    ($($f:ident, $name:literal, $op:ident;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            two(vm, $name, &args)?;
            let mut it = args.pos.into_iter();
            let (a, b) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
            vm.inplace_op(a, b, BinOp::$op)
        }
    )*};
}

inplace! {
    op_iadd, "iadd", Add; op_isub, "isub", Subtract; op_imul, "imul", Multiply;
    op_itruediv, "itruediv", TrueDivide; op_ifloordiv, "ifloordiv", FloorDivide;
    op_imod, "imod", Remainder; op_ipow, "ipow", Power; op_ilshift, "ilshift", Lshift;
    op_irshift, "irshift", Rshift; op_iand, "iand", And; op_ior, "ior", Or; op_ixor, "ixor", Xor;
    op_imatmul, "imatmul", MatrixMultiply;
}

macro_rules! compare {
    ($($f:ident, $name:literal, $op:ident;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            two(vm, $name, &args)?;
            vm.rich_compare(&args.pos[0], &args.pos[1], CmpOp::$op)
        }
    )*};
}

compare! {
    op_lt, "lt", Lt; op_le, "le", Le; op_eq, "eq", Eq; op_ne, "ne", Ne; op_gt, "gt", Gt;
    op_ge, "ge", Ge;
}

/// Whether `v` supports the sequence protocol (has `__getitem__`), as concat requires.
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v.as_object() {
        Some(
            Object::Str(_)
            | Object::Tuple(_)
            | Object::List(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::Range(_),
        ) => true,
        Some(Object::Dict(_)) => false,
        _ => {
            let c = vm.type_of(v);
            vm.class_lookup_str(&c, "__getitem__").is_some()
                && !matches!(v.builtin_payload(), Some(Object::Dict(_)))
        }
    }
}

fn concat_check(vm: &mut Vm, a: &Value) -> PyResult<()> {
    if is_sequence(vm, a) {
        return Ok(());
    }
    let t = vm.type_name(a);
    Err(vm.type_error(format!("'{t}' object can't be concatenated")))
}

fn op_concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "concat", &args)?;
    concat_check(vm, &args.pos[0])?;
    vm.binary_op(&args.pos[0], &args.pos[1], BinOp::Add)
}

fn op_iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "iconcat", &args)?;
    concat_check(vm, &args.pos[0])?;
    let mut it = args.pos.into_iter();
    let (a, b) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
    vm.inplace_op(a, b, BinOp::Add)
}

fn op_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "neg", &args)?;
    vm.unary_neg(&args.pos[0])
}

fn op_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "pos", &args)?;
    vm.unary_pos(&args.pos[0])
}

fn op_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "abs", &args)?;
    let f = vm.builtin("abs")?;
    vm.call(&f, args)
}

fn op_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "invert", &args)?;
    vm.unary_invert(&args.pos[0])
}

fn op_inv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "inv", &args)?;
    vm.unary_invert(&args.pos[0])
}

fn op_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "not_", &args)?;
    Ok(Value::Bool(!vm.is_true(&args.pos[0])?))
}

fn op_truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "truth", &args)?;
    Ok(Value::Bool(vm.is_true(&args.pos[0])?))
}

/// `operator.index(v)`: the int `v.__index__()` gives (an exact int, even for bool).
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = int::as_i64(v) {
        if matches!(v, Value::Int(_) | Value::BoolWord(_)) {
            return Ok(Value::Int(i));
        }
    }
    if int::is_int(v) && !matches!(v.as_object(), Some(Object::Instance(_))) {
        return Ok(v.clone());
    }
    if let Some(r) = vm.call_special_opt(v, "__index__", vec![])? {
        if int::is_int(&r) {
            return Ok(match int::as_i64(&r) {
                Some(i) => Value::Int(i),
                None => r,
            });
        }
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
    }
    if let Some(Object::Instance(i)) = v.as_object() {
        if let Some(b) = i.base_value().cloned() {
            if int::is_int(&b) {
                return index_value(vm, &b);
            }
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn op_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, "index", &args)?;
    index_value(vm, &args.pos[0])
}

fn op_is(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "is_", &args)?;
    Ok(Value::Bool(args.pos[0].is(&args.pos[1])))
}

fn op_is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "is_not", &args)?;
    Ok(Value::Bool(!args.pos[0].is(&args.pos[1])))
}

fn op_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "contains", &args)?;
    Ok(Value::Bool(vm.contains(&args.pos[0], &args.pos[1])?))
}

fn seq_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !vm.is_iterable(v) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("argument of type '{t}' is not iterable")));
    }
    vm.get_iter(v)
}

/// Identity, then equality, as `in` and `list.count` compare.
fn same(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}

fn op_count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "countOf", &args)?;
    let it = seq_iter(vm, &args.pos[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.iter_next(&it)? {
        if same(vm, &x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn op_index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "indexOf", &args)?;
    let it = seq_iter(vm, &args.pos[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.iter_next(&it)? {
        if same(vm, &x, &args.pos[1])? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn op_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "getitem", &args)?;
    vm.get_item(&args.pos[0], &args.pos[1])
}

fn op_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("setitem", &args, 3, 3)?;
    vm.set_item(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn op_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    two(vm, "delitem", &args)?;
    vm.del_item(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn op_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    }
    let f = args.pos.remove(0);
    vm.call(&f, args)
}

/// `operator.length_hint(obj, default)`: len(), else `__length_hint__`, else default.
pub fn length_hint(vm: &mut Vm, obj: &Value, default: i64) -> PyResult<i64> {
    let class = vm.type_of(obj);
    let has_len = obj.builtin_payload().is_some_and(|p| {
        matches!(
            p,
            Object::Str(_)
                | Object::Tuple(_)
                | Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::FrozenSet(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Range(_)
        )
    }) || vm.class_lookup_str(&class, "__len__").is_some();
    if has_len {
        return Ok(vm.len(obj)? as i64);
    }
    if let Some(Object::Iterator(cell)) = obj.as_object() {
        let hint = cell.with(|st| match st {
            IterState::Seq { seq, index } => match seq.as_object() {
                Some(Object::List(l)) => Some(l.with(|v| v.len().saturating_sub(*index) as i64)),
                Some(Object::Tuple(t)) => Some(t.len().saturating_sub(*index) as i64),
                _ => None,
            },
            IterState::Range { remaining, .. } => {
                Some((*remaining).clamp(0, i64::MAX as i128) as i64)
            }
            IterState::Exhausted => Some(0),
            _ => None,
        });
        if let Some(h) = hint {
            return Ok(h);
        }
    }
    let Some(f) = vm.class_lookup_str(&class, "__length_hint__") else {
        return Ok(default);
    };
    let r = vm.call_method_value(&f, obj, vec![]);
    let r = match r {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, &vm.types.exc.type_error.clone()) => return Ok(default),
        Err(e) => return Err(e),
    };
    if vm.is_not_implemented(&r) {
        return Ok(default);
    }
    if !int::is_int(&r) {
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!("__length_hint__ must be an integer, not {t}")));
    }
    let Some(n) = int::as_i64(&r) else {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    };
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

fn op_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("length_hint", &args, 1, 2)?;
    let default = match args.pos.get(1) {
        None => 0,
        Some(d) => {
            if !int::is_int(d) {
                let t = vm.type_name(d);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
            match int::as_i64(d) {
                Some(i) => i,
                None => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
            }
        }
    };
    Ok(Value::Int(length_hint(vm, &args.pos[0], default)?))
}

// ----- itemgetter, attrgetter, methodcaller -----

struct ItemGetter {
    items: Vec<Value>,
}

impl NativeData for ItemGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
    fn clear(&mut self) {
        self.items.clear();
    }
}

fn itemgetter_type(vm: &mut Vm) -> pyvm_vm::ObjRef {
    let t = vm.new_native_type("operator", "itemgetter", false);
    vm.add_staticmethod(&t, "__new__", itemgetter_new);
    vm.add_method(&t, "__call__", itemgetter_call);
    vm.add_method(&t, "__repr__", itemgetter_repr);
    t
}

fn getter_new_checks(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() < 2 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got 0")));
    }
    Ok(())
}

fn itemgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getter_new_checks(vm, "itemgetter", &args)?;
    let cls = args.pos[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let items = args.pos[1..].to_vec();
    Ok(vm.new_native_object(&cls, Box::new(ItemGetter { items })))
}

fn call_one_arg(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    call_one_arg(vm, "itemgetter", &args)?;
    let obj = &args.pos[1];
    let items = vm.native_self(
        &args.pos[0],
        "operator.itemgetter",
        "__call__",
        |g: &ItemGetter| {
            if g.items.len() == 1 {
                Err(g.items[0].clone())
            } else {
                Ok(g.items.clone())
            }
        },
    )?;
    match items {
        Err(key) => vm.get_item(obj, &key),
        Ok(keys) => {
            let mut out = Vec::with_capacity(keys.len());
            for k in &keys {
                out.push(vm.get_item(obj, k)?);
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn repr_list(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for x in items {
        parts.push(vm.repr(x)?);
    }
    Ok(parts.join(", "))
}

/// A repr guarded against recursion (`operator.itemgetter(...)` for a getter inside itself).
fn guarded_repr(
    vm: &mut Vm,
    me: &Value,
    name: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<Value> {
    let addr = me.address();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    vm.repr_stack.push(addr);
    let r = f(vm);
    vm.repr_stack.retain(|&a| a != addr);
    Ok(vm.new_str(format!("{name}({})", r?)))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__repr__", &args, 1, 1)?;
    let me = args.pos[0].clone();
    let items = vm.native_self(&me, "operator.itemgetter", "__repr__", |g: &ItemGetter| {
        g.items.clone()
    })?;
    let name = qualified_type_name(vm, &me);
    guarded_repr(vm, &me, &name, |vm| repr_list(vm, &items))
}

/// `module.qualname` of a value's type, as CPython's reprs of these types print it.
fn qualified_type_name(vm: &mut Vm, v: &Value) -> String {
    let t = Value::Obj(vm.type_of(v));
    let module = vm
        .get_attr_str(&t, "__module__")
        .ok()
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
    let name = vm
        .get_attr_str(&t, "__qualname__")
        .ok()
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| vm.type_name(v));
    match module {
        Some(m) if m != "builtins" => format!("{m}.{name}"),
        _ => name,
    }
}

/// Each attribute of an attrgetter: its dotted path split into interned names.
struct AttrGetter {
    paths: Vec<Vec<Value>>,
}

impl NativeData for AttrGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.paths.iter().flatten().for_each(visit);
    }
    fn clear(&mut self) {
        self.paths.clear();
    }
}

fn attrgetter_type(vm: &mut Vm) -> pyvm_vm::ObjRef {
    let t = vm.new_native_type("operator", "attrgetter", false);
    vm.add_staticmethod(&t, "__new__", attrgetter_new);
    vm.add_method(&t, "__call__", attrgetter_call);
    vm.add_method(&t, "__repr__", attrgetter_repr);
    t
}

fn attrgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getter_new_checks(vm, "attrgetter", &args)?;
    let cls = args.pos[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let mut paths = Vec::new();
    for a in &args.pos[1..] {
        let Some(s) = a.as_str() else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        let path = s.as_str().split('.').map(|p| vm.intern(p)).collect();
        paths.push(path);
    }
    Ok(vm.new_native_object(&cls, Box::new(AttrGetter { paths })))
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    call_one_arg(vm, "attrgetter", &args)?;
    let paths = vm.native_self(
        &args.pos[0],
        "operator.attrgetter",
        "__call__",
        |g: &AttrGetter| g.paths.clone(),
    )?;
    let mut out = Vec::with_capacity(paths.len());
    for path in &paths {
        let mut v = args.pos[1].clone();
        for name in path {
            v = vm.get_attr(&v, name)?;
        }
        out.push(v);
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap_or_default());
    }
    Ok(vm.new_tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__repr__", &args, 1, 1)?;
    let me = args.pos[0].clone();
    let paths = vm.native_self(&me, "operator.attrgetter", "__repr__", |g: &AttrGetter| {
        g.paths.clone()
    })?;
    let name = qualified_type_name(vm, &me);
    let names: Vec<Value> = paths
        .iter()
        .map(|p| {
            let parts: Vec<&str> = p
                .iter()
                .map(|n| n.as_str().map_or("", |s| s.as_str()))
                .collect();
            vm.new_str(parts.join("."))
        })
        .collect();
    guarded_repr(vm, &me, &name, |vm| repr_list(vm, &names))
}

struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    kw: Vec<(Value, Value)>,
}

impl NativeData for MethodCaller {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        self.args.iter().for_each(&mut *visit);
        for (k, v) in &self.kw {
            visit(k);
            visit(v);
        }
    }
    fn clear(&mut self) {
        self.args.clear();
        self.kw.clear();
    }
}

fn methodcaller_type(vm: &mut Vm) -> pyvm_vm::ObjRef {
    let t = vm.new_native_type("operator", "methodcaller", false);
    vm.add_staticmethod(&t, "__new__", methodcaller_new);
    vm.add_method(&t, "__call__", methodcaller_call);
    vm.add_method(&t, "__repr__", methodcaller_repr);
    t
}

fn methodcaller_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    let cls = args.pos[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let Some(s) = args.pos[1].as_str() else {
        return Err(vm.type_error("method name must be a string"));
    };
    let name = vm.intern(s.as_str());
    let data = MethodCaller {
        name,
        args: args.pos[2..].to_vec(),
        kw: args.kw,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    call_one_arg(vm, "methodcaller", &args)?;
    let (name, pos, kw) = vm.native_self(
        &args.pos[0],
        "operator.methodcaller",
        "__call__",
        |m: &MethodCaller| (m.name.clone(), m.args.clone(), m.kw.clone()),
    )?;
    let f = vm.get_attr(&args.pos[1], &name)?;
    let mut a = Args::new(pos);
    a.kw = kw;
    vm.call(&f, a)
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__repr__", &args, 1, 1)?;
    let me = args.pos[0].clone();
    let (name, pos, kw) = vm.native_self(
        &me,
        "operator.methodcaller",
        "__repr__",
        |m: &MethodCaller| (m.name.clone(), m.args.clone(), m.kw.clone()),
    )?;
    let tname = qualified_type_name(vm, &me);
    guarded_repr(vm, &me, &tname, |vm| {
        let mut parts = vec![vm.repr(&name)?];
        for a in &pos {
            parts.push(vm.repr(a)?);
        }
        for (k, v) in &kw {
            let k = k.as_str().map_or(String::new(), |s| s.as_str().to_string());
            parts.push(format!("{k}={}", vm.repr(v)?));
        }
        Ok(parts.join(", "))
    })
}
