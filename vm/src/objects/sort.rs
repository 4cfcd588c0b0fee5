//! Stable sorting with a fallible `<` (list.sort, sorted, min/max helpers).
//!
//! Rust's slice sorts may panic on an inconsistent order, and Python's `__lt__` can be anything,
//! so this is a merge sort of our own that only ever asks `a < b` and stops at the first error.

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::CmpOp;

/// Sorts `items` in place like `list.sort(key=key, reverse=reverse)`.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = if key.is_none() || key.is_null() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            ks.push(vm.call(key, Args::new([it.clone()]))?);
        }
        ks
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    merge_sort(vm, &mut order, &keys)?;
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::FloatBits(x), Value::FloatBits(y)) => Ok(f64::from_bits(*x) < f64::from_bits(*y)),
        _ => {
            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                return Ok(x.as_str() < y.as_str());
            }
            vm.compare_bool(a, b, CmpOp::Lt)
        }
    }
}

/// Stable merge sort of indices by their keys.
fn merge_sort(vm: &mut Vm, order: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(vm, &keys[order[j]], &keys[order[j - 1]])? {
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(vm, &mut order[..mid], keys)?;
    merge_sort(vm, &mut order[mid..], keys)?;
    // Already ordered halves need no merge.
    if !less(vm, &keys[order[mid]], &keys[order[mid - 1]])? {
        return Ok(());
    }
    let left: Vec<usize> = order[..mid].to_vec();
    let right: Vec<usize> = order[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if less(vm, &keys[right[j]], &keys[left[i]])? {
            order[k] = right[j];
            j += 1;
        } else {
            order[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        order[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        order[k] = right[j];
        j += 1;
        k += 1;
    }
    Ok(())
}
