//! Calendar arithmetic and strftime for the time module, written to give glibc's results in the
//! C locale (the proleptic Gregorian calendar, glibc's directive set and padding flags), so that
//! native code needs no C calls.

/// A broken-down time, as C's struct tm (month 0-11, wday 0 = Sunday, yday 0-365).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub gmtoff: i64,
    pub zone: String,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 1-12, day) of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The UTC broken-down time of a timestamp; None when the year does not fit C's int (glibc's
/// EOVERFLOW).
pub fn utc_tm(t: i64, offset: i64) -> Option<Tm> {
    let t = t.checked_add(offset)?;
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    if i32::try_from(y - 1900).is_err() {
        return None;
    }
    Some(Tm {
        year: y,
        mon: m - 1,
        mday: d,
        hour: secs / 3600,
        min: secs / 60 % 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1),
        isdst: 0,
        gmtoff: offset,
        zone: String::new(),
    })
}

/// Seconds since the epoch of a broken-down time read as UTC, after C's normalisation of
/// out-of-range fields (month 13 is January of the next year, and so on).
pub fn timegm(tm: &Tm) -> Option<i64> {
    let y = tm.year.checked_add(tm.mon.div_euclid(12))?;
    let m = tm.mon.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1).checked_add(tm.mday - 1)?;
    days.checked_mul(86400)?
        .checked_add(tm.hour * 3600 + tm.min * 60 + tm.sec)
}

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(w: i64) -> &'static str {
    DAYS.get(w as usize).copied().unwrap_or("?")
}

fn month_name(m: i64) -> &'static str {
    MONTHS.get(m as usize).copied().unwrap_or("?")
}

fn iso_weeks_in_year(y: i64) -> i64 {
    let p = |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
    if p(y) == 4 || p(y - 1) == 3 {
        53
    } else {
        52
    }
}

/// ISO 8601 (year, week) of a date.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wday_mon = (tm.wday + 6).rem_euclid(7);
    let week = (tm.yday - wday_mon + 10).div_euclid(7);
    if week < 1 {
        (tm.year - 1, iso_weeks_in_year(tm.year - 1))
    } else if week > iso_weeks_in_year(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, week)
    }
}

/// glibc's strftime in the C locale. `epoch` gives %s.
pub fn strftime(fmt: &str, tm: &Tm, epoch: i64) -> String {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut pad: Option<char> = None;
        let mut upper = false;
        let mut swap = false;
        while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
            match chars[i] {
                '^' => upper = true,
                '#' => swap = true,
                f => pad = Some(f),
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        while i < chars.len() && chars[i].is_ascii_digit() {
            let d = chars[i] as usize - '0' as usize;
            width = Some(width.unwrap_or(0).saturating_mul(10).saturating_add(d));
            i += 1;
        }
        while i < chars.len() && matches!(chars[i], 'E' | 'O') {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let num = |v: i64, w: usize, default_pad: char| -> String {
            let p = pad.unwrap_or(default_pad);
            let w = width.unwrap_or(w);
            let digits = v.unsigned_abs().to_string();
            let sign = if v < 0 { "-" } else { "" };
            match p {
                '-' => format!("{sign}{digits}"),
                '_' | ' ' => format!("{:>w$}", format!("{sign}{digits}")),
                _ => {
                    let w = w.saturating_sub(sign.len());
                    format!("{sign}{digits:0>w$}")
                }
            }
        };
        let text = |s: &str| -> String {
            let s = if upper {
                s.to_uppercase()
            } else if swap {
                if s.chars().any(|c| c.is_lowercase()) {
                    s.to_uppercase()
                } else {
                    s.to_lowercase()
                }
            } else {
                s.to_string()
            };
            match width {
                Some(w) if w > s.chars().count() => {
                    let fill = if pad == Some('0') { '0' } else { ' ' };
                    let n = w - s.chars().count();
                    format!("{}{s}", fill.to_string().repeat(n))
                }
                _ => s,
            }
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let piece = match conv {
            'a' => text(&day_name(tm.wday)[..3]),
            'A' => text(day_name(tm.wday)),
            'b' | 'h' => text(&month_name(tm.mon)[..3]),
            'B' => text(month_name(tm.mon)),
            'c' => text(&strftime("%a %b %e %H:%M:%S %Y", tm, epoch)),
            'C' => num(tm.year.div_euclid(100), 2, '0'),
            'd' => num(tm.mday, 2, '0'),
            'D' => text(&strftime("%m/%d/%y", tm, epoch)),
            'e' => num(tm.mday, 2, '_'),
            'F' => {
                let y = num(tm.year, 4, '0');
                let y = if pad.is_none() && width.is_none() {
                    tm.year.to_string()
                } else {
                    y
                };
                format!("{y}-{:02}-{:02}", tm.mon + 1, tm.mday)
            }
            'g' => num(iso_week(tm).0.rem_euclid(100), 2, '0'),
            'G' => num(iso_week(tm).0, 1, '0'),
            'H' => num(tm.hour, 2, '0'),
            'I' => num(hour12, 2, '0'),
            'j' => num(tm.yday + 1, 3, '0'),
            'k' => num(tm.hour, 2, '_'),
            'l' => num(hour12, 2, '_'),
            'm' => num(tm.mon + 1, 2, '0'),
            'M' => num(tm.min, 2, '0'),
            'n' => "\n".to_string(),
            'p' => {
                let s = if tm.hour >= 12 { "PM" } else { "AM" };
                if swap {
                    s.to_lowercase()
                } else {
                    text(s)
                }
            }
            'P' => text(if tm.hour >= 12 { "pm" } else { "am" }),
            'r' => text(&strftime("%I:%M:%S %p", tm, epoch)),
            'R' => text(&strftime("%H:%M", tm, epoch)),
            's' => num(epoch, 1, '0'),
            'S' => num(tm.sec, 2, '0'),
            't' => "\t".to_string(),
            'T' => text(&strftime("%H:%M:%S", tm, epoch)),
            'u' => num(if tm.wday == 0 { 7 } else { tm.wday }, 1, '0'),
            'U' => num((tm.yday + 7 - tm.wday) / 7, 2, '0'),
            'V' => num(iso_week(tm).1, 2, '0'),
            'w' => num(tm.wday, 1, '0'),
            'W' => num((tm.yday + 7 - (tm.wday + 6) % 7) / 7, 2, '0'),
            'x' => text(&strftime("%m/%d/%y", tm, epoch)),
            'X' => text(&strftime("%H:%M:%S", tm, epoch)),
            'y' => num(tm.year.rem_euclid(100), 2, '0'),
            'Y' => num(tm.year, 1, '0'),
            'z' => {
                let off = tm.gmtoff;
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.abs() / 60;
                format!("{sign}{:02}{:02}", a / 60, a % 60)
            }
            'Z' => text(&tm.zone),
            '%' => "%".to_string(),
            _ => chars[start..i].iter().collect(),
        };
        out.push_str(&piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for d in [-800_000, -1, 0, 1, 59, 365, 11_016, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }

    #[test]
    fn formats_like_glibc() {
        let tm = utc_tm(1_234_567_890, 0).expect("in range");
        assert_eq!(
            strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %W %V %G %u %w %e", &tm, 0),
            "2009-02-13 23:31:30 Fri Feb 044 06 06 07 2009 5 5 13"
        );
        assert_eq!(
            strftime("%c|%x|%X|%%|%Q|%", &tm, 0),
            "Fri Feb 13 23:31:30 2009|02/13/09|23:31:30|%|%Q|%"
        );
    }
}
