//! The buffer protocol as native modules see it: the bytes of bytes, bytearray and array.array
//! objects (struct reads and packs into them, array reads them).

use crate::array::ArrayData;
use pyvm_vm::{Object, Value, Vm};

/// A copy of the bytes of a bytes-like object; None if `v` is not one.
pub fn read(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = vm.bytes_like(v) {
        return Some(b);
    }
    vm.native_with(v, |a: &ArrayData| a.data.clone())
}

/// The length of a writable buffer (bytearray, array.array); None if `v` is not one.
pub fn writable_len(vm: &Vm, v: &Value) -> Option<usize> {
    if let Some(Object::ByteArray(b)) = v.builtin_payload() {
        return Some(b.with(|d| d.len()));
    }
    vm.native_with(v, |a: &ArrayData| a.data.len())
}

/// Copies `bytes` into a writable buffer at `at` (the caller checked the bounds).
pub fn write_at(vm: &Vm, v: &Value, at: usize, bytes: &[u8]) {
    if let Some(Object::ByteArray(b)) = v.builtin_payload() {
        b.with_mut(|d| d[at..at + bytes.len()].copy_from_slice(bytes));
        return;
    }
    vm.native_with_mut(v, |a: &mut ArrayData| {
        a.data[at..at + bytes.len()].copy_from_slice(bytes)
    });
}
