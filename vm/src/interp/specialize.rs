//! Inline caches for attribute access (PEP 659's idea, kept beside the bytecode instead of
//! rewriting it): each LOAD_ATTR and STORE_ATTR remembers what the generic lookup found the last
//! time, with the guards under which that result still holds.
//!
//! Guards are a class's type-cache version tag (unique in the VM, reset on any change to the
//! class or its bases: see `objects::type_cache`) and an instance's shape, compared by address:
//! an entry holds the shapes it guards on, so no other shape can take their address while the
//! entry lives. A guard that fails sends the instruction down the generic path, which
//! specializes it again for what it sees.

use crate::objects::class::ClassObj;
use crate::objects::shape::Shape;
use crate::value::{ObjRef, Object, PyCell, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// Misses to wait before trying again to specialize an instruction that could not be.
const BACKOFF: u8 = 32;

/// The cache of one instruction: two entries, so that a site that sees two classes (a base
/// method run on instances of two subclasses) stays specialized for both.
pub struct SiteCache {
    entries: [InlineCache; 2],
    /// Misses left before the next attempt to specialize, after one that failed.
    backoff: u8,
}

impl Default for SiteCache {
    fn default() -> Self {
        SiteCache {
            entries: [InlineCache::Empty, InlineCache::Empty],
            backoff: 0,
        }
    }
}

impl SiteCache {
    /// After a miss: whether to try to specialize now (counting down the backoff).
    #[inline]
    pub fn should_specialize(&mut self) -> bool {
        if self.backoff == 0 {
            return true;
        }
        self.backoff -= 1;
        false
    }

    /// Records the outcome of an attempt: a new entry goes first, the older one second; a
    /// failure starts the backoff. Returns the entry dropped, for the caller to drop outside
    /// the cache's borrow.
    pub fn record(&mut self, outcome: Option<InlineCache>) -> InlineCache {
        match outcome {
            Some(entry) => {
                let [first, second] = &mut self.entries;
                std::mem::replace(second, std::mem::replace(first, entry))
            }
            None => {
                self.backoff = BACKOFF;
                InlineCache::Empty
            }
        }
    }

    // The loads push their value straight onto the value stack (one copy, memory to memory).

    /// After a miss on the generic path: unless backing off, makes a new entry with `make` and
    /// records it. The entry pushed out is dropped after the cache's borrow ends.
    pub fn respecialize(cell: &PyCell<SiteCache>, make: impl FnOnce() -> Option<InlineCache>) {
        if cell.with_mut(|c| c.should_specialize()) {
            let entry = make();
            drop(cell.with_mut(|c| c.record(entry)));
        }
    }

    /// LOAD_ATTR's fast path over both entries: pushes the attribute, or returns false.
    #[inline]
    pub fn load_attr(&self, obj: &Value, out: &mut Vec<Value>) -> bool {
        load_attr_cached(&self.entries[0], obj, out) || load_attr_cached(&self.entries[1], obj, out)
    }

    /// LOAD_ATTR's method fast path over both entries: pushes the method, or returns false.
    /// `type_tag` is the version tag of the type of `obj` when it is not an instance.
    #[inline]
    pub fn load_method(&self, obj: &Value, type_tag: u64, out: &mut Vec<Value>) -> bool {
        load_method_cached(&self.entries[0], obj, type_tag, out)
            || load_method_cached(&self.entries[1], obj, type_tag, out)
    }

    /// LOAD_GLOBAL's fast path (first entry only: a site sees one globals dict): pushes the
    /// value, or returns false.
    #[inline]
    pub fn load_global(
        &self,
        globals: &Value,
        builtins: &Value,
        name: &Value,
        out: &mut Vec<Value>,
    ) -> bool {
        match &self.entries[0] {
            InlineCache::Global { index } => globals
                .as_dict()
                .is_some_and(|d| d.with(|t| t.push_value_at_if_key(*index, name, out))),
            InlineCache::Builtin {
                globals: cached,
                version,
                index,
            } => {
                cached.is(globals)
                    && globals
                        .as_dict()
                        .is_some_and(|d| d.with(|t| t.version) == *version)
                    && builtins
                        .as_dict()
                        .is_some_and(|d| d.with(|t| t.push_value_at_if_key(*index, name, out)))
            }
            _ => false,
        }
    }

    /// STORE_ATTR's fast path over both entries.
    #[inline]
    pub fn store_attr(&self, obj: &Value, value: Value) -> Result<Option<Value>, Value> {
        match store_attr_cached(&self.entries[0], obj, value) {
            Err(value) => store_attr_cached(&self.entries[1], obj, value),
            done => done,
        }
    }
}

pub enum InlineCache {
    /// Not specialized.
    Empty,
    /// LOAD_ATTR: value `index` of an instance of `shape` whose class has version `tag`.
    InstanceValue {
        tag: u64,
        shape: Rc<Shape>,
        index: usize,
    },
    /// LOAD_ATTR with the method flag: `method`, a plain function found on the class with version
    /// `tag`, called with the object as self. `shape` is the instance's shape (which lacks the
    /// name), or None for objects without attributes of their own.
    Method {
        tag: u64,
        shape: Option<Rc<Shape>>,
        method: Value,
    },
    /// STORE_ATTR: replaces value `index` of an instance of `shape`.
    StoreValue {
        tag: u64,
        shape: Rc<Shape>,
        index: usize,
    },
    /// STORE_ATTR: adds the attribute, moving an instance of `shape` to `next`.
    StoreNew {
        tag: u64,
        shape: Rc<Shape>,
        next: Rc<Shape>,
    },
    /// LOAD_GLOBAL: the name is entry `index` of the globals dict (checked by the key there).
    Global { index: usize },
    /// LOAD_GLOBAL: the name is entry `index` of the builtins dict, and not in `globals` while
    /// that dict keeps the layout `version` (a new key or a deletion changes it).
    Builtin {
        globals: Value,
        version: u64,
        index: usize,
    },
}

/// The version tag of a class object (0 for anything else).
#[inline]
fn tag_of(class: &ObjRef) -> u64 {
    match class.view() {
        Object::Class(c) => c.version.get(),
        _ => 0,
    }
}

/// The address that identifies a shape in the caches.
#[inline]
pub fn shape_id(shape: &Rc<Shape>) -> usize {
    Rc::as_ptr(shape) as usize
}

/// LOAD_ATTR's fast path: pushes the attribute if the cache's guards hold.
#[inline]
fn load_attr_cached(cache: &InlineCache, obj: &Value, out: &mut Vec<Value>) -> bool {
    let InlineCache::InstanceValue { tag, shape, index } = cache else {
        return false;
    };
    let Some(Object::Instance(i)) = obj.as_object() else {
        return false;
    };
    i.class.with(tag_of) == *tag && i.push_shaped_value(shape_id(shape), *index, out)
}

/// LOAD_ATTR's fast path with the method flag: pushes the method to call with `obj` as self.
#[inline]
fn load_method_cached(
    cache: &InlineCache,
    obj: &Value,
    type_tag: u64,
    out: &mut Vec<Value>,
) -> bool {
    let InlineCache::Method { tag, shape, method } = cache else {
        return false;
    };
    let ok = match obj.as_object() {
        Some(Object::Instance(i)) => {
            i.class.with(tag_of) == *tag && i.shape_id() == shape.as_ref().map_or(0, shape_id)
        }
        _ => shape.is_none() && type_tag == *tag,
    };
    if ok {
        out.push(method.clone());
    }
    ok
}

/// The version tag of the type of `obj` for method caches, when `obj` is not an instance (whose
/// class the cache reads itself).
#[inline]
pub fn type_tag_of(vm: &Vm, obj: &Value) -> u64 {
    match obj {
        Value::Obj(o) if matches!(o.view(), Object::Instance(_)) => 0,
        _ => tag_of(&vm.type_of(obj)),
    }
}

/// STORE_ATTR's fast path: stores and returns the replaced value, or gives `value` back when the
/// guards fail.
#[inline]
fn store_attr_cached(
    cache: &InlineCache,
    obj: &Value,
    value: Value,
) -> Result<Option<Value>, Value> {
    let (tag, shape) = match cache {
        InlineCache::StoreValue { tag, shape, .. } | InlineCache::StoreNew { tag, shape, .. } => {
            (*tag, shape_id(shape))
        }
        _ => return Err(value),
    };
    let Some(Object::Instance(i)) = obj.as_object() else {
        return Err(value);
    };
    if i.class.with(tag_of) != tag {
        return Err(value);
    }
    match cache {
        InlineCache::StoreValue { index, .. } => i.shaped_replace(shape, *index, value).map(Some),
        InlineCache::StoreNew { next, .. } => i.shaped_append(shape, next, value).map(|()| None),
        _ => Err(value),
    }
}

/// Whether the class leaves attribute access to `object`'s generic rules (no user
/// `__getattribute__`, and for stores no user `__setattr__`), so that caches may bypass them.
fn generic_access(vm: &Vm, class: &crate::value::ObjRef, store: bool) -> bool {
    let user_fn = |name: &'static str| {
        matches!(
            vm.class_lookup_str(class, name)
                .as_ref()
                .and_then(|v| v.as_object()),
            Some(Object::Function(_))
        )
    };
    let hooked = user_fn("__getattribute__") || (store && user_fn("__setattr__"));
    !hooked
}

/// Whether a class attribute named `name` takes part in access to the instance's own value now,
/// or could start to without a change to `class`: a data descriptor, or an object of a user
/// class (its class may gain `__set__` later, which resets no tag of ours; CPython does not
/// specialize over such "mutable" descriptors either).
fn class_attr_may_intercept(vm: &Vm, class: &crate::value::ObjRef, name: &Value) -> bool {
    match vm.class_lookup(class, name) {
        Some(attr) => {
            matches!(attr.as_object(), Some(Object::Instance(_))) || vm.is_data_descriptor(&attr)
        }
        None => false,
    }
}

/// The names whose access is handled specially whatever the class says.
fn is_special_name(name: &Value) -> bool {
    name.as_str()
        .is_some_and(|s| matches!(s.as_str(), "__class__" | "__dict__"))
}

/// The cache for a LOAD_ATTR (without the method flag) that just read `name` from `obj`.
pub fn specialize_load_attr(vm: &Vm, obj: &Value, name: &Value) -> Option<InlineCache> {
    let Some(Object::Instance(i)) = obj.as_object() else {
        return None;
    };
    let class = i.class();
    let Object::Class(c) = class.view() else {
        return None;
    };
    if is_special_name(name) || !generic_access(vm, &class, false) {
        return None;
    }
    if class_attr_may_intercept(vm, &class, name) {
        return None;
    }
    let (shape, index) = i.shape_index(name)?;
    Some(InlineCache::InstanceValue {
        tag: class_tag(vm, &class, c),
        shape,
        index,
    })
}

/// The cache for a LOAD_ATTR with the method flag that found `method` with self for `obj`.
pub fn specialize_load_method(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    method: &Value,
) -> Option<InlineCache> {
    let plain = match method.as_object() {
        Some(Object::Function(_)) => true,
        Some(Object::NativeFunction(f)) => !f.is_classmethod && !f.is_staticmethod,
        _ => false,
    };
    if !plain || is_special_name(name) {
        return None;
    }
    let shape = match obj.as_object() {
        Some(Object::Instance(i)) => match i.shape_id() {
            0 => None,
            // An instance whose attributes are in a dict is never matched.
            usize::MAX => return None,
            _ => Some(i.shape()?),
        },
        // Objects that carry attributes of their own in a dict.
        Some(
            Object::Exception(_)
            | Object::Function(_)
            | Object::Module(_)
            | Object::Class(_)
            | Object::Super(_),
        ) => return None,
        _ => None,
    };
    let class = vm.type_of(obj);
    let Object::Class(c) = class.view() else {
        return None;
    };
    if !generic_access(vm, &class, false) {
        return None;
    }
    // The method must be what the class lookup gives now (not an attribute of the instance).
    match vm.class_lookup(&class, name) {
        Some(found) if found.is(method) => Some(InlineCache::Method {
            tag: class_tag(vm, &class, c),
            shape,
            method: method.clone(),
        }),
        _ => None,
    }
}

/// The cache for a STORE_ATTR. `before` is the instance's shape before the store (None when its
/// attributes were not shaped).
pub fn specialize_store_attr(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    before: Option<Rc<Shape>>,
) -> Option<InlineCache> {
    let Some(Object::Instance(i)) = obj.as_object() else {
        return None;
    };
    let class = i.class();
    let Object::Class(c) = class.view() else {
        return None;
    };
    let before = before?;
    if is_special_name(name) {
        return None;
    }
    if !generic_access(vm, &class, true) {
        return None;
    }
    if class_attr_may_intercept(vm, &class, name) {
        return None;
    }
    let (after, index) = i.shape_index(name)?;
    let tag = class_tag(vm, &class, c);
    if Rc::ptr_eq(&after, &before) {
        return Some(InlineCache::StoreValue {
            tag,
            shape: after,
            index,
        });
    }
    (index + 1 == after.len() && index == before.len()).then_some(InlineCache::StoreNew {
        tag,
        shape: before,
        next: after,
    })
}

/// The class's version tag, assigned now if it has none (the lookups above normally did).
fn class_tag(vm: &Vm, class: &crate::value::ObjRef, c: &ClassObj) -> u64 {
    match c.version.get() {
        0 => vm.type_cache.with_mut(|tc| tc.assign_tag(class)),
        t => t,
    }
}

/// The cache for a LOAD_GLOBAL that found `name` in `globals` or in `builtins`.
pub fn specialize_load_global(
    globals: &Value,
    builtins: &Value,
    name: &Value,
) -> Option<InlineCache> {
    let hash = name.as_str()?.hash();
    let find = |d: &Value| {
        d.as_dict()?.with(|t| {
            t.find(name, hash, &mut |a, b| {
                Ok::<bool, ()>(crate::vm::str_eq(a, b))
            })
            .ok()
            .flatten()
        })
    };
    if let Some(index) = find(globals) {
        return Some(InlineCache::Global { index });
    }
    let index = find(builtins)?;
    let version = globals.as_dict()?.with(|t| t.version);
    Some(InlineCache::Builtin {
        globals: globals.clone(),
        version,
        index,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::Io;
    use crate::protocols::names::dict_get_str;

    /// Runs `src` in a fresh VM; returns the VM and the module's globals.
    fn run(src: &str) -> (Vm, Value) {
        let (io, _out, _err) = Io::capture();
        let mut vm = Vm::new(io);
        let code = vm
            .compile(src, "<test>", pyvm_compiler::Mode::Exec)
            .expect("compiles");
        let globals = vm.new_dict();
        vm.run_code(&code, globals.clone(), Value::Null)
            .expect("runs");
        (vm, globals)
    }

    fn global(vm: &Vm, globals: &Value, name: &str) -> Value {
        dict_get_str(globals, &vm.intern(name)).expect("global exists")
    }

    #[test]
    fn instances_of_many_classes_keep_their_shapes() {
        // Each class has its own shape tree: 40 classes with 40 different first attributes
        // would overflow one shared root's children.
        let src = "objs = []\nfor i in range(40):\n    C = type(f'C{i}', (), {})\n    o = C()\n    setattr(o, f'first{i}', i)\n    o.second = i\n    objs.append(o)\nlast = objs[-1]\n";
        let (vm, g) = run(src);
        let last = global(&vm, &g, "last");
        let Some(Object::Instance(i)) = last.as_object() else {
            panic!("an instance");
        };
        let id = i.shape_id();
        assert!(
            id != 0 && id != usize::MAX,
            "attributes are shaped, not in a dict"
        );
    }

    #[test]
    fn attribute_sites_specialize_and_keep_two_classes() {
        let src = "class A:\n    def __init__(self, v):\n        self.v = v\nclass B(A):\n    pass\ndef read(o):\n    return o.v\nfor o in [A(1), B(2), A(3), B(4)]:\n    read(o)\n";
        let (vm, g) = run(src);
        let read = global(&vm, &g, "read");
        let Some(Object::Function(f)) = read.as_object() else {
            panic!("a function");
        };
        let entries = f
            .code()
            .caches
            .iter()
            .map(|c| {
                c.with(|c| {
                    c.entries
                        .iter()
                        .filter(|e| matches!(e, InlineCache::InstanceValue { .. }))
                        .count()
                })
            })
            .sum::<usize>();
        assert_eq!(
            entries, 2,
            "one LOAD_ATTR site holds an entry for each class"
        );
    }
}
