//! The bar chart of a session: speed-up against the reference interpreter (reference time /
//! time, higher is faster), one group per benchmark plus the geometric mean, one bar per
//! other interpreter, on a log2 scale with the 1.0 line drawn. Written by hand: it is a few
//! rectangles and labels.

use crate::report::{Cell, Results};
use std::fmt::Write;

const COLORS: [&str; 6] = [
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1",
];
const BAR_W: f64 = 14.0;
const GROUP_GAP: f64 = 14.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 70.0;
const PLOT_H: f64 = 360.0;

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One group of bars: a label and, per plotted interpreter, the speed-up (None: no result).
struct Group {
    label: String,
    bars: Vec<Option<f64>>,
    failed: Vec<bool>,
}

fn groups(results: &Results, plotted: &[usize]) -> Vec<Group> {
    let mut out: Vec<Group> = results
        .rows
        .iter()
        .map(|row| Group {
            label: row.name.clone(),
            bars: plotted
                .iter()
                .map(|&i| results.ratio(row, i).filter(|r| *r > 0.0).map(|r| 1.0 / r))
                .collect(),
            failed: plotted
                .iter()
                .map(|&i| matches!(row.cells[i], Cell::Failed(_)))
                .collect(),
        })
        .collect();
    out.push(Group {
        label: "geometric mean".into(),
        bars: plotted
            .iter()
            .map(|&i| results.geomean(i).0.map(|g| 1.0 / g))
            .collect(),
        failed: vec![false; plotted.len()],
    });
    out
}

/// The chart as an SVG document.
pub fn render(results: &Results, title: &str) -> String {
    let plotted: Vec<usize> = (0..results.interps.len())
        .filter(|&i| i != results.reference)
        .collect();
    let groups = groups(results, &plotted);
    let all: Vec<f64> = groups
        .iter()
        .flat_map(|g| g.bars.iter().flatten().copied())
        .collect();
    // The axis spans whole powers of two around every bar and 1.0.
    let lo = all
        .iter()
        .copied()
        .fold(1.0f64, f64::min)
        .log2()
        .floor()
        .min(-1.0);
    let hi = all
        .iter()
        .copied()
        .fold(1.0f64, f64::max)
        .log2()
        .ceil()
        .max(1.0);
    let y = |v: f64| TOP + PLOT_H * (hi - v.log2()) / (hi - lo);
    let group_w = plotted.len().max(1) as f64 * BAR_W + GROUP_GAP;
    // Wide enough for the subtitle and legend however few the groups.
    let width = (LEFT + groups.len() as f64 * group_w + RIGHT)
        .max(LEFT + 130.0 * plotted.len() as f64)
        .max(620.0);
    // Room for the longest label, written at 45 degrees (about 6 px a character).
    let longest = groups
        .iter()
        .map(|g| g.label.chars().count())
        .max()
        .unwrap_or(0);
    let height = TOP + PLOT_H + 30.0 + longest as f64 * 6.0 * std::f64::consts::FRAC_1_SQRT_2;

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="sans-serif" font-size="11">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{LEFT}" y="22" font-size="15" font-weight="bold">{}</text>"#,
        escape(title)
    );
    let ref_name = &results.interps[results.reference].name;
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="40" fill="#555">speed-up against {} (reference time / time, log scale; above 1.0 is faster)</text>"##,
        escape(ref_name)
    );
    // Legend.
    for (k, &i) in plotted.iter().enumerate() {
        let x = LEFT + k as f64 * 130.0;
        let _ = writeln!(
            s,
            r#"<rect x="{x}" y="50" width="10" height="10" fill="{}"/><text x="{}" y="59">{}</text>"#,
            COLORS[k % COLORS.len()],
            x + 14.0,
            escape(&results.interps[i].name)
        );
    }
    // Grid and axis labels at powers of two.
    let mut e = lo as i32;
    while e <= hi as i32 {
        let v = 2f64.powi(e);
        let yy = y(v);
        let (stroke, sw) = if e == 0 { ("#000", 1.5) } else { ("#ddd", 1.0) };
        let _ = writeln!(
            s,
            r#"<line x1="{LEFT}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="{stroke}" stroke-width="{sw}"/>"#,
            width - RIGHT
        );
        let label = if v >= 1.0 {
            format!("{v:.0}")
        } else {
            format!("{v}")
        };
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{label}x</text>"#,
            LEFT - 6.0,
            yy + 4.0
        );
        e += 1;
    }
    let one = y(1.0);
    for (gi, g) in groups.iter().enumerate() {
        let gx = LEFT + gi as f64 * group_w + GROUP_GAP / 2.0;
        for (k, bar) in g.bars.iter().enumerate() {
            let x = gx + k as f64 * BAR_W;
            let cx = x + BAR_W / 2.0;
            match bar {
                Some(v) => {
                    let top = y(*v).min(one);
                    let h = (y(*v) - one).abs().max(0.5);
                    let _ = writeln!(
                        s,
                        r#"<rect x="{x:.1}" y="{top:.1}" width="{:.1}" height="{h:.1}" fill="{}"><title>{}: {} {v:.2}x</title></rect>"#,
                        BAR_W - 2.0,
                        COLORS[k % COLORS.len()],
                        escape(&g.label),
                        escape(&results.interps[plotted[k]].name)
                    );
                    // The value sits beyond the bar's end, rotated to fit the bar's width.
                    let (ty, anchor) = if *v >= 1.0 {
                        (y(*v) - 3.0, "start")
                    } else {
                        (y(*v) + 3.0, "end")
                    };
                    let _ = writeln!(
                        s,
                        r#"<text x="{:.1}" y="{ty:.1}" font-size="9" text-anchor="{anchor}" transform="rotate(-90 {:.1} {ty:.1})">{v:.2}</text>"#,
                        cx + 3.0,
                        cx + 3.0
                    );
                }
                None => {
                    let text = if g.failed[k] { "failed" } else { "n/a" };
                    let _ = writeln!(
                        s,
                        r##"<text x="{:.1}" y="{:.1}" font-size="9" fill="#c00" text-anchor="start" transform="rotate(-90 {:.1} {:.1})">{text}</text>"##,
                        cx + 3.0,
                        one - 3.0,
                        cx + 3.0,
                        one - 3.0
                    );
                }
            }
        }
        let lx = gx + plotted.len() as f64 * BAR_W / 2.0;
        let ly = TOP + PLOT_H + 12.0;
        let weight = if gi + 1 == groups.len() {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r#"<text x="{lx:.1}" y="{ly:.1}" text-anchor="end"{weight} transform="rotate(-45 {lx:.1} {ly:.1})">{}</text>"#,
            escape(&g.label)
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::example;

    #[test]
    fn chart_has_a_bar_per_result_and_labels() {
        let svg = render(&example(), "pyvm vs CPython");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.trim_end().ends_with("</svg>"));
        // nbody: match and tail; fannkuch: match only (tail failed); geometric mean: both.
        assert_eq!(svg.matches("<rect x=").count(), 2 + 5, "{svg}");
        assert_eq!(svg.matches(">failed</text>").count(), 1);
        assert!(svg.contains(">nbody</text>") && svg.contains(">fannkuch</text>"));
        assert!(svg.contains("font-weight=\"bold\" transform=\"rotate(-45"));
        assert!(svg.contains("speed-up against cpython-3.14.7"));
        // fannkuch on match is twice as fast: a 2.00 label.
        assert!(svg.contains(">2.00</text>"), "{svg}");
        // The 1.0 line is the only black grid line.
        assert_eq!(svg.matches("stroke=\"#000\"").count(), 1);
        assert!(svg.contains(">1x</text>") && svg.contains(">0.25x</text>"));
    }

    #[test]
    fn log_scale_puts_reciprocals_symmetric_about_one() {
        let mut r = example();
        // match: 2x faster on fannkuch; make nbody 2x slower.
        r.rows[0].cells[1] = crate::report::tests::samples(&[0.22, 0.22, 0.22], 1);
        let svg = render(&r, "t");
        let rects: Vec<(f64, f64)> = svg
            .lines()
            .filter(|l| l.starts_with("<rect x=") && l.contains("fill=\"#4e79a7\"><title>"))
            .map(|l| {
                let attr = |name: &str| -> f64 {
                    let start = l.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                    l[start..].split('"').next().unwrap().parse().unwrap()
                };
                (attr("y"), attr("height"))
            })
            .collect();
        assert_eq!(rects.len(), 3);
        // 0.5x and 2x bars have the same height; one hangs below the line, one stands on it.
        assert!((rects[0].1 - rects[1].1).abs() < 0.2, "{rects:?}");
        assert!(rects[0].0 > rects[1].0);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
        let mut r = example();
        r.rows[0].name = "x<y".into();
        assert!(render(&r, "t&t").contains("x&lt;y") && !render(&r, "t&t").contains("t&t"));
    }
}
