//! Stage timings for benchmarks: with `ERRGEN_TIMINGS=1` in the
//! environment, each instrumented stage prints `timing: <stage> <ms> ms` to
//! stderr when it ends (scripts/bench.sh collects them). Without it, nothing
//! is printed and a stage costs one cached environment lookup.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| {
        std::env::var_os("ERRGEN_TIMINGS").is_some_and(|v| v != "0" && !v.is_empty())
    })
}

/// Runs `f` as the stage `name`, printing its wall time when enabled.
pub fn stage<T>(name: &str, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    let start = Instant::now();
    let out = f();
    eprintln!(
        "timing: {name} {:.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    out
}
