//! Classes (type objects, builtin and user-defined) and plain instances.

use crate::objects::dict::DictTable;
use crate::objects::shape::Shape;
use crate::value::{ObjRef, Object, Payload, PyCell, Value};
use std::cell::Cell;
use std::rc::Rc;

/// Which builtin payload the instances of a class carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    /// Builtin types that cannot be instantiated or subclassed from Python.
    Opaque,
    /// Types of native modules: instances hold a `NativeBox` as their base value.
    Native,
}

impl Layout {
    /// Whether CPython's type for this layout has variable-size instances (`tp_itemsize != 0`):
    /// their subclasses can add neither slots nor a weakref slot.
    pub fn is_var_sized(self) -> bool {
        matches!(
            self,
            Layout::Type | Layout::Int | Layout::Bool | Layout::Bytes | Layout::Tuple
        )
    }

    /// Whether the builtin type's special methods are native methods that the protocols call
    /// like Python ones (views, streams, native modules' types), rather than behaviour the
    /// protocols implement themselves through the object's payload.
    pub fn natives_are_methods(self) -> bool {
        matches!(self, Layout::Opaque | Layout::Native)
    }

    /// Whether instances of the builtin type have a `__dict__` of their own.
    pub fn has_dict(self) -> bool {
        matches!(self, Layout::Type | Layout::Exception)
    }

    /// Whether instances of the builtin type can be weakly referenced.
    pub fn has_weakref(self) -> bool {
        matches!(
            self,
            Layout::Type | Layout::Set | Layout::FrozenSet | Layout::Native
        )
    }
}

pub struct ClassObj {
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub module: PyCell<Value>,
    pub bases: PyCell<Vec<ObjRef>>,
    /// Method resolution order, this class first.
    pub mro: PyCell<Vec<ObjRef>>,
    /// The namespace: always a dict object, so that `__dict__` (a mappingproxy over it) and the
    /// views it hands out stay live.
    pub dict: Value,
    /// The metaclass, when it is not `type`.
    pub metaclass: PyCell<Option<ObjRef>>,
    pub layout: Layout,
    pub is_builtin: bool,
    /// Whether the class can be subclassed.
    pub base_ok: bool,
    /// The type-cache version tag (see `type_cache`): 0 until a cached lookup assigns one, and
    /// reset to 0 whenever the class or a base changes.
    pub version: Cell<u64>,
    /// The direct subclasses, in creation order (weak: a class does not keep its subclasses alive).
    pub subclasses: PyCell<Vec<ObjRef>>,
    /// The names of the slots every instance stores (inherited ones first): slot `i` of an
    /// instance is read by the member descriptor with index `i`.
    pub slot_names: Box<[Value]>,
    /// Whether the class adds storage of its own to its base's layout (CPython's "solid base"):
    /// two bases that do so along different lines cannot be combined.
    pub solid: bool,
    /// Whether instances have a `__dict__`.
    pub has_dict: bool,
    /// Whether instances have a `__weakref__` slot.
    pub has_weakref: bool,
    /// How many attribute values new instances make room for: the most an instance has been
    /// seen to gain (instances built by one `__init__` then never reallocate their values).
    pub attr_hint: Cell<usize>,
    /// The shape of this class's new instances: each class has its own tree, so that the
    /// bound on a shape's children counts one class's attribute names, not the program's.
    pub shape_root: Rc<Shape>,
    /// Whether the class or a base defines `__del__` (set when it is defined or assigned).
    pub has_del: Cell<bool>,
    /// Where instances of a class with `__del__` go when dropped (user classes only).
    pub finalizer: Option<Rc<crate::objects::generator::GenFinalizer>>,
    /// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (`PATMA_SEQUENCE`, `PATMA_MAPPING`):
    /// what `case [...]` and `case {...}` accept. Set on list, tuple, range, dict and
    /// mappingproxy; subclasses inherit it through their MRO (see `Vm::patma_kind`), and an
    /// ABC registry can set it on any class.
    pub patma_flags: Cell<u8>,
    /// Whether messages name the class `module.name` (CPython's static and from-spec types,
    /// whose `tp_name` is qualified: "unhashable type: 'collections.deque'"); set on native
    /// types, while `__name__` and `__qualname__` stay short.
    pub qualified_name: Cell<bool>,
}

/// `ClassObj::patma_flags` bits.
pub const PATMA_SEQUENCE: u8 = 1;
pub const PATMA_MAPPING: u8 = 2;

impl ClassObj {
    /// The namespace table.
    #[inline]
    pub fn table(&self) -> Option<&PyCell<DictTable>> {
        match &self.dict {
            Value::Obj(o) => match o.view() {
                Object::Dict(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// The direct subclasses still alive, dropping the dead ones from the list.
    pub fn live_subclasses(&self) -> Vec<ObjRef> {
        let weak = self.subclasses.with_mut(|subs| {
            subs.retain(|w| matches!(w.view(), Object::WeakRef(r) if r.is_alive()));
            subs.clone()
        });
        weak.iter()
            .filter_map(|w| match w.view() {
                Object::WeakRef(r) => r.upgrade(),
                _ => None,
            })
            .collect()
    }

    /// Records `sub` as a direct subclass of `base`.
    pub fn add_subclass(base: &ObjRef, sub: &ObjRef) {
        if let Object::Class(b) = base.view() {
            if let Some(w) = sub.new_weakref(crate::heap::weak::WeakKind::Ref, Value::Null) {
                b.subclasses.with_mut(|subs| subs.push(w));
            }
        }
    }

    /// A new namespace value holding `table`.
    pub fn new_dict(table: DictTable) -> Value {
        Value::obj(Payload::Dict(PyCell::new(table)))
    }
}

pub struct InstanceObj {
    /// The class; `__class__` assignment replaces it with one of the same layout.
    pub class: PyCell<ObjRef>,
    /// The values of the class's slots (see `ClassObj::slot_names`); Null while unset. Declared
    /// before `attrs` so that it is released first, as CPython does.
    pub slots: PyCell<Box<[Value]>>,
    /// The instance attributes (the `__dict__`).
    attrs: PyCell<Attrs>,
    /// For instances of subclasses of builtin types: the builtin value (a list, an int, ...),
    /// fixed at creation; Null otherwise.
    /// (Boxed: most instances have none, and it would cost every instance 16 bytes.)
    base: Option<Box<Value>>,
}

/// Called when the last reference to an instance goes: if its class has `__del__`, the
/// instance goes to the finalizer queue (None is returned: it lives on until `__del__` ran);
/// otherwise it is handed back to be freed.
pub(crate) fn queue_for_finalizer(obj: ObjRef) -> Option<ObjRef> {
    let fin = match obj.view() {
        Object::Instance(i) => i.class.with(|c| match c.view() {
            Object::Class(c) if c.has_del.get() => c.finalizer.clone(),
            _ => None,
        }),
        _ => None,
    };
    match fin {
        Some(fin) => {
            fin.instances.borrow_mut().push(obj);
            fin.pending.set(true);
            None
        }
        None => Some(obj),
    }
}

/// Where an instance keeps its attributes.
pub enum Attrs {
    /// None: the class has `__slots__` without `__dict__`, or is a builtin without a dict.
    Absent,
    /// Values by position in a shape shared with similar instances: no dict is allocated until
    /// `__dict__` is asked for.
    Shaped {
        shape: Rc<Shape>,
        values: Vec<Value>,
    },
    /// A dict object: after `__dict__` was asked for or assigned, after a deletion, or when the
    /// shape tree is full.
    Dict(Value),
}

/// The outcome of storing an attribute without running Python code.
pub enum Stored {
    /// Stored; the replaced value, if any, is to be dropped by the caller.
    Done(Option<Value>),
    /// The instance has no attribute storage.
    NoDict,
}

impl InstanceObj {
    /// An instance with the given attribute dict and no slots.
    pub fn with_dict(class: ObjRef, dict: Value, base: Value) -> InstanceObj {
        InstanceObj::new(class, Attrs::Dict(dict), 0, base)
    }

    pub fn new(class: ObjRef, attrs: Attrs, n_slots: usize, base: Value) -> InstanceObj {
        InstanceObj {
            class: PyCell::new(class),
            attrs: PyCell::new(attrs),
            slots: PyCell::new(vec![Value::Null; n_slots].into_boxed_slice()),
            base: (!base.is_null()).then(|| Box::new(base)),
        }
    }

    /// An instance with no attribute storage holding one slot value (views, proxies).
    pub fn with_slot(class: ObjRef, slot: Value) -> InstanceObj {
        InstanceObj {
            class: PyCell::new(class),
            attrs: PyCell::new(Attrs::Absent),
            slots: PyCell::new(Box::new([slot])),
            base: None,
        }
    }

    pub fn class(&self) -> ObjRef {
        self.class.get()
    }

    /// Reports the attribute values (for the cycle collector).
    pub fn visit_attrs(&self, v: &mut dyn FnMut(&Value)) {
        self.attrs.with(|a| match a {
            Attrs::Absent => {}
            Attrs::Shaped { values, .. } => values.iter().for_each(v),
            Attrs::Dict(d) => v(d),
        })
    }

    /// Empties the attributes, keeping the kind of storage (for the cycle collector).
    pub fn take_attrs(&self) -> Attrs {
        self.attrs.replace(Attrs::Absent)
    }

    /// The builtin value of an instance of a builtin type's subclass (what the protocols
    /// fall back on). A native type's data box is not one: it has no protocols of its own, so
    /// falling back on it would report its type as `object`.
    pub fn base_value(&self) -> Option<&Value> {
        self.base
            .as_deref()
            .filter(|b| !matches!(b.as_object(), Some(Object::Native(_))))
    }

    /// The base value, a native type's data box included (for the collector and storage).
    pub fn base_slot(&self) -> Option<&Value> {
        self.base.as_deref()
    }

    /// Bytes of the buffers the instance owns (slot values, shaped attribute values, the boxed
    /// base value), for `__sizeof__`.
    pub fn owned_bytes(&self) -> usize {
        let value = std::mem::size_of::<Value>();
        let attrs = self.attrs.with(|a| match a {
            Attrs::Shaped { values, .. } => values.capacity() * value,
            _ => 0,
        });
        self.slots.with(|s| s.len() * value) + attrs + self.base.as_ref().map_or(0, |_| value)
    }

    /// Whether the instance has attribute storage (a `__dict__`).
    pub fn has_attrs(&self) -> bool {
        self.attrs.with(|a| !matches!(a, Attrs::Absent))
    }

    /// The instance attribute `name` (a str).
    #[inline]
    pub fn attr_get(&self, name: &Value) -> Option<Value> {
        self.attrs.with(|a| match a {
            Attrs::Shaped { shape, values } => shape.index_of(name).map(|i| values[i].clone()),
            Attrs::Dict(d) => dict_get(d, name),
            Attrs::Absent => None,
        })
    }

    /// Whether the instance has the attribute `name` (a str).
    #[inline]
    pub fn attr_has(&self, name: &Value) -> bool {
        self.attrs.with(|a| match a {
            Attrs::Shaped { shape, .. } => shape.index_of(name).is_some(),
            Attrs::Dict(d) => d.as_dict().is_some_and(|t| {
                t.with(|t| {
                    t.find(name, name.str_hash(), &mut |a, b| {
                        Ok::<bool, ()>(name_eq(a, b))
                    })
                    .ok()
                    .flatten()
                    .is_some()
                })
            }),
            Attrs::Absent => false,
        })
    }

    /// Stores the attribute `key`, which must be the VM's interned str for the name when the
    /// name is a str (`Vm::intern_value`); any other key moves the instance to a dict.
    pub fn attr_set(&self, key: Value, value: Value) -> Stored {
        self.attrs.with_mut(|a| {
            if let Attrs::Shaped { shape, values } = a {
                if let Some(i) = shape.index_of(&key) {
                    return Stored::Done(Some(std::mem::replace(&mut values[i], value)));
                }
                let child = match key.as_object() {
                    Some(Object::Str(s)) if s.is_interned() => shape.child(&key),
                    _ => None,
                };
                match child {
                    Some(child) => {
                        *shape = child;
                        values.push(value);
                        let n = values.len();
                        self.class.with(|c| {
                            if let Object::Class(c) = c.view() {
                                c.attr_hint.set(c.attr_hint.get().max(n));
                            }
                        });
                        return Stored::Done(None);
                    }
                    None => a.make_dict(),
                }
            }
            match a {
                Attrs::Dict(d) => match d.as_dict() {
                    Some(t) => {
                        let hash = key.str_hash();
                        Stored::Done(t.with_mut(|t| {
                            t.insert(key, hash, value, &mut |a, b| Ok::<bool, ()>(name_eq(a, b)))
                                .ok()
                                .flatten()
                        }))
                    }
                    None => Stored::NoDict,
                },
                _ => Stored::NoDict,
            }
        })
    }

    /// Removes the attribute `name`: `Some(Some(old))` when it was there, `Some(None)` when
    /// not, None when the instance has no attribute storage.
    pub fn attr_del(&self, name: &Value) -> Option<Option<Value>> {
        self.attrs.with_mut(|a| {
            if let Attrs::Shaped { shape, .. } = a {
                if shape.index_of(name).is_none() {
                    return Some(None);
                }
                // Positions would shift: deleting is rare enough to leave shapes for a dict.
                a.make_dict();
            }
            match a {
                Attrs::Dict(d) => d.as_dict().map(|t| {
                    t.with_mut(|t| {
                        t.remove(name, name.str_hash(), &mut |a, b| {
                            Ok::<bool, ()>(name_eq(a, b))
                        })
                        .ok()
                        .flatten()
                        .map(|e| e.value)
                    })
                }),
                _ => None,
            }
        })
    }

    /// The `__dict__` object, made from the shaped values on first request (the instance then
    /// keeps it). None when the instance has no attribute storage.
    pub fn dict_value(&self) -> Option<Value> {
        self.attrs.with_mut(|a| {
            a.make_dict();
            match a {
                Attrs::Dict(d) => Some(d.clone()),
                _ => None,
            }
        })
    }

    /// Replaces the attribute storage with the dict `d` (`__dict__` assignment). Returns the old
    /// storage, to be dropped by the caller.
    pub fn set_dict(&self, d: Value) -> Attrs {
        self.attrs.replace(Attrs::Dict(d))
    }

    /// The identity of the instance's shape for inline caches: the shape's address, 0 when the
    /// instance has no attribute storage, `usize::MAX` when its attributes are in a dict.
    #[inline]
    pub fn shape_id(&self) -> usize {
        self.attrs.with(|a| match a {
            Attrs::Shaped { shape, .. } => Rc::as_ptr(shape) as usize,
            Attrs::Absent => 0,
            Attrs::Dict(_) => usize::MAX,
        })
    }

    /// The shape, when the attributes are shaped.
    pub fn shape(&self) -> Option<Rc<Shape>> {
        self.attrs.with(|a| match a {
            Attrs::Shaped { shape, .. } => Some(shape.clone()),
            _ => None,
        })
    }

    /// The shape and the position of `name` in it, when the attributes are shaped and include
    /// `name`.
    pub fn shape_index(&self, name: &Value) -> Option<(Rc<Shape>, usize)> {
        self.attrs.with(|a| match a {
            Attrs::Shaped { shape, .. } => shape.index_of(name).map(|i| (shape.clone(), i)),
            _ => None,
        })
    }

    /// Pushes value `index` onto `out` if the instance still has the shape `shape_id`.
    #[inline]
    pub fn push_shaped_value(&self, shape_id: usize, index: usize, out: &mut Vec<Value>) -> bool {
        self.attrs.with(|a| match a {
            Attrs::Shaped { shape, values } if Rc::as_ptr(shape) as usize == shape_id => {
                match values.get(index) {
                    Some(v) => {
                        out.push(v.clone());
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        })
    }

    /// Replaces value `index` if the instance has the shape `shape_id`: the old value, or
    /// `value` back.
    #[inline]
    pub fn shaped_replace(
        &self,
        shape_id: usize,
        index: usize,
        value: Value,
    ) -> Result<Value, Value> {
        self.attrs.with_mut(|a| match a {
            Attrs::Shaped { shape, values } if Rc::as_ptr(shape) as usize == shape_id => {
                match values.get_mut(index) {
                    Some(slot) => Ok(std::mem::replace(slot, value)),
                    None => Err(value),
                }
            }
            _ => Err(value),
        })
    }

    /// Adds the value of the last key of `next` if the instance has the shape `shape_id`, which
    /// must be `next`'s parent; else gives `value` back.
    #[inline]
    pub fn shaped_append(
        &self,
        shape_id: usize,
        next: &Rc<Shape>,
        value: Value,
    ) -> Result<(), Value> {
        self.attrs.with_mut(|a| match a {
            Attrs::Shaped { shape, values }
                if Rc::as_ptr(shape) as usize == shape_id && values.len() + 1 == next.len() =>
            {
                *shape = next.clone();
                values.push(value);
                Ok(())
            }
            _ => Err(value),
        })
    }

    /// The attribute names and values, in insertion order.
    pub fn attr_items(&self) -> Vec<(Value, Value)> {
        self.attrs.with(|a| match a {
            Attrs::Shaped { shape, values } => shape
                .keys()
                .iter()
                .cloned()
                .zip(values.iter().cloned())
                .collect(),
            Attrs::Dict(d) => d.as_dict().map_or_else(Vec::new, |t| t.with(|t| t.items())),
            Attrs::Absent => Vec::new(),
        })
    }
}

impl Attrs {
    /// Moves shaped values into a new dict object; other storage is left as it is.
    fn make_dict(&mut self) {
        if let Attrs::Shaped { shape, values } = self {
            let mut table = DictTable::new();
            // Shape keys are distinct, so each is new to the table.
            for (k, v) in shape.keys().iter().zip(values.drain(..)) {
                table.push_new(k.clone(), k.str_hash(), v);
            }
            *self = Attrs::Dict(Value::obj(Payload::Dict(PyCell::new(table))));
        }
    }
}

fn dict_get(d: &Value, name: &Value) -> Option<Value> {
    d.as_dict()?.with(|t| {
        t.get(name, name.str_hash(), &mut |a, b| {
            Ok::<bool, ()>(name_eq(a, b))
        })
        .ok()
        .flatten()
    })
}

/// Equality of attribute names: strs and str subclasses by their text.
fn name_eq(a: &Value, b: &Value) -> bool {
    match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => std::ptr::eq(x, y) || x.as_str() == y.as_str(),
        _ => false,
    }
}
