//! pyvm-bench: tools that measure pyvm's interpreter cores: the benchmark runner (`run`) and
//! the dispatch report (`dispatch`).
pub mod cli;
pub mod dispatch;
pub mod measure;
pub mod programs;
pub mod pyperf_json;
pub mod pyperformance;
pub mod report;
pub mod run;
pub mod stats;
pub mod svg;
