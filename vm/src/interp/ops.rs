//! One body per opcode. Both cores are generated from these functions (see `interp::core`):
//! nothing here knows which core runs it.
//!
//! Every body has the same signature: the VM, the hot registers of the running frame and the
//! instruction's argument; it returns a small `Flow` telling the core what to do next.
#![allow(non_snake_case)]

use super::specialize::{self, SiteCache};
use super::{Exit, Flow, Regs};
use crate::objects::function::Args;
use crate::objects::generator::GenKind;
use crate::objects::iterators::IterState;
use crate::value::{Object, Value};
use crate::vm::Vm;
use pyvm_compiler::bytecode::{code_flags, make_function, BinOp, CmpOp};

/// Unwraps a `PyResult`, turning an error into `Flow::Raise`.
macro_rules! tri {
    ($vm:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return $vm.raise_flow(e),
        }
    };
}

#[inline(always)]
fn pop(vm: &mut Vm) -> Value {
    vm.stack.pop().unwrap_or_default()
}

#[inline(always)]
fn push(vm: &mut Vm, v: Value) {
    vm.stack.push(v)
}

#[inline(always)]
fn top(vm: &Vm) -> &Value {
    // The compiler verified stack depths, so the stack is never empty where an op reads it.
    vm.stack.last().unwrap_or(&Value::Null)
}

#[inline(always)]
fn peek(vm: &Vm, n: usize) -> &Value {
    let len = vm.stack.len();
    vm.stack.get(len.wrapping_sub(n)).unwrap_or(&Value::Null)
}

/// Records the running instruction in its frame before work that may run Python code: the
/// frame's line is then right for `f_lineno` and `f_back` seen from that code (the hot paths
/// keep the instruction pointer in registers only).
#[inline(always)]
fn sync_ip(vm: &mut Vm, r: &Regs) {
    vm.save_ip(r.ip);
}

#[inline(always)]
pub fn Nop(_vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    Flow::Next
}

#[inline(always)]
pub fn PopTop(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    vm.stack.pop();
    vm.maybe_finalize();
    Flow::Next
}

#[inline(always)]
pub fn PushNull(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    push(vm, Value::Null);
    Flow::Next
}

#[inline(always)]
pub fn Copy(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let v = peek(vm, arg as usize).clone();
    push(vm, v);
    Flow::Next
}

#[inline(always)]
pub fn Swap(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let len = vm.stack.len();
    vm.stack.swap(len - 1, len - arg as usize);
    Flow::Next
}

#[inline(always)]
pub fn LoadConst(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = r.code().consts[arg as usize].clone();
    push(vm, v);
    Flow::Next
}

#[inline(always)]
pub fn LoadFast(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = vm.stack[r.base + arg as usize].clone();
    if v.is_null() {
        return vm.raise_flow(vm.unbound_local(r.code(), arg as usize));
    }
    push(vm, v);
    Flow::Next
}

#[inline(always)]
pub fn StoreFast(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    let old = std::mem::replace(&mut vm.stack[r.base + arg as usize], v);
    // Dropping an object may queue a `__del__`, which runs before the next statement.
    if let Value::Obj(_) = old {
        drop(old);
        vm.maybe_finalize();
    }
    Flow::Next
}

#[inline(always)]
pub fn DeleteFast(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let slot = r.base + arg as usize;
    if vm.stack[slot].is_null() {
        return vm.raise_flow(vm.unbound_local(r.code(), arg as usize));
    }
    vm.stack[slot] = Value::Null;
    vm.maybe_finalize();
    Flow::Next
}

#[inline(always)]
fn cell_slot(r: &Regs, arg: u32) -> usize {
    r.base + r.code().code.varnames.len() + arg as usize
}

#[inline(always)]
pub fn LoadDeref(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = match vm.stack[cell_slot(r, arg)].as_object() {
        Some(Object::Cell(c)) => c.get(),
        _ => Value::Null,
    };
    if v.is_null() {
        let e = vm.unbound_deref(r.code(), arg as usize);
        return vm.raise_flow(e);
    }
    push(vm, v);
    Flow::Next
}

#[inline(always)]
pub fn StoreDeref(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    let old = match vm.stack[cell_slot(r, arg)].as_object() {
        Some(Object::Cell(c)) => c.replace(v),
        _ => Value::Null,
    };
    drop(old);
    vm.maybe_finalize();
    Flow::Next
}

#[inline(always)]
pub fn DeleteDeref(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let old = match vm.stack[cell_slot(r, arg)].as_object() {
        Some(Object::Cell(c)) => c.replace(Value::Null),
        _ => Value::Null,
    };
    if old.is_null() {
        let e = vm.unbound_deref(r.code(), arg as usize);
        return vm.raise_flow(e);
    }
    vm.maybe_finalize();
    Flow::Next
}

#[inline(always)]
pub fn LoadClosure(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let cell = vm.stack[cell_slot(r, arg)].clone();
    push(vm, cell);
    Flow::Next
}

pub fn LoadClassDeref(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let name = vm.deref_name(r.code(), arg as usize);
    let locals = vm.frame_locals();
    if let Some(v) = tri!(vm, vm.mapping_get_opt(&locals, &name)) {
        push(vm, v);
        return Flow::Next;
    }
    LoadDeref(vm, r, arg)
}

#[inline(always)]
pub fn LoadGlobal(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let code = r.code();
    let name = &code.names[(arg >> 1) as usize];
    let cache = &code.caches[r.ip - 1];
    let hit = match vm.frames.last() {
        Some(f) => cache.with(|c| c.load_global(&f.globals, &vm.builtins, name, &mut vm.stack)),
        None => false,
    };
    if !hit {
        let v = tri!(vm, load_global_generic(vm, r, arg));
        push(vm, v);
    }
    if arg & 1 != 0 {
        push(vm, Value::Null);
    }
    Flow::Next
}

/// LOAD_GLOBAL when its inline cache missed: the dict lookups, then a new cache entry.
#[inline(never)]
fn load_global_generic(vm: &mut Vm, r: &mut Regs, arg: u32) -> crate::vm::PyResult<Value> {
    let code = r.code();
    let name = &code.names[(arg >> 1) as usize];
    let v = vm.load_global(name)?;
    let cache = &code.caches[r.ip - 1];
    if let Some(f) = vm.frames.last() {
        SiteCache::respecialize(cache, || {
            specialize::specialize_load_global(&f.globals, &vm.builtins, name)
        });
    }
    Ok(v)
}

pub fn StoreGlobal(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    let name = r.code().names[arg as usize].clone();
    let globals = vm.frame_globals();
    tri!(vm, vm.dict_set(&globals, name, v));
    vm.maybe_finalize();
    Flow::Next
}

pub fn DeleteGlobal(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let name = r.code().names[arg as usize].clone();
    let globals = vm.frame_globals();
    if tri!(vm, vm.dict_del(&globals, &name)).is_none() {
        return vm.raise_flow(vm.name_not_defined(&name));
    }
    vm.maybe_finalize();
    Flow::Next
}

pub fn LoadName(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let name = r.code().names[arg as usize].clone();
    let v = tri!(vm, vm.load_name(&name));
    push(vm, v);
    Flow::Next
}

pub fn StoreName(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    let name = r.code().names[arg as usize].clone();
    let locals = vm.frame_locals();
    tri!(vm, vm.mapping_set(&locals, name, v));
    vm.maybe_finalize();
    Flow::Next
}

pub fn DeleteName(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let name = r.code().names[arg as usize].clone();
    let locals = vm.frame_locals();
    if !tri!(vm, vm.mapping_del(&locals, &name)) {
        let e = vm.name_not_defined(&name);
        return vm.raise_flow(e);
    }
    vm.maybe_finalize();
    Flow::Next
}

#[inline(always)]
pub fn LoadAttr(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let obj = pop(vm);
    let cache = &r.code().caches[r.ip - 1];
    if arg & 1 != 0 {
        let type_tag = specialize::type_tag_of(vm, &obj);
        if cache.with(|c| c.load_method(&obj, type_tag, &mut vm.stack)) {
            push(vm, obj);
            return Flow::Next;
        }
    } else if cache.with(|c| c.load_attr(&obj, &mut vm.stack)) {
        return Flow::Next;
    }
    load_attr_generic(vm, r, arg, obj)
}

/// LOAD_ATTR when its inline cache missed: the full lookup, then a new cache entry.
#[inline(never)]
fn load_attr_generic(vm: &mut Vm, r: &mut Regs, arg: u32, obj: Value) -> Flow {
    sync_ip(vm, r);
    let code = r.code();
    let name = &code.names[(arg >> 1) as usize];
    let cache = &code.caches[r.ip - 1];
    if arg & 1 != 0 {
        let (f, self_) = tri!(vm, vm.load_method(&obj, name));
        if !self_.is_null() {
            SiteCache::respecialize(cache, || {
                specialize::specialize_load_method(vm, &obj, name, &f)
            });
        }
        push(vm, f);
        push(vm, self_);
    } else {
        let v = tri!(vm, vm.get_attr(&obj, name));
        SiteCache::respecialize(cache, || specialize::specialize_load_attr(vm, &obj, name));
        push(vm, v);
    }
    Flow::Next
}

#[inline(always)]
pub fn StoreAttr(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let obj = pop(vm);
    let v = pop(vm);
    let cache = &r.code().caches[r.ip - 1];
    match cache.with(|c| c.store_attr(&obj, v)) {
        Ok(old) => {
            // Dropped after the cache borrow; it may queue a `__del__`.
            if let Some(Value::Obj(_)) = old {
                drop(old);
                vm.maybe_finalize();
            }
            Flow::Next
        }
        Err(v) => store_attr_generic(vm, r, arg, obj, v),
    }
}

/// STORE_ATTR when its inline cache missed: the full store, then a new cache entry.
#[inline(never)]
fn store_attr_generic(vm: &mut Vm, r: &mut Regs, arg: u32, obj: Value, v: Value) -> Flow {
    sync_ip(vm, r);
    let code = r.code();
    let name = code.names[arg as usize].clone();
    let cache = &code.caches[r.ip - 1];
    let before = match obj.as_object() {
        Some(Object::Instance(i)) => i.shape(),
        _ => None,
    };
    tri!(vm, vm.set_attr(&obj, name.clone(), v));
    SiteCache::respecialize(cache, || {
        specialize::specialize_store_attr(vm, &obj, &name, before)
    });
    vm.maybe_finalize();
    Flow::Next
}

pub fn DeleteAttr(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let obj = pop(vm);
    let name = r.code().names[arg as usize].clone();
    tri!(vm, vm.del_attr(&obj, &name));
    vm.maybe_finalize();
    Flow::Next
}

#[inline(always)]
pub fn BinaryOp(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let b = pop(vm);
    let a = pop(vm);
    // Inline fast paths: small ints and floats whose result needs no error check.
    if let Some(v) = binary_fast(&a, &b, arg % BinOp::INPLACE) {
        push(vm, v);
        return Flow::Next;
    }
    sync_ip(vm, r);
    let Some((op, inplace)) = BinOp::decode(arg) else {
        return vm.raise_flow(vm.runtime_error("bad BINARY_OP argument"));
    };
    let v = tri!(
        vm,
        if inplace {
            vm.inplace_op(a, b, op)
        } else {
            vm.binary_op(&a, &b, op)
        }
    );
    push(vm, v);
    Flow::Next
}

/// `a op b` for int and float operands when the result is certain without the protocol:
/// no overflow, no division by zero. `op` is the operator with the in-place bit removed
/// (in-place and plain operators are the same for ints and floats).
#[inline(always)]
fn binary_fast(a: &Value, b: &Value, op: u32) -> Option<Value> {
    const ADD: u32 = BinOp::Add as u32;
    const SUB: u32 = BinOp::Subtract as u32;
    const MUL: u32 = BinOp::Multiply as u32;
    const TRUEDIV: u32 = BinOp::TrueDivide as u32;
    const FLOORDIV: u32 = BinOp::FloorDivide as u32;
    const MOD: u32 = BinOp::Remainder as u32;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            let v = match op {
                ADD => x.checked_add(y)?,
                SUB => x.checked_sub(y)?,
                MUL => x.checked_mul(y)?,
                // Exact conversions, so one correctly rounded division, as CPython's.
                TRUEDIV
                    if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) =>
                {
                    return Some(Value::Float(x as f64 / y as f64));
                }
                // Python floors the quotient and gives the remainder the divisor's sign.
                FLOORDIV if y != 0 => {
                    let q = x.checked_div(y)?;
                    if x % y != 0 && (x < 0) != (y < 0) {
                        q - 1
                    } else {
                        q
                    }
                }
                MOD if y != 0 => {
                    let m = x.checked_rem(y)?;
                    if m != 0 && (m < 0) != (y < 0) {
                        m + y
                    } else {
                        m
                    }
                }
                _ => return None,
            };
            Some(Value::Int(v))
        }
        (Value::FloatBits(x), Value::FloatBits(y)) => {
            float_fast(f64::from_bits(*x), f64::from_bits(*y), op)
        }
        (Value::FloatBits(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            float_fast(f64::from_bits(*x), *y as f64, op)
        }
        (Value::Int(x), Value::FloatBits(y)) if x.unsigned_abs() < (1 << 53) => {
            float_fast(*x as f64, f64::from_bits(*y), op)
        }
        _ => None,
    }
}

#[inline(always)]
fn float_fast(x: f64, y: f64, op: u32) -> Option<Value> {
    const ADD: u32 = BinOp::Add as u32;
    const SUB: u32 = BinOp::Subtract as u32;
    const MUL: u32 = BinOp::Multiply as u32;
    const TRUEDIV: u32 = BinOp::TrueDivide as u32;
    let v = match op {
        ADD => x + y,
        SUB => x - y,
        MUL => x * y,
        TRUEDIV if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Value::Float(v))
}

pub fn UnaryNegative(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let a = pop(vm);
    let v = tri!(vm, vm.unary_neg(&a));
    push(vm, v);
    Flow::Next
}

pub fn UnaryPositive(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let a = pop(vm);
    let v = tri!(vm, vm.unary_pos(&a));
    push(vm, v);
    Flow::Next
}

pub fn UnaryInvert(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let a = pop(vm);
    let v = tri!(vm, vm.unary_invert(&a));
    push(vm, v);
    Flow::Next
}

pub fn UnaryNot(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let a = pop(vm);
    let b = tri!(vm, vm.is_true(&a));
    push(vm, Value::Bool(!b));
    Flow::Next
}

#[inline(always)]
pub fn CompareOp(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let b = pop(vm);
    let a = pop(vm);
    let Some(op) = CmpOp::from_arg(arg) else {
        return vm.raise_flow(vm.runtime_error("bad COMPARE_OP argument"));
    };
    if let Some(r) = compare_fast(&a, &b, op) {
        push(vm, Value::Bool(r));
        return Flow::Next;
    }
    sync_ip(vm, r);
    let v = tri!(vm, vm.rich_compare(&a, &b, op));
    push(vm, v);
    Flow::Next
}

/// Comparisons of two small ints or two floats (NaN is unordered: only `!=` holds).
#[inline(always)]
fn compare_fast(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::FloatBits(x), Value::FloatBits(y)) => {
            f64::from_bits(*x).partial_cmp(&f64::from_bits(*y))
        }
        _ => return None,
    };
    let Some(o) = ord else {
        return Some(op == CmpOp::Ne);
    };
    Some(match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Gt => o.is_gt(),
        CmpOp::Ge => o.is_ge(),
    })
}

pub fn IsOp(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let b = pop(vm);
    let a = pop(vm);
    push(vm, Value::Bool(a.is(&b) != (arg != 0)));
    Flow::Next
}

pub fn ContainsOp(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let container = pop(vm);
    let item = pop(vm);
    let found = tri!(vm, vm.contains(&container, &item));
    push(vm, Value::Bool(found != (arg != 0)));
    Flow::Next
}

#[inline(always)]
pub fn BinarySubscr(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    let key = pop(vm);
    let obj = pop(vm);
    // Exact list indexed by a small int, in range.
    if let (Value::Int(i), Some(Object::List(l))) = (&key, obj.as_object()) {
        let item = l.with(|items| {
            let i = if *i < 0 { *i + items.len() as i64 } else { *i };
            usize::try_from(i).ok().and_then(|i| items.get(i).cloned())
        });
        if let Some(v) = item {
            push(vm, v);
            return Flow::Next;
        }
    }
    sync_ip(vm, r);
    let v = tri!(vm, vm.get_item(&obj, &key));
    push(vm, v);
    Flow::Next
}

pub fn StoreSubscr(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let key = pop(vm);
    let obj = pop(vm);
    let v = pop(vm);
    tri!(vm, vm.set_item(&obj, key, v));
    vm.maybe_finalize();
    Flow::Next
}

pub fn DeleteSubscr(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let key = pop(vm);
    let obj = pop(vm);
    tri!(vm, vm.del_item(&obj, &key));
    drop(obj);
    vm.maybe_finalize();
    Flow::Next
}

pub fn BinarySlice(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let stop = pop(vm);
    let start = pop(vm);
    let obj = pop(vm);
    let slice = vm.new_slice(start, stop, Value::None);
    let v = tri!(vm, vm.get_item(&obj, &slice));
    push(vm, v);
    Flow::Next
}

pub fn StoreSlice(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let stop = pop(vm);
    let start = pop(vm);
    let obj = pop(vm);
    let v = pop(vm);
    let slice = vm.new_slice(start, stop, Value::None);
    tri!(vm, vm.set_item(&obj, slice, v));
    vm.maybe_finalize();
    Flow::Next
}

pub fn BuildSlice(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let step = if arg == 3 { pop(vm) } else { Value::None };
    let stop = pop(vm);
    let start = pop(vm);
    let s = vm.new_slice(start, stop, step);
    push(vm, s);
    Flow::Next
}

fn take_top(vm: &mut Vm, n: usize) -> Vec<Value> {
    let at = vm.stack.len() - n;
    vm.stack.split_off(at)
}

pub fn BuildTuple(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let items = take_top(vm, arg as usize);
    let t = vm.new_tuple(items);
    push(vm, t);
    Flow::Next
}

pub fn BuildList(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let items = take_top(vm, arg as usize);
    let l = vm.new_list(items);
    push(vm, l);
    Flow::Next
}

pub fn BuildSet(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let items = take_top(vm, arg as usize);
    let s = tri!(vm, vm.new_set_from(items));
    push(vm, s);
    Flow::Next
}

pub fn BuildMap(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let items = take_top(vm, 2 * arg as usize);
    let d = Value::obj(crate::value::Payload::Dict(crate::value::PyCell::new(
        crate::objects::dict::DictTable::with_capacity(arg as usize),
    )));
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        tri!(vm, vm.dict_set(&d, k, v));
    }
    push(vm, d);
    Flow::Next
}

pub fn BuildString(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let parts = take_top(vm, arg as usize);
    let mut s = String::new();
    for p in &parts {
        if let Some(t) = p.as_str() {
            s.push_str(t.as_str());
        }
    }
    let v = vm.new_str(s);
    push(vm, v);
    Flow::Next
}

pub fn ListAppend(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    if let Some(l) = peek(vm, arg as usize).as_list() {
        l.with_mut(|items| crate::objects::list_type::list_push(items, v));
    }
    Flow::Next
}

pub fn SetAdd(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    let set = peek(vm, arg as usize).clone();
    tri!(vm, vm.set_add(&set, v));
    Flow::Next
}

pub fn MapAdd(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    let k = pop(vm);
    let d = peek(vm, arg as usize).clone();
    tri!(vm, vm.dict_set(&d, k, v));
    Flow::Next
}

pub fn ListExtend(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let it = pop(vm);
    let list = peek(vm, arg as usize).clone();
    let items = match vm.collect(&it) {
        Ok(items) => items,
        Err(e) => {
            if vm.err_matches(&e, &vm.types.exc.type_error.clone()) && !vm.is_iterable(&it) {
                let t = vm.type_name(&it);
                return vm.raise_flow(
                    vm.type_error(format!("Value after * must be an iterable, not {t}")),
                );
            }
            return vm.raise_flow(e);
        }
    };
    if let Some(l) = list.as_list() {
        l.with_mut(|v| v.extend(items));
    }
    Flow::Next
}

pub fn SetUpdate(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let it = pop(vm);
    let set = peek(vm, arg as usize).clone();
    tri!(vm, vm.set_update(&set, &it));
    Flow::Next
}

pub fn DictUpdate(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let m = pop(vm);
    let d = peek(vm, arg as usize).clone();
    // `{**m}` takes mappings only (dict.update also takes pairs): CPython's PyDict_Update.
    if m.as_dict().is_none() && !tri!(vm, vm.has_attr_str(&m, "keys")) {
        let t = vm.type_name(&m);
        let e = vm.type_error(format!("'{t}' object is not a mapping"));
        return vm.raise_flow(e);
    }
    if let Err(e) = vm.dict_update_from(&d, &m, false) {
        return vm.raise_flow(e);
    }
    Flow::Next
}

pub fn DictMerge(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let m = pop(vm);
    let d = peek(vm, arg as usize).clone();
    tri!(vm, vm.dict_update_from(&d, &m, true));
    Flow::Next
}

pub fn ListToTuple(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let l = pop(vm);
    let items = l.as_list().map(|l| l.get()).unwrap_or_default();
    let t = vm.new_tuple(items);
    push(vm, t);
    Flow::Next
}

pub fn UnpackSequence(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let seq = pop(vm);
    let n = arg as usize;
    // Exact tuples and lists unpack without an iterator.
    let direct = match seq.as_object() {
        Some(Object::Tuple(t)) if t.len() == n => Some(t.to_vec()),
        Some(Object::List(l)) => l.with(|v| if v.len() == n { Some(v.clone()) } else { None }),
        _ => None,
    };
    let items = match direct {
        Some(items) => items,
        None => {
            sync_ip(vm, r);
            tri!(vm, vm.unpack_iterable(&seq, n, None))
        }
    };
    vm.stack.extend(items.into_iter().rev());
    Flow::Next
}

pub fn UnpackEx(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let seq = pop(vm);
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    let items = tri!(vm, vm.unpack_iterable(&seq, before, Some(after)));
    // items = before values, the starred list, after values; pushed so the first is on top.
    vm.stack.extend(items.into_iter().rev());
    Flow::Next
}

pub fn FormatValue(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let spec = if arg & 4 != 0 { Some(pop(vm)) } else { None };
    let v = pop(vm);
    let converted = match arg & 3 {
        1 => tri!(vm, vm.str(&v)),
        2 => {
            let s = tri!(vm, vm.repr(&v));
            vm.new_str(s)
        }
        3 => {
            let s = tri!(vm, vm.ascii(&v));
            vm.new_str(s)
        }
        _ => v,
    };
    let spec_str = spec
        .as_ref()
        .and_then(|s| s.as_str())
        .map(|s| s.as_str().to_string());
    let out = match (&converted, spec_str.as_deref()) {
        (Value::Obj(o), None | Some("")) if matches!(o.view(), Object::Str(_)) => converted.clone(),
        _ => tri!(vm, vm.format(&converted, spec_str.as_deref().unwrap_or(""))),
    };
    push(vm, out);
    Flow::Next
}

#[inline(always)]
pub fn Jump(_vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    r.ip = arg as usize;
    Flow::Next
}

#[inline(always)]
pub fn JumpBackward(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    r.ip = arg as usize;
    if vm.limited {
        return vm.charge_step();
    }
    Flow::Next
}

/// Truthiness with the common cases inline.
#[inline(always)]
fn truth(vm: &mut Vm, v: &Value) -> Result<bool, crate::vm::PyErr> {
    match v {
        Value::BoolWord(b) => Ok(*b != 0),
        Value::None => Ok(false),
        Value::Int(i) => Ok(*i != 0),
        _ => vm.is_true(v),
    }
}

#[inline(always)]
pub fn PopJumpIfFalse(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    if !tri!(vm, truth(vm, &v)) {
        r.ip = arg as usize;
    }
    Flow::Next
}

#[inline(always)]
pub fn PopJumpIfTrue(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    if tri!(vm, truth(vm, &v)) {
        r.ip = arg as usize;
    }
    Flow::Next
}

pub fn PopJumpIfNone(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    if pop(vm).is_none() {
        r.ip = arg as usize;
    }
    Flow::Next
}

pub fn PopJumpIfNotNone(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    if !pop(vm).is_none() {
        r.ip = arg as usize;
    }
    Flow::Next
}

pub fn JumpIfFalseOrPop(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = top(vm).clone();
    if tri!(vm, truth(vm, &v)) {
        vm.stack.pop();
    } else {
        r.ip = arg as usize;
    }
    Flow::Next
}

pub fn JumpIfTrueOrPop(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = top(vm).clone();
    if tri!(vm, truth(vm, &v)) {
        r.ip = arg as usize;
    } else {
        vm.stack.pop();
    }
    Flow::Next
}

pub fn GetIter(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let o = pop(vm);
    let it = tri!(vm, vm.get_iter(&o));
    push(vm, it);
    Flow::Next
}

#[inline(always)]
pub fn ForIter(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    if let Some(v) = for_iter_fast(top(vm)) {
        push(vm, v);
        return Flow::Next;
    }
    sync_ip(vm, r);
    let it = top(vm).clone();
    match tri!(vm, vm.iter_next(&it)) {
        Some(v) => push(vm, v),
        None => {
            vm.stack.pop();
            r.ip = arg as usize;
        }
    }
    Flow::Next
}

/// The next item of a range or list iterator that has one; None leaves every other case
/// (including exhaustion) to the general protocol.
#[inline(always)]
fn for_iter_fast(it: &Value) -> Option<Value> {
    let Some(Object::Iterator(cell)) = it.as_object() else {
        return None;
    };
    cell.with_mut(|st| match st {
        IterState::Range {
            next,
            step,
            remaining,
        } if *remaining > 0 => {
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next = next.wrapping_add(*step);
            }
            Some(Value::from_i128(v))
        }
        IterState::Seq { seq, index } => match seq.as_object() {
            Some(Object::List(l)) => {
                let v = l.with(|items| items.get(*index).cloned())?;
                *index += 1;
                Some(v)
            }
            _ => None,
        },
        _ => None,
    })
}

#[inline(always)]
pub fn Call(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    vm.call_from_stack(r, arg as usize, None)
}

pub fn CallKw(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let names = pop(vm);
    vm.call_from_stack(r, arg as usize, Some(names))
}

pub fn CallFunctionEx(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let kwargs = if arg & 1 != 0 { Some(pop(vm)) } else { None };
    let posargs = pop(vm);
    let _null = pop(vm);
    let func = pop(vm);
    let mut args = Args::new(posargs.as_tuple().map(|t| t.to_vec()).unwrap_or_default());
    if let Some(kw) = kwargs {
        if let Some(d) = kw.as_dict() {
            args.kw = d.with(|t| t.items());
        }
        for (k, _) in &args.kw {
            if k.as_str().is_none() {
                return vm.raise_flow(vm.type_error("keywords must be strings"));
            }
        }
    }
    let v = tri!(vm, vm.call(&func, args));
    push(vm, v);
    Flow::Next
}

pub fn MakeFunction(vm: &mut Vm, _r: &mut Regs, arg: u32) -> Flow {
    let code = pop(vm);
    let closure = if arg & make_function::CLOSURE != 0 {
        pop(vm)
    } else {
        Value::Null
    };
    let annotations = if arg & make_function::ANNOTATIONS != 0 {
        pop(vm)
    } else {
        Value::Null
    };
    let kwdefaults = if arg & make_function::KWDEFAULTS != 0 {
        pop(vm)
    } else {
        Value::Null
    };
    let defaults = if arg & make_function::DEFAULTS != 0 {
        pop(vm)
    } else {
        Value::Null
    };
    let f = tri!(vm, vm.make_function(code, defaults, kwdefaults, closure));
    if !annotations.is_null() {
        tri!(vm, vm.set_function_annotations(&f, &annotations));
    }
    push(vm, f);
    Flow::Next
}

#[inline(always)]
pub fn ReturnValue(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    let v = pop(vm);
    vm.return_from_frame(r, v)
}

#[inline(always)]
pub fn ReturnConst(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = r.code().consts[arg as usize].clone();
    vm.return_from_frame(r, v)
}

pub fn YieldValue(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    let v = pop(vm);
    vm.suspend_generator(r.ip, arg != 0);
    vm.exit_flow(Exit::Yield(v))
}

pub fn Send(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let v = pop(vm);
    let sub = top(vm).clone();
    match tri!(vm, vm.send_to(&sub, v)) {
        Exit::Yield(y) => push(vm, y),
        Exit::Return(value) => {
            vm.stack.pop();
            push(vm, value);
            r.ip = arg as usize;
        }
    }
    Flow::Next
}

pub fn GetYieldFromIter(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    let o = pop(vm);
    let it = match o.as_object() {
        Some(Object::Generator(g)) if g.kind == GenKind::Coroutine => {
            // Only a coroutine (or a types.coroutine generator) may delegate to a coroutine.
            let flags = r.code().code.flags;
            if flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) == 0 {
                let e = vm.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                );
                return vm.raise_flow(e);
            }
            o
        }
        Some(Object::Generator(g)) if g.kind == GenKind::Generator => o,
        _ => tri!(vm, vm.get_iter(&o)),
    };
    push(vm, it);
    Flow::Next
}

pub fn GetAwaitable(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let o = pop(vm);
    let it = tri!(vm, vm.get_awaitable(&o, arg));
    push(vm, it);
    Flow::Next
}

pub fn GetAiter(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let o = pop(vm);
    let it = tri!(vm, vm.get_aiter(&o));
    push(vm, it);
    Flow::Next
}

pub fn GetAnext(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let aiter = top(vm).clone();
    let awaitable = tri!(vm, vm.get_anext(&aiter));
    push(vm, awaitable);
    Flow::Next
}

/// The handler of an `async for`'s awaited `__anext__()`: StopAsyncIteration ends the loop,
/// anything else goes on unwinding.
pub fn EndAsyncFor(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let exc = pop(vm);
    let stop = Value::Obj(vm.types.exc.stop_async_iteration.clone());
    if tri!(vm, vm.exception_matches(&exc, &stop)) {
        vm.stack.pop();
        vm.maybe_finalize();
        return Flow::Next;
    }
    match vm.exception_from_value(exc) {
        Ok(e) => vm.reraise_flow(e),
        Err(e) => vm.raise_flow(e),
    }
}

pub fn BeforeAsyncWith(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let mgr = pop(vm);
    let (exit, entered) = tri!(vm, vm.enter_async_context(&mgr));
    push(vm, exit);
    push(vm, entered);
    Flow::Next
}

pub fn RaiseVarargs(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let cause = if arg == 2 { Some(pop(vm)) } else { None };
    let exc = if arg >= 1 { Some(pop(vm)) } else { None };
    let bare = exc.is_none();
    let e = vm.do_raise(exc, cause);
    // A bare `raise` re-raises the handled exception with its traceback unchanged (CPython
    // adds no entry for the re-raising frame, and `except*` recognises re-raised parts by it).
    if bare && vm.handled_exception.is(&e.value()) {
        return vm.reraise_flow(e);
    }
    vm.raise_flow(e)
}

/// The handler search starts at this instruction (as CPython's does); the saved lasti under the
/// exception only restores the frame's line, which pyvm's tracebacks record at raise time.
pub fn Reraise(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let exc = pop(vm);
    match vm.exception_from_value(exc) {
        Ok(e) => vm.reraise_flow(e),
        Err(e) => vm.raise_flow(e),
    }
}

pub fn PushExcInfo(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let exc = pop(vm);
    let prev = std::mem::replace(&mut vm.handled_exception, exc.clone());
    push(vm, prev);
    push(vm, exc);
    Flow::Next
}

pub fn PopExcept(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let prev = pop(vm);
    vm.handled_exception = prev;
    Flow::Next
}

pub fn CheckExcMatch(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let class = pop(vm);
    let exc = top(vm).clone();
    let m = tri!(vm, vm.exception_matches(&exc, &class));
    push(vm, Value::Bool(m));
    Flow::Next
}

pub fn LoadAssertionError(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let v = Value::Obj(vm.types.exc.assertion_error.clone());
    push(vm, v);
    Flow::Next
}

pub fn LoadBuildClass(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let v = tri!(vm, vm.builtin("__build_class__"));
    push(vm, v);
    Flow::Next
}

pub fn BeforeWith(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let mgr = pop(vm);
    let (exit, entered) = tri!(vm, vm.enter_context(&mgr));
    push(vm, exit);
    push(vm, entered);
    Flow::Next
}

pub fn WithExceptStart(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let exc = top(vm).clone();
    let exit = peek(vm, 4).clone();
    let class = vm.type_of(&exc);
    let tb = vm.traceback_of(&exc);
    let res = tri!(vm, vm.call(&exit, Args::new([Value::Obj(class), exc, tb])));
    push(vm, res);
    Flow::Next
}

pub fn ImportName(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let fromlist = pop(vm);
    let level = pop(vm);
    let name = r.code().names[arg as usize].clone();
    let m = tri!(vm, vm.import(&name, &fromlist, &level));
    push(vm, m);
    Flow::Next
}

pub fn ImportFrom(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let module = top(vm).clone();
    let name = r.code().names[arg as usize].clone();
    let v = tri!(vm, vm.import_from(&module, &name));
    push(vm, v);
    Flow::Next
}

pub fn ImportStar(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let module = pop(vm);
    tri!(vm, vm.import_star(&module));
    Flow::Next
}

pub fn SetupAnnotations(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let locals = vm.frame_locals();
    let key = vm.intern("__annotations__");
    if tri!(vm, vm.mapping_get_opt(&locals, &key)).is_none() {
        let d = vm.new_dict();
        tri!(vm, vm.mapping_set(&locals, key, d));
    }
    Flow::Next
}

/// `compile(..., 'single')`: an expression statement's value goes to `sys.displayhook`.
pub fn PrintExpr(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let v = pop(vm);
    tri!(vm, vm.display_hook(v));
    Flow::Next
}

pub fn GetLen(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let o = top(vm).clone();
    let n = tri!(vm, vm.len(&o));
    push(vm, Value::Int(n as i64));
    Flow::Next
}

pub fn MatchMapping(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let b = vm.match_mapping(top(vm));
    push(vm, Value::Bool(b));
    Flow::Next
}

pub fn MatchSequence(vm: &mut Vm, _r: &mut Regs, _arg: u32) -> Flow {
    let b = vm.match_sequence(top(vm));
    push(vm, Value::Bool(b));
    Flow::Next
}

pub fn MatchKeys(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let keys = top(vm).clone();
    let subject = peek(vm, 2).clone();
    let values = tri!(vm, vm.match_keys(&subject, &keys));
    push(vm, values);
    Flow::Next
}

pub fn MatchClass(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let names = pop(vm);
    let cls = pop(vm);
    let subject = pop(vm);
    let attrs = tri!(vm, vm.match_class(&subject, &cls, arg as usize, &names));
    push(vm, attrs);
    Flow::Next
}

pub fn CheckEgMatch(vm: &mut Vm, r: &mut Regs, _arg: u32) -> Flow {
    sync_ip(vm, r);
    let ty = pop(vm);
    let exc = top(vm).clone();
    let (matched, rest) = tri!(
        vm,
        crate::objects::exception_group::except_star_match(vm, &exc, &ty)
    );
    if matched.is_none() {
        push(vm, Value::None);
        return Flow::Next;
    }
    // The handler runs with the matched part as the exception being handled.
    vm.handled_exception = matched.clone();
    let len = vm.stack.len();
    vm.stack[len - 1] = rest;
    push(vm, matched);
    Flow::Next
}

pub fn CallIntrinsic2(vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
    sync_ip(vm, r);
    let b = pop(vm);
    let a = pop(vm);
    let r = match arg {
        pyvm_compiler::bytecode::intrinsic2::PREP_RERAISE_STAR => tri!(
            vm,
            crate::objects::exception_group::prep_reraise_star(vm, &a, &b)
        ),
        _ => {
            let e = vm.new_exception(
                &vm.types.exc.system_error.clone(),
                format!("invalid intrinsic function {arg}"),
            );
            return vm.raise_flow(e);
        }
    };
    push(vm, r);
    Flow::Next
}
