//! The _random module: the Mersenne Twister (MT19937) behind random.Random, generating exactly
//! CPython's sequences: the same seeding of ints (absolute value cut into 32-bit words, fed to
//! init_by_array), the same 53-bit floats and the same getrandbits words.
//!
//! seed(None) reads 624 words of OS entropy when the host grants process access; a host that
//! denies it gets a seed mixed from the monotonic clock and the object's address instead (as
//! CPython falls back to time and pid when urandom fails), never an error.

use num_bigint::{BigInt, Sign};
use num_traits::Signed;
use pyvm_vm::host::Capability;
use pyvm_vm::objects::int;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::value::Payload;
use pyvm_vm::{Args, PyResult, Value, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
const TYPE_NAME: &str = "_random.Random";

/// The generator's state: CPython's `RandomObject` without the object header.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl NativeData for Mt {}

impl Default for Mt {
    /// An unseeded generator, zero-filled as CPython's tp_alloc leaves it.
    fn default() -> Mt {
        Mt {
            state: [0; N],
            index: 0,
        }
    }
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words (the reference implementation's init_by_array).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (27 + 26 from two draws).
    pub fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits, least significant word first (k > 0).
    pub fn bits_words(&mut self, mut k: u64) -> Vec<u32> {
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        for _ in 0..words {
            let mut r = self.next_u32();
            if k < 32 {
                r >>= 32 - k;
            }
            out.push(r);
            k = k.saturating_sub(32);
        }
        out
    }
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_random");
    let cls = vm.new_native_type("_random", "Random", true);
    vm.add_staticmethod(&cls, "__new__", random_new);
    let methods: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("__init__", random_init),
        ("seed", random_seed),
        ("random", random_random),
        ("getrandbits", random_getrandbits),
        ("getstate", random_getstate),
        ("setstate", random_setstate),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, name, *f);
    }
    vm.module_set(&m, "Random", Value::Obj(cls));
    let f = vm.new_native("_sha512", random_sha512);
    vm.module_set(&m, "_sha512", f);
    let f = vm.new_native("_urandom", random_urandom);
    vm.module_set(&m, "_urandom", f);
    Ok(m)
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if args.pos[0].as_class().is_some() => c.clone(),
        _ => return Err(vm.type_error("Random.__new__(X): X is not a type object")),
    };
    Ok(vm.new_native_object(&cls, Box::<Mt>::default()))
}

/// `_random.Random.__init__`: seeds from the optional argument.
fn random_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "__init__")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let arg = args.pos.get(1).cloned().unwrap_or(Value::None);
    seed_with(vm, &me, &arg)?;
    Ok(Value::None)
}

fn self_arg(vm: &Vm, args: &Args, method: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if vm.is_native::<Mt>(v) => Ok(v.clone()),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{method}' for '{TYPE_NAME}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "unbound method Random.{method}() needs an argument"
        ))),
    }
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "seed")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("seed() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "seed expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let arg = args.pos.get(1).cloned().unwrap_or(Value::None);
    seed_with(vm, &me, &arg)?;
    Ok(Value::None)
}

/// CPython's random_seed: None -> entropy; int -> |n|; anything else -> its hash as size_t.
fn seed_with(vm: &mut Vm, me: &Value, arg: &Value) -> PyResult<()> {
    if arg.is_none() {
        let key = entropy_key(vm, me);
        vm.native_with_mut(me, |mt: &mut Mt| mt.init_by_array(&key));
        return Ok(());
    }
    let n: BigInt = match int::as_bigint(arg) {
        Some(b) => b.abs(),
        None => BigInt::from(vm.hash(arg)? as u64),
    };
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    vm.native_with_mut(me, |mt: &mut Mt| mt.init_by_array(&key));
    Ok(())
}

fn entropy_key(vm: &Vm, me: &Value) -> Vec<u32> {
    if vm.require(Capability::Process).is_ok() {
        let mut bytes = [0u8; N * 4];
        if getrandom::getrandom(&mut bytes).is_ok() {
            return bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
        }
    }
    // No entropy: the monotonic clock and this object's address, as CPython's time/pid fallback.
    let t = std::time::Instant::now();
    let nanos = t.elapsed().as_nanos() as u64
        ^ (std::time::SystemTime::UNIX_EPOCH
            .elapsed()
            .map_or(0, |d| d.as_nanos() as u64));
    let addr = me.address() as u64;
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        addr as u32,
        (addr >> 32) as u32,
    ]
}

fn random_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "random")?;
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "Random.random() takes no arguments ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    let f = vm.native_with_mut(&me, |mt: &mut Mt| mt.next_f64());
    Ok(Value::Float(f.unwrap_or(0.0)))
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "getrandbits")?;
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    let kv = &args.pos[1];
    if kv.as_f64().is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let k = match vm.to_index(kv)? {
        Some(k) if k > i32::MAX as i64 => {
            return Err(vm.overflow_error("signed integer is greater than maximum"))
        }
        Some(k) if k < i32::MIN as i64 => {
            return Err(vm.overflow_error("signed integer is less than minimum"))
        }
        Some(k) => k,
        None => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let words = vm
        .native_with_mut(&me, |mt: &mut Mt| mt.bits_words(k as u64))
        .unwrap_or_default();
    if words.len() <= 2 {
        let v = words[0] as i64 | words.get(1).map_or(0, |&w| (w as i64) << 32);
        if v >= 0 {
            return Ok(Value::Int(v));
        }
    }
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

fn random_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "getstate")?;
    vm.check_args("getstate", &args, 1, 1)?;
    let (state, index) = vm
        .native_with(&me, |mt: &Mt| (mt.state, mt.index))
        .unwrap_or(([0; N], 0));
    let mut items: Vec<Value> = state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(vm.new_tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "setstate")?;
    vm.check_args("setstate", &args, 2, 2)?;
    let items = match args.pos[1].as_tuple() {
        Some(t) => t.to_vec(),
        None => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, v) in state.iter_mut().zip(&items) {
        let b = match int::as_bigint(v) {
            Some(b) => b.into_owned(),
            None => return Err(vm.type_error("an integer is required")),
        };
        if b.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        if b.bits() > 64 {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        }
        *slot = b.to_u32_digits().1.first().copied().unwrap_or(0);
    }
    let index = match int::as_bigint(&items[N]) {
        Some(b) => b.into_owned(),
        None => return Err(vm.type_error("an integer is required")),
    };
    if index.is_negative() || index > BigInt::from(N) {
        if index.bits() > 63 {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        }
        return Err(vm.value_error("invalid state"));
    }
    let index = index.to_u32_digits().1.first().copied().unwrap_or(0) as usize;
    vm.native_with_mut(&me, |mt: &mut Mt| {
        mt.state = state;
        mt.index = index;
    });
    Ok(Value::None)
}

/// SHA-512 of a bytes-like object: what random.seed hashes str and bytes seeds with.
fn random_sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use sha2::Digest;
    vm.check_args("_sha512", &args, 1, 1)?;
    let data = match vm.bytes_like(&args.pos[0]) {
        Some(b) => b,
        None => return Err(vm.type_error("object supporting the buffer API required")),
    };
    let digest = sha2::Sha512::digest(&data);
    Ok(Value::obj(Payload::Bytes(
        digest.to_vec().into_boxed_slice(),
    )))
}

/// `n` bytes of OS entropy (os.urandom's source, for SystemRandom without an os module).
fn random_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_urandom", &args, 1, 1)?;
    let n = match vm.to_index(&args.pos[0])? {
        Some(n) if n < 0 => return Err(vm.value_error("negative argument not allowed")),
        Some(n) => n as usize,
        None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    vm.require(Capability::Process)?;
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception(&vm.types.exc.memory_error.clone(), ""));
    }
    buf.resize(n, 0);
    if getrandom::getrandom(&mut buf).is_err() {
        return Err(vm.new_exception(
            &vm.types.exc.os_error.clone(),
            "no entropy source available",
        ));
    }
    Ok(Value::obj(Payload::Bytes(buf.into_boxed_slice())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_reference_outputs() {
        // The reference implementation's init_by_array({0x123, 0x234, 0x345, 0x456}) output.
        let mut mt = Mt::default();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            vec![1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn seed_zero_floats_match_cpython() {
        // random.seed(0); random.random() in CPython.
        let mut mt = Mt::default();
        mt.init_by_array(&[0]);
        assert_eq!(mt.next_f64(), 0.8444218515250481);
    }
}
