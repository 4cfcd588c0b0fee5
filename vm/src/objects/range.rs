//! range: start, stop and step as machine integers.

/// Bounds are i128 so that ranges over ints beyond i64 (`range(10**20)`) work.
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    /// Number of elements.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The element at index `i` (0 <= i < len).
    pub fn at(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
    pub fn contains(&self, x: i128) -> bool {
        let in_bounds = if self.step > 0 {
            x >= self.start && x < self.stop
        } else {
            x <= self.start && x > self.stop
        };
        in_bounds && (x - self.start) % self.step == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn lengths() {
        let r = |start, stop, step| RangeObj { start, stop, step }.len();
        assert_eq!(r(0, 10, 1), 10);
        assert_eq!(r(0, 10, 3), 4);
        assert_eq!(r(10, 0, -3), 4);
        assert_eq!(r(5, 5, 1), 0);
        assert_eq!(r(5, 0, 1), 0);
        assert_eq!(r(i64::MIN as i128, i64::MAX as i128, i64::MAX as i128), 3);
        assert_eq!(r(0, 10i128.pow(20), 1), 10i128.pow(20));
        assert!(RangeObj {
            start: 1,
            stop: 10,
            step: 3
        }
        .contains(7));
        assert!(!RangeObj {
            start: 1,
            stop: 10,
            step: 3
        }
        .contains(8));
    }
}
