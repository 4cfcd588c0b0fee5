//! pyvm-bench: tools that measure pyvm's interpreter cores.
pub mod dispatch;
