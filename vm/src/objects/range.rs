//! range: start, stop and step as machine integers.

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    /// Number of elements.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1) as i64
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The element at index `i` (0 <= i < len).
    pub fn at(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
    pub fn contains(&self, x: i64) -> bool {
        let in_bounds = if self.step > 0 {
            x >= self.start && x < self.stop
        } else {
            x <= self.start && x > self.stop
        };
        in_bounds && (x as i128 - self.start as i128) % (self.step as i128) == 0
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
        assert_eq!(r(i64::MIN, i64::MAX, i64::MAX), 3);
        assert!(RangeObj { start: 1, stop: 10, step: 3 }.contains(7));
        assert!(!RangeObj { start: 1, stop: 10, step: 3 }.contains(8));
    }
}
