//! product, permutations, combinations and combinations_with_replacement, each stepping its
//! indices in place (the algorithms of the itertools documentation) and building only the
//! result tuple per item.

use super::{me, stop, with};
use crate::clinic::{bind, index_arg, new_cls};
use pyvm_vm::objects::int;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, PyResult, Value, Vm};

#[derive(PartialEq, Eq)]
enum Phase {
    First,
    Running,
    Stopped,
}

/// The state of every combinatoric iterator: the pools, the current indices and result.
struct Combo {
    /// product: one pool per position; the others: a single pool.
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    /// permutations' cycles.
    cycles: Vec<usize>,
    r: usize,
    result: Vec<Value>,
    phase: Phase,
}

impl NativeData for Combo {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(&mut *visit);
        self.result.iter().for_each(&mut *visit);
    }
    fn clear(&mut self) {
        self.pools.clear();
        self.result.clear();
        self.phase = Phase::Stopped;
    }
}

fn new_combo(vm: &mut Vm, args: &Args, pools: Vec<Vec<Value>>, r: usize) -> Value {
    let cls = new_cls(vm, args);
    let data = Combo {
        pools,
        indices: Vec::new(),
        cycles: Vec::new(),
        r,
        result: Vec::new(),
        phase: Phase::First,
    };
    vm.new_native_object(&cls, Box::new(data))
}

/// Runs one step of `f` on the state; the result tuple (or StopIteration).
fn step(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: impl FnOnce(&mut Combo) -> bool,
) -> PyResult<Value> {
    let me = me(args);
    let r = with(vm, &me, name, |c: &mut Combo| {
        if c.phase == Phase::Stopped {
            return None;
        }
        if f(c) {
            Some(c.result.clone())
        } else {
            c.phase = Phase::Stopped;
            c.result.clear();
            None
        }
    })?;
    match r {
        Some(items) => Ok(vm.new_tuple(items)),
        None => Err(stop(vm)),
    }
}

// ----- product -----

pub fn product_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut repeat = 1i64;
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |s| s.as_str());
        if key != "repeat" {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for product()"
            )));
        }
        repeat = index_arg(vm, v)?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::new();
    for a in args.pos.iter().skip(1) {
        base.push(vm.collect(a)?);
    }
    let mut pools = Vec::new();
    if !base.is_empty()
        && (repeat as usize)
            .checked_mul(base.len())
            .is_none_or(|n| n > isize::MAX as usize / 16)
    {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let r = pools.len();
    Ok(new_combo(vm, &args, pools, r))
}

pub fn product_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    step(vm, &args, "itertools.product", |c| {
        if c.phase == Phase::First {
            c.phase = Phase::Running;
            if c.pools.iter().any(|p| p.is_empty()) {
                return false;
            }
            c.indices = vec![0; c.pools.len()];
            c.result = c.pools.iter().map(|p| p[0].clone()).collect();
            return true;
        }
        for i in (0..c.pools.len()).rev() {
            let pool = &c.pools[i];
            c.indices[i] += 1;
            if c.indices[i] == pool.len() {
                c.indices[i] = 0;
                c.result[i] = pool[0].clone();
            } else {
                c.result[i] = pool[c.indices[i]].clone();
                return true;
            }
        }
        false
    })
}

// ----- permutations -----

pub fn permutations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, "permutations", &args, 1, &["iterable", "r"], 1, 2)?;
    let pool = vm.collect(a[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &a[1] {
        None | Some(Value::None) => pool.len() as i64,
        Some(v) => {
            if !int::is_int(v) {
                return Err(vm.type_error("Expected int as r"));
            }
            match int::as_i64(v) {
                Some(i) => i,
                None => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
            }
        }
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(new_combo(vm, &args, vec![pool], r as usize))
}

pub fn permutations_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    step(vm, &args, "itertools.permutations", |c| {
        let n = c.pools[0].len();
        let r = c.r;
        if c.phase == Phase::First {
            c.phase = Phase::Running;
            if r > n {
                return false;
            }
            c.indices = (0..n).collect();
            c.cycles = (0..r).map(|i| n - i).collect();
            c.result = c.pools[0][..r].to_vec();
            return true;
        }
        if n == 0 {
            return false;
        }
        for i in (0..r).rev() {
            c.cycles[i] -= 1;
            if c.cycles[i] == 0 {
                c.indices[i..].rotate_left(1);
                c.cycles[i] = n - i;
            } else {
                let j = c.cycles[i];
                c.indices.swap(i, n - j);
                for k in i..r {
                    c.result[k] = c.pools[0][c.indices[k]].clone();
                }
                return true;
            }
        }
        false
    })
}

// ----- combinations -----

fn r_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(Vec<Value>, usize)> {
    let a = bind(vm, name, args, 1, &["iterable", "r"], 2, 2)?;
    let pool = vm.collect(a[0].as_ref().unwrap_or(&Value::None))?;
    let r = index_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

pub fn combinations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pool, r) = r_arg(vm, "combinations", &args)?;
    Ok(new_combo(vm, &args, vec![pool], r))
}

pub fn combinations_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    step(vm, &args, "itertools.combinations", |c| {
        let n = c.pools[0].len();
        let r = c.r;
        if c.phase == Phase::First {
            c.phase = Phase::Running;
            if r > n {
                return false;
            }
            c.indices = (0..r).collect();
            c.result = c.pools[0][..r].to_vec();
            return true;
        }
        let mut i = r;
        while i > 0 && c.indices[i - 1] == i - 1 + n - r {
            i -= 1;
        }
        if i == 0 {
            return false;
        }
        let i = i - 1;
        c.indices[i] += 1;
        for j in i + 1..r {
            c.indices[j] = c.indices[j - 1] + 1;
        }
        for j in i..r {
            c.result[j] = c.pools[0][c.indices[j]].clone();
        }
        true
    })
}

// ----- combinations_with_replacement -----

pub fn cwr_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pool, r) = r_arg(vm, "combinations_with_replacement", &args)?;
    Ok(new_combo(vm, &args, vec![pool], r))
}

pub fn cwr_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    step(vm, &args, "itertools.combinations_with_replacement", |c| {
        let n = c.pools[0].len();
        let r = c.r;
        if c.phase == Phase::First {
            c.phase = Phase::Running;
            if n == 0 && r > 0 {
                return false;
            }
            c.indices = vec![0; r];
            c.result = (0..r).map(|_| c.pools[0][0].clone()).collect();
            return true;
        }
        let mut i = r;
        while i > 0 && c.indices[i - 1] == n - 1 {
            i -= 1;
        }
        if i == 0 {
            return false;
        }
        let i = i - 1;
        let index = c.indices[i] + 1;
        for j in i..r {
            c.indices[j] = index;
            c.result[j] = c.pools[0][index].clone();
        }
        true
    })
}
