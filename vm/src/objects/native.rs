//! Types defined by native modules (collections.deque, array.array, itertools' iterators, file
//! objects, ...). An object of such a type is an ordinary instance of its class, so that special
//! methods, subclassing and attribute lookup work as for any class, whose base value is a
//! `NativeBox`: the module's Rust data behind the `NativeData` trait. Native modules reach the data
//! only through `Vm::native_with` / `native_with_mut`, never through the object's layout.

use crate::objects::class::Layout;
use crate::value::{ObjRef, Object, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};
use std::any::Any;

/// The Rust data of a native type's object.
pub trait NativeData: Any {
    /// Calls `visit` on every Python value the data holds, for the cycle collector. Data that
    /// holds values must list them all, or cycles through it are never freed.
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let _ = visit;
    }
    /// Drops every Python value the data holds (the collector breaking a garbage cycle).
    fn clear(&mut self) {}
}

/// The payload of a native type's data object.
pub struct NativeBox {
    data: PyCell<Box<dyn NativeData>>,
}

impl NativeBox {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.data.with(|d| d.traverse(visit));
    }

    pub fn clear(&self) {
        self.data.with_mut(|d| d.clear());
    }

    /// The size of the boxed data (its own buffers not included), for `__sizeof__`.
    pub fn data_size(&self) -> usize {
        self.data.with(|d| std::mem::size_of_val(&**d))
    }
}

/// The `NativeBox` behind a value: the instance's base value.
fn native_box(v: &Value) -> Option<&NativeBox> {
    let o = v.as_obj()?;
    let base = o.as_instance()?.base_slot()?.as_obj()?;
    match base.view() {
        Object::Native(b) => Some(b),
        _ => None,
    }
}

impl Vm {
    /// A new native type `module.name` deriving from object. `subclassable`: whether Python
    /// classes may derive from it (CPython's Py_TPFLAGS_BASETYPE). The module adds its methods
    /// with `add_method` and friends, and a `__new__` that calls `new_native_object`.
    pub fn new_native_type(&mut self, module: &str, name: &str, subclassable: bool) -> ObjRef {
        let object = self.types.object.clone();
        let class = crate::vm::make_class(
            name,
            std::slice::from_ref(&object),
            Layout::Native,
            subclassable,
        );
        if let Object::Class(c) = class.view() {
            c.module.replace(self.new_str(module));
            c.qualified_name.set(true);
        }
        class
    }

    /// A new native type `module.name` deriving from the native type `base` (io's FileIO from
    /// RawIOBase): the base's methods are inherited, and the data type is the subclass's own.
    pub fn new_native_subtype(
        &mut self,
        module: &str,
        name: &str,
        base: &ObjRef,
        subclassable: bool,
    ) -> ObjRef {
        let class = crate::vm::make_class(
            name,
            std::slice::from_ref(base),
            Layout::Native,
            subclassable,
        );
        if let Object::Class(c) = class.view() {
            c.module.replace(self.new_str(module));
            c.qualified_name.set(true);
        }
        class
    }

    /// Messages name the native type `class` by its bare name, as CPython names the classes
    /// it writes in Python (io.IOBase) rather than in C (`new_native_type` qualifies it).
    pub fn use_short_type_name(&self, class: &ObjRef) {
        if let Object::Class(c) = class.view() {
            c.qualified_name.set(false);
        }
    }

    /// A computed attribute of a native type (CPython's getset descriptor): `getter(self)`, and
    /// `setter(self, value)` if given (else assigning raises AttributeError).
    pub fn add_getset(
        &mut self,
        class: &ObjRef,
        name: &'static str,
        getter: crate::objects::function::NativeFn,
        setter: Option<crate::objects::function::NativeFn>,
    ) {
        let wrap = |f| {
            let mut f = crate::objects::function::native(name, f);
            f.owner = Value::Obj(class.clone());
            Value::obj(Payload::NativeFunction(f))
        };
        let prop = crate::value::PropertyObj {
            fget: wrap(getter),
            fset: setter.map_or(Value::None, wrap),
            fdel: Value::None,
            doc: Value::None,
        };
        let key = self.intern(name);
        self.class_set_attr(class, key, Value::obj(Payload::Property(prop)));
    }

    /// A new object of the native type `class` (or of a Python subclass of it) holding `data`.
    pub fn new_native_object(&mut self, class: &ObjRef, data: Box<dyn NativeData>) -> Value {
        let data = Value::obj(Payload::Native(NativeBox {
            data: PyCell::new(data),
        }));
        crate::objects::type_type::new_instance(self, class, data)
    }

    /// Whether `v` is an object of a native type holding data of type `T`.
    pub fn is_native<T: NativeData>(&self, v: &Value) -> bool {
        native_box(v).is_some_and(|b| b.data.with(|d| (&**d as &dyn Any).is::<T>()))
    }

    /// Runs `f` on the `T` data of `v`; None if `v` holds no `T`. `f` must not run Python code
    /// (copy what it needs out and call Python afterwards).
    pub fn native_with<T: NativeData, R>(&self, v: &Value, f: impl FnOnce(&T) -> R) -> Option<R> {
        let b = native_box(v)?;
        b.data
            .with(|d| (&**d as &dyn Any).downcast_ref::<T>().map(f))
    }

    /// As `native_with`, with mutable access.
    pub fn native_with_mut<T: NativeData, R>(
        &self,
        v: &Value,
        f: impl FnOnce(&mut T) -> R,
    ) -> Option<R> {
        let b = native_box(v)?;
        b.data
            .with_mut(|d| (&mut **d as &mut dyn Any).downcast_mut::<T>().map(f))
    }

    /// `native_with` for a method's `self`: CPython's TypeError when `v` is not of the type.
    pub fn native_self<T: NativeData, R>(
        &self,
        v: &Value,
        type_name: &str,
        method: &str,
        f: impl FnOnce(&T) -> R,
    ) -> PyResult<R> {
        match self.native_with(v, f) {
            Some(r) => Ok(r),
            None => Err(self.wrong_self(v, type_name, method)),
        }
    }

    /// `native_with_mut` for a method's `self`.
    pub fn native_self_mut<T: NativeData, R>(
        &self,
        v: &Value,
        type_name: &str,
        method: &str,
        f: impl FnOnce(&mut T) -> R,
    ) -> PyResult<R> {
        match self.native_with_mut(v, f) {
            Some(r) => Ok(r),
            None => Err(self.wrong_self(v, type_name, method)),
        }
    }

    fn wrong_self(&self, v: &Value, type_name: &str, method: &str) -> crate::vm::PyErr {
        let got = self.type_name(v);
        self.type_error(format!(
            "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{got}' object"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counter {
        n: i64,
        held: Value,
    }

    impl NativeData for Counter {
        fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
            visit(&self.held);
        }
        fn clear(&mut self) {
            self.held = Value::None;
        }
    }

    #[test]
    fn native_data_round_trips_and_rejects_other_types() {
        let (io, _, _) = crate::io::Io::capture();
        let mut vm = Vm::new(io);
        let class = vm.new_native_type("demo", "counter", true);
        let obj = vm.new_native_object(
            &class,
            Box::new(Counter {
                n: 1,
                held: Value::None,
            }),
        );
        assert!(vm.is_native::<Counter>(&obj));
        vm.native_with_mut(&obj, |c: &mut Counter| c.n += 41);
        assert_eq!(vm.native_with(&obj, |c: &Counter| c.n), Some(42));
        assert_eq!(vm.native_with(&Value::Int(3), |c: &Counter| c.n), None);
        let err = vm
            .native_self(&Value::Int(3), "demo.counter", "get", |c: &Counter| c.n)
            .unwrap_err();
        let msg = vm.exception_message(&err);
        assert_eq!(
            msg,
            "descriptor 'get' for 'demo.counter' objects doesn't apply to a 'int' object"
        );
        // Messages name native types as CPython's C types: module-qualified.
        assert_eq!(vm.type_name(&obj), "demo.counter");
        assert_eq!(vm.type_short_name(&obj), "counter");
        vm.use_short_type_name(&class);
        assert_eq!(vm.type_name(&obj), "counter");
    }

    fn counter_len(vm: &mut Vm, args: crate::Args) -> PyResult<Value> {
        let me = args.pos.first().cloned().unwrap_or_default();
        vm.native_self(&me, "demo.counter", "__len__", |c: &Counter| {
            Value::Int(c.n)
        })
    }

    #[test]
    fn special_methods_and_subclasses_of_native_types_dispatch() {
        let (io, _, _) = crate::io::Io::capture();
        let mut vm = Vm::new(io);
        let class = vm.new_native_type("demo", "counter", true);
        vm.add_method(&class, "__len__", counter_len);
        let obj = vm.new_native_object(
            &class,
            Box::new(Counter {
                n: 7,
                held: Value::None,
            }),
        );
        let n = vm.len(&obj).map_err(|e| vm.exception_message(&e));
        assert_eq!(n, Ok(7));
        // A cycle through the native data is found by the collector.
        let list = vm.new_list(vec![obj.clone()]);
        vm.native_with_mut(&obj, |c: &mut Counter| c.held = list.clone());
        drop(list);
        drop(obj);
        let freed = vm.collect_garbage(2);
        assert!(freed >= 2, "collected {freed}");
    }
}
