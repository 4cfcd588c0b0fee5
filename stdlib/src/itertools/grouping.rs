//! groupby (and its _grouper), islice, and tee (tee objects share a linked list of blocks of
//! values, as CPython's teedataobject: a block is freed when no tee refers to it any more).

use super::{class, me, stop, with};
use crate::clinic::{bind, new_cls, positional};
use pyvm_compiler::bytecode::CmpOp;
use pyvm_vm::objects::int;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, PyResult, Value, Vm};

// ----- groupby -----

struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: Value,
    currkey: Value,
    currvalue: Value,
    /// The id of the grouper that may still advance (0: none); advancing the groupby
    /// invalidates the previous group, as CPython's `currgrouper`.
    current: u64,
    last_id: u64,
}

impl NativeData for GroupBy {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        visit(&self.keyfunc);
        visit(&self.tgtkey);
        visit(&self.currkey);
        visit(&self.currvalue);
    }
    fn clear(&mut self) {
        self.it = Value::Null;
        self.keyfunc = Value::Null;
        self.tgtkey = Value::Null;
        self.currkey = Value::Null;
        self.currvalue = Value::Null;
    }
}

const GB: &str = "itertools.groupby";

pub fn groupby_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, "groupby", &args, 1, &["iterable", "key"], 1, 2)?;
    let it = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let keyfunc = match &a[1] {
        None | Some(Value::None) => Value::Null,
        Some(k) => k.clone(),
    };
    let cls = new_cls(vm, &args);
    let data = GroupBy {
        it,
        keyfunc,
        tgtkey: Value::Null,
        currkey: Value::Null,
        currvalue: Value::Null,
        current: 0,
        last_id: 0,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

/// Reads the next value and its key into `currvalue` / `currkey`; false when exhausted.
fn groupby_step(vm: &mut Vm, gb: &Value) -> PyResult<bool> {
    let (it, keyfunc) = with(vm, gb, GB, |g: &mut GroupBy| {
        (g.it.clone(), g.keyfunc.clone())
    })?;
    let Some(v) = vm.iter_next(&it)? else {
        return Ok(false);
    };
    let key = if keyfunc.is_null() {
        v.clone()
    } else {
        vm.call(&keyfunc, Args::new([v.clone()]))?
    };
    with(vm, gb, GB, |g: &mut GroupBy| {
        g.currvalue = v;
        g.currkey = key;
    })?;
    Ok(true)
}

pub fn groupby_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gb = me(&args);
    with(vm, &gb, GB, |g: &mut GroupBy| g.current = 0)?;
    loop {
        let (currkey, tgtkey) = with(vm, &gb, GB, |g: &mut GroupBy| {
            (g.currkey.clone(), g.tgtkey.clone())
        })?;
        if !currkey.is_null() {
            if tgtkey.is_null() {
                break;
            }
            if !vm.compare_bool(&tgtkey, &currkey, CmpOp::Eq)? {
                break;
            }
        }
        if !groupby_step(vm, &gb)? {
            return Err(stop(vm));
        }
    }
    let (key, id) = with(vm, &gb, GB, |g: &mut GroupBy| {
        g.tgtkey = g.currkey.clone();
        g.last_id += 1;
        g.current = g.last_id;
        (g.currkey.clone(), g.last_id)
    })?;
    let cls = class(vm, "itertools._grouper");
    let grouper = vm.new_native_object(
        &cls,
        Box::new(Grouper {
            parent: gb,
            tgtkey: key.clone(),
            id,
        }),
    );
    Ok(vm.new_tuple(vec![key, grouper]))
}

struct Grouper {
    parent: Value,
    tgtkey: Value,
    id: u64,
}

impl NativeData for Grouper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.parent);
        visit(&self.tgtkey);
    }
    fn clear(&mut self) {
        self.parent = Value::None;
        self.tgtkey = Value::None;
    }
}

pub fn grouper_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, "_grouper", &args, 1, 2, 2)?;
    let parent = args.pos[1].clone();
    if !vm.is_native::<GroupBy>(&parent) {
        let t = vm.type_name(&parent);
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {t}"
        )));
    }
    let cls = new_cls(vm, &args);
    let data = Grouper {
        parent,
        tgtkey: args.pos[2].clone(),
        id: u64::MAX,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

pub fn grouper_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (gb, tgtkey, id) = with(vm, &me, "itertools._grouper", |g: &mut Grouper| {
        (g.parent.clone(), g.tgtkey.clone(), g.id)
    })?;
    let (current, has_value) = with(vm, &gb, GB, |g: &mut GroupBy| {
        (g.current, !g.currvalue.is_null())
    })?;
    if current != id {
        return Err(stop(vm));
    }
    if !has_value && !groupby_step(vm, &gb)? {
        return Err(stop(vm));
    }
    let currkey = with(vm, &gb, GB, |g: &mut GroupBy| g.currkey.clone())?;
    if !vm.compare_bool(&tgtkey, &currkey, CmpOp::Eq)? {
        return Err(stop(vm));
    }
    with(vm, &gb, GB, |g: &mut GroupBy| {
        g.currkey = Value::Null;
        std::mem::replace(&mut g.currvalue, Value::Null)
    })
}

// ----- islice -----

struct ISlice {
    it: Value,
    next: i64,
    /// -1: no stop.
    stop: i64,
    step: i64,
    cnt: i64,
}

impl NativeData for ISlice {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
    }
    fn clear(&mut self) {
        self.it = Value::Null;
    }
}

/// An islice index: None, or an int in 0..=sys.maxsize (`err` otherwise).
fn slice_index(vm: &mut Vm, v: &Value, none: i64, err: &str) -> PyResult<i64> {
    if v.is_none() {
        return Ok(none);
    }
    let r = if int::is_int(v) {
        int::as_i64(v)
    } else {
        match vm.to_index(v) {
            Ok(r) => r,
            Err(e) if vm.err_matches(&e, &vm.types.exc.type_error.clone()) => None,
            Err(e) => return Err(e),
        }
    };
    match r {
        Some(i) if i >= 0 => Ok(i),
        _ => Err(vm.value_error(err)),
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

pub fn islice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, "islice", &args, 1, 2, 4)?;
    let n = args.pos.len() - 1;
    let (start, stop_at, step) = if n == 2 {
        (0, slice_index(vm, &args.pos[2], -1, STOP_MSG)?, 1)
    } else {
        let stop_at = slice_index(vm, &args.pos[3], -1, STOP_MSG)?;
        let start = slice_index(vm, &args.pos[2], 0, INDEX_MSG)?;
        let step = match args.pos.get(4) {
            None | Some(Value::None) => 1,
            Some(s) => {
                let r = if int::is_int(s) {
                    Some(int::as_i64(s).unwrap_or(
                        if int::as_bigint(s).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                            -1
                        } else {
                            i64::MAX
                        },
                    ))
                } else {
                    match vm.to_index(s) {
                        Ok(r) => r,
                        Err(e) if vm.err_matches(&e, &vm.types.exc.type_error.clone()) => None,
                        Err(e) => return Err(e),
                    }
                };
                match r {
                    Some(i) if i >= 1 => i,
                    _ => {
                        return Err(
                            vm.value_error("Step for islice() must be a positive integer or None.")
                        )
                    }
                }
            }
        };
        (start, stop_at, step)
    };
    let it = vm.get_iter(&args.pos[1])?;
    let cls = new_cls(vm, &args);
    let data = ISlice {
        it,
        next: start,
        stop: stop_at,
        step,
        cnt: 0,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

pub fn islice_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    const N: &str = "itertools.islice";
    let (it, next, stop_at, cnt) = with(vm, &me, N, |s: &mut ISlice| {
        (s.it.clone(), s.next, s.stop, s.cnt)
    })?;
    if it.is_null() {
        return Err(stop(vm));
    }
    let mut cnt = cnt;
    while cnt < next {
        if vm.iter_next(&it)?.is_none() {
            with(vm, &me, N, |s: &mut ISlice| s.it = Value::Null)?;
            return Err(stop(vm));
        }
        cnt += 1;
        with(vm, &me, N, |s: &mut ISlice| s.cnt = cnt)?;
    }
    if stop_at != -1 && cnt >= stop_at {
        with(vm, &me, N, |s: &mut ISlice| s.it = Value::Null)?;
        return Err(stop(vm));
    }
    let Some(v) = vm.iter_next(&it)? else {
        with(vm, &me, N, |s: &mut ISlice| s.it = Value::Null)?;
        return Err(stop(vm));
    };
    with(vm, &me, N, |s: &mut ISlice| {
        s.cnt += 1;
        let old = s.next;
        s.next = s.next.wrapping_add(s.step);
        if s.next < old || (s.stop != -1 && s.next > s.stop) {
            s.next = s.stop;
        }
    })?;
    Ok(v)
}

// ----- tee -----

/// Values per block, as CPython's LINKCELLS.
const BLOCK: usize = 57;

/// One block of a tee's shared buffer: values read from the source, and the next block.
struct TeeBlock {
    it: Value,
    values: Vec<Value>,
    next: Value,
    /// Set while a tee reads from the source (re-entering it is an error).
    running: bool,
}

impl NativeData for TeeBlock {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        self.values.iter().for_each(&mut *visit);
        visit(&self.next);
    }
    fn clear(&mut self) {
        self.it = Value::Null;
        self.values.clear();
        self.next = Value::Null;
    }
}

struct Tee {
    block: Value,
    index: usize,
}

impl NativeData for Tee {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.block);
    }
    fn clear(&mut self) {
        self.block = Value::Null;
    }
}

const TEE: &str = "itertools._tee";
const BLK: &str = "itertools._tee_dataobject";

fn new_block(vm: &mut Vm, it: Value) -> Value {
    let cls = class(vm, BLK);
    vm.new_native_object(
        &cls,
        Box::new(TeeBlock {
            it,
            values: Vec::with_capacity(BLOCK),
            next: Value::Null,
            running: false,
        }),
    )
}

fn tee_from_iter(vm: &mut Vm, cls: &pyvm_vm::ObjRef, it: Value) -> Value {
    let block = new_block(vm, it);
    vm.new_native_object(cls, Box::new(Tee { block, index: 0 }))
}

pub fn tee_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, "_tee", &args, 1, 1, 1)?;
    let it = vm.get_iter(&args.pos[1])?;
    if vm.is_native::<Tee>(&it) {
        return tee_copy(vm, Args::new([it]));
    }
    let cls = new_cls(vm, &args);
    Ok(tee_from_iter(vm, &cls, it))
}

pub fn tee_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (block, index) =
        vm.native_self(&me, TEE, "__copy__", |t: &Tee| (t.block.clone(), t.index))?;
    let cls = vm.type_of(&me);
    Ok(vm.new_native_object(&cls, Box::new(Tee { block, index })))
}

pub fn tee_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (mut block, mut index) = with(vm, &me, TEE, |t: &mut Tee| (t.block.clone(), t.index))?;
    if index >= BLOCK {
        // Move to the next block, making it when this tee is the first to get there.
        let (next, it) = with(vm, &block, BLK, |b: &mut TeeBlock| {
            (b.next.clone(), b.it.clone())
        })?;
        let next = if next.is_null() {
            let nb = new_block(vm, it);
            with(vm, &block, BLK, |b: &mut TeeBlock| b.next = nb.clone())?;
            nb
        } else {
            next
        };
        block = next;
        index = 0;
        let b2 = block.clone();
        with(vm, &me, TEE, |t: &mut Tee| {
            t.block = b2;
            t.index = 0;
        })?;
    }
    let got = with(vm, &block, BLK, |b: &mut TeeBlock| {
        b.values.get(index).cloned()
    })?;
    let v = match got {
        Some(v) => v,
        None => {
            let (it, running) = with(vm, &block, BLK, |b: &mut TeeBlock| {
                (b.it.clone(), b.running)
            })?;
            if running {
                return Err(vm.runtime_error("cannot re-enter the tee iterator"));
            }
            if it.is_null() {
                return Err(stop(vm));
            }
            with(vm, &block, BLK, |b: &mut TeeBlock| b.running = true)?;
            let r = vm.iter_next(&it);
            with(vm, &block, BLK, |b: &mut TeeBlock| b.running = false)?;
            match r? {
                Some(v) => {
                    with(vm, &block, BLK, |b: &mut TeeBlock| b.values.push(v.clone()))?;
                    v
                }
                None => return Err(stop(vm)),
            }
        }
    };
    with(vm, &me, TEE, |t: &mut Tee| t.index = index + 1)?;
    Ok(v)
}

/// `itertools.tee(iterable, n=2)`.
pub fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, "tee", &args, 0, 1, 2)?;
    let n = match args.pos.get(1) {
        Some(v) => crate::clinic::index_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = vm.get_iter(&args.pos[0])?;
    if n == 0 {
        return Ok(vm.new_tuple(Vec::new()));
    }
    let copy_name = vm.intern("__copy__");
    let mut first = if vm.get_attr_opt(&it, &copy_name)?.is_some() {
        it
    } else {
        let cls = class(vm, TEE);
        tee_from_iter(vm, &cls, it)
    };
    let mut out = Vec::with_capacity(n as usize);
    out.push(first.clone());
    for _ in 1..n {
        first = vm.call_method(&first, "__copy__", vec![])?;
        out.push(first.clone());
    }
    Ok(vm.new_tuple(out))
}
