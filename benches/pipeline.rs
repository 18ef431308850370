//! Bench harness (`cargo bench --bench pipeline`): times each pipeline stage
//! on the real catalog and prints medians. Figures, not assertions: speed
//! targets are read from here and from scripts/bench.sh, never from tests.

use std::path::Path;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(21);
    let checked = errgen::check(&root);
    let Some(model) = checked.model else {
        eprintln!("catalog/ has errors; run errgen check");
        std::process::exit(1);
    };
    println!("pipeline stages on catalog/ (median of {runs} runs)");
    println!(
        "  load+validate+lint+resolve  {:>10.2?}",
        time(runs, || errgen::check(&root))
    );
    for t in errgen::targets::TARGETS {
        println!(
            "  generate {t:<8}           {:>10.2?}",
            time(runs, || errgen::generate(&model, &[t]))
        );
    }
    let all = errgen::targets::TARGETS;
    println!(
        "  generate all                {:>10.2?}",
        time(runs, || errgen::generate(&model, &all))
    );
    let files = errgen::generate(&model, &all).unwrap_or_default();
    let bytes: usize = files.iter().map(|f| f.content.len()).sum();
    println!("  output: {} files, {} bytes", files.len(), bytes);
}
