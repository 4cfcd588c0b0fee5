//! slice objects and the index arithmetic of slicing.

use crate::value::Value;

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Resolved slice bounds for a sequence of length `len` (CPython's PySlice_AdjustIndices).
/// Returns (start, stop, step, count).
pub fn adjust_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64, i64) {
    let clamp = |v: Option<i64>, default: i64, lower: i64, upper: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < 0 {
                        x = lower;
                    }
                } else if x >= len {
                    x = upper;
                }
                x
            }
        }
    };
    let (start, stop) = if step < 0 {
        (
            clamp(start, len - 1, -1, len - 1),
            clamp(stop, -1, -1, len - 1),
        )
    } else {
        (clamp(start, 0, 0, len), clamp(stop, len, 0, len))
    };
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, count)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn adjust() {
        assert_eq!(adjust_indices(None, None, 1, 5), (0, 5, 1, 5));
        assert_eq!(adjust_indices(None, None, -1, 5), (4, -1, -1, 5));
        assert_eq!(adjust_indices(Some(-2), None, 1, 5), (3, 5, 1, 2));
        assert_eq!(adjust_indices(Some(1), Some(100), 2, 5), (1, 5, 2, 2));
        assert_eq!(adjust_indices(Some(10), Some(-10), -3, 5), (4, -1, -3, 2));
    }
}
