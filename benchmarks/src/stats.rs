//! Statistics of timed values: median, spread and the geometric mean of ratios.

/// The summary of one interpreter's values on one benchmark (seconds).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    /// Sample standard deviation (n - 1); 0 for a single value.
    pub stdev: f64,
}

impl Summary {
    /// None for no values: a benchmark that never ran has no summary rather than a zero one.
    pub fn of(values: &[f64]) -> Option<Summary> {
        if values.is_empty() {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        let mean = sorted.iter().sum::<f64>() / n as f64;
        let stdev = if n < 2 {
            0.0
        } else {
            (sorted.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt()
        };
        Some(Summary {
            median,
            min: sorted[0],
            max: sorted[n - 1],
            mean,
            stdev,
        })
    }

    /// The standard deviation relative to the mean, in percent.
    pub fn stdev_percent(&self) -> f64 {
        if self.mean > 0.0 {
            100.0 * self.stdev / self.mean
        } else {
            0.0
        }
    }
}

/// The geometric mean of positive ratios; None when there is none (or one is not positive,
/// which would make the mean meaningless rather than zero).
pub fn geometric_mean(ratios: &[f64]) -> Option<f64> {
    if ratios.is_empty()
        || ratios
            .iter()
            .any(|r| r.is_nan() || *r <= 0.0 || !r.is_finite())
    {
        return None;
    }
    Some((ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn odd_count_median_is_the_middle_value() {
        let s = Summary::of(&[3.0, 1.0, 2.0]).unwrap();
        assert_eq!((s.median, s.min, s.max), (2.0, 1.0, 3.0));
        assert!(close(s.mean, 2.0));
        assert!(close(s.stdev, 1.0));
        assert!(close(s.stdev_percent(), 50.0));
    }

    #[test]
    fn even_count_median_is_the_mean_of_the_middle_two() {
        let s = Summary::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!(s.median, 2.5);
        // Sample stdev of 1..4: sqrt(5/3).
        assert!(close(s.stdev, (5.0f64 / 3.0).sqrt()));
    }

    #[test]
    fn single_value_has_no_spread_and_empty_has_no_summary() {
        let s = Summary::of(&[0.25]).unwrap();
        assert_eq!((s.median, s.min, s.max, s.stdev), (0.25, 0.25, 0.25, 0.0));
        assert_eq!(Summary::of(&[]), None);
    }

    #[test]
    fn geometric_mean_of_reciprocal_ratios_is_one() {
        assert!(close(geometric_mean(&[2.0, 0.5]).unwrap(), 1.0));
        assert!(close(geometric_mean(&[2.0, 8.0]).unwrap(), 4.0));
        assert!(close(geometric_mean(&[3.0]).unwrap(), 3.0));
    }

    #[test]
    fn geometric_mean_rejects_empty_and_non_positive() {
        assert_eq!(geometric_mean(&[]), None);
        assert_eq!(geometric_mean(&[1.0, 0.0]), None);
        assert_eq!(geometric_mean(&[1.0, -2.0]), None);
        assert_eq!(geometric_mean(&[f64::NAN]), None);
        assert_eq!(geometric_mean(&[f64::INFINITY]), None);
    }
}
