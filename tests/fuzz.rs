//! A mutation fuzzer over the pipeline on stable Rust: catalogs held in
//! memory (the minimal, hostile and collision fixtures) are mutated at
//! random (bytes, YAML tokens, hostile scalars, lines deleted, duplicated,
//! swapped or borrowed from another file) and run through load (parse) ->
//! validate -> resolve -> generate. Never a panic; every diagnostic has a
//! position and renders in bounded lines.
//!
//! `fuzz_briefly` runs for ERRGEN_FUZZ_SECS seconds (default 3) in every
//! `cargo test`. The long run is ignored by default:
//!
//! ```sh
//! ERRGEN_FUZZ_COUNT=10000000 cargo test --release --test fuzz -- --ignored --nocapture
//! ```
//!
//! (ERRGEN_FUZZ_FULL=1 adds generation of every target to the long run;
//! ERRGEN_FUZZ_SEED picks the seed.) A panicking input is written to
//! target/fuzz-crashes/<seed>-<n>/ before the test fails.

mod common;
use common::*;
use std::path::Path;
use std::time::{Duration, Instant};

/// SplitMix64: small, fast, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens a mutation may insert: YAML syntax, tags, anchors, hostile scalars.
const DICT: &[&str] = &[
    ":",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "\n",
    "\n  ",
    "  ",
    "\t",
    "#",
    "\"",
    "'",
    "|",
    ">-",
    "&a ",
    "*a",
    "&b [*a, *a, *a]",
    "<<: *a",
    "!!binary ",
    "!secret ",
    "!!set ",
    "!!str ",
    "!!int ",
    "%TAG !e! tag:x,2000:\n---\n",
    "---\n",
    "...\n",
    "~",
    "null",
    "true",
    "\"true\"",
    "yes",
    "-999",
    "0012",
    "1e999",
    ".nan",
    "99999999999999999999999",
    "$Flags",
    "$Bits",
    "$X",
    "\u{202E}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{0301}",
    "É",
    "中文",
    "\\u0000",
    "con",
    "code: ",
    "pattern: NET_$Code",
    "param: int",
    "aliases: [{code: A, retired_in: \"1\"}]",
    "flags: {format: \"f($Flags)\"}",
    "fallback: zh",
    "id: ",
    "kind: unknown",
    "actor: none",
    "retryable: false",
    "prompt: unknown_error",
    "ident: X",
    "retired_in: \"1\"",
    "locale: zh",
    "state: reviewed",
    "lines: 1-2",
    "key: ",
    "text: ",
    "message: ",
    "*/",
    "\"\"\"",
    "${x}",
    "\\(x)",
];

fn corpus(name: &str) -> Vec<(String, String)> {
    let base = root().join("tests/fixtures").join(name);
    let mut out = Vec::new();
    collect(&base, &base, &mut out);
    out.sort();
    out
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(base, &p, out);
        } else {
            let rel = p
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).unwrap()));
        }
    }
}

/// The nearest char boundary at or before `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(text: &str, rng: &mut Rng, donor: &str) -> String {
    let mut s = text.to_owned();
    for _ in 0..1 + rng.below(4) {
        let at = floor(&s, rng.below(s.len() + 1));
        match rng.below(9) {
            0..=2 => s.insert_str(at, DICT[rng.below(DICT.len())]),
            3 => {
                let end = floor(&s, at + rng.below(16));
                s.replace_range(at..end, "");
            }
            4 => {
                // Replace one character with a random printable or special one.
                let end = floor(&s, at + 1).max(at);
                let end = if end == at { floor(&s, at + 4) } else { end };
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('x');
                s.replace_range(at..end, &c.to_string());
            }
            5..=6 => {
                let mut lines: Vec<&str> = s.lines().collect();
                if lines.is_empty() {
                    continue;
                }
                let i = rng.below(lines.len());
                let j = rng.below(lines.len());
                match rng.below(3) {
                    0 => {
                        lines.remove(i);
                    }
                    1 => lines.insert(j, lines[i]),
                    _ => lines.swap(i, j),
                }
                s = lines.join("\n");
                s.push('\n');
            }
            7 => {
                let lines: Vec<&str> = donor.lines().collect();
                if !lines.is_empty() {
                    let line = lines[rng.below(lines.len())];
                    s.insert_str(at, &format!("\n{line}\n"));
                }
            }
            _ => {
                // Grow a value: long codes and texts.
                let n = [10, 130, 300, 10_001][rng.below(4)];
                s.insert_str(at, &"Z".repeat(n));
            }
        }
    }
    s
}

/// One input through the pipeline. Returns whether the catalog was valid.
fn run_one(raw: errgen::load::RawCatalog, full: bool) -> bool {
    let c = errgen::check_raw(raw);
    for d in &c.diagnostics {
        assert!(d.loc.line >= 1 && d.loc.col >= 1, "no position: {d:?}");
        let shown = d.to_string();
        assert!(
            shown.lines().all(|l| l.chars().count() <= 1300),
            "an unbounded line in:\n{shown}"
        );
    }
    let Some(m) = &c.model else { return false };
    if full {
        if let Ok(files) = errgen::generate(m, &errgen::targets::TARGETS) {
            assert!(files.iter().all(|f| !f.content.is_empty()));
        }
        let _ = errgen::export::to_json(m);
    }
    true
}

struct Stats {
    inputs: u64,
    valid: u64,
    elapsed: Duration,
}

/// Runs until `count` inputs or `time` have passed, whichever is first.
fn fuzz(seed: u64, count: u64, time: Duration, full: bool) -> Stats {
    let corpora = [corpus("minimal"), corpus("hostile"), corpus("collision")];
    // For each file of each corpus: the catalog parsed without it, so an
    // input parses only the file it mutated.
    let without: Vec<Vec<errgen::load::RawCatalog>> = corpora
        .iter()
        .map(|cat| {
            (0..cat.len())
                .map(|skip| {
                    let files: Vec<(&str, &str)> = cat
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != skip)
                        .map(|(_, (p, t))| (p.as_str(), t.as_str()))
                        .collect();
                    errgen::load::from_memory(Path::new("cat"), &files)
                })
                .collect()
        })
        .collect();
    let mut rng = Rng(seed);
    let started = Instant::now();
    let mut stats = Stats {
        inputs: 0,
        valid: 0,
        elapsed: Duration::ZERO,
    };
    while stats.inputs < count {
        if stats.inputs.is_multiple_of(16) && started.elapsed() > time {
            break;
        }
        let ci = rng.below(corpora.len());
        let cat = &corpora[ci];
        let which = rng.below(cat.len());
        let donor = &cat[rng.below(cat.len())].1;
        let mutated = mutate(&cat[which].1, &mut rng, donor);
        let files: Vec<(&str, &str)> = cat
            .iter()
            .enumerate()
            .map(|(i, (p, t))| {
                (
                    p.as_str(),
                    if i == which {
                        mutated.as_str()
                    } else {
                        t.as_str()
                    },
                )
            })
            .collect();
        let r = std::panic::catch_unwind(|| {
            let mut raw = without[ci][which].clone();
            raw.add_file(&cat[which].0, &mutated);
            run_one(raw, full)
        });
        match r {
            Ok(valid) => stats.valid += valid as u64,
            Err(_) => {
                let dir = root()
                    .join("target/fuzz-crashes")
                    .join(format!("{seed}-{}", stats.inputs));
                for (p, t) in &files {
                    let f = dir.join(p);
                    std::fs::create_dir_all(f.parent().unwrap()).unwrap();
                    std::fs::write(f, t).unwrap();
                }
                panic!(
                    "input {} panicked; written to {}",
                    stats.inputs,
                    dir.display()
                );
            }
        }
        stats.inputs += 1;
    }
    stats.elapsed = started.elapsed();
    stats
}

fn env_u64(k: &str) -> Option<u64> {
    std::env::var(k).ok().and_then(|v| v.parse().ok())
}

#[test]
fn fuzz_briefly() {
    let secs = env_u64("ERRGEN_FUZZ_SECS").unwrap_or(3);
    let seed = env_u64("ERRGEN_FUZZ_SEED").unwrap_or(0x5eed);
    let s = fuzz(seed, u64::MAX, Duration::from_secs(secs), true);
    eprintln!(
        "fuzz: {} inputs ({} valid) in {:.1} s, seed {seed}",
        s.inputs,
        s.valid,
        s.elapsed.as_secs_f64()
    );
    assert!(s.inputs > 0);
}

#[test]
#[ignore = "long run: ERRGEN_FUZZ_COUNT=10000000 cargo test --release --test fuzz -- --ignored"]
fn fuzz_long() {
    let count = env_u64("ERRGEN_FUZZ_COUNT").unwrap_or(10_000_000);
    let seed = env_u64("ERRGEN_FUZZ_SEED").unwrap_or(1);
    let full = std::env::var("ERRGEN_FUZZ_FULL").is_ok_and(|v| v == "1");
    let s = fuzz(seed, count, Duration::MAX, full);
    eprintln!(
        "fuzz ({}): {} inputs ({} valid) in {:.1} s ({:.0} inputs/s), seed {seed}",
        if full {
            "load, validate, resolve, generate"
        } else {
            "load, validate, resolve"
        },
        s.inputs,
        s.valid,
        s.elapsed.as_secs_f64(),
        s.inputs as f64 / s.elapsed.as_secs_f64()
    );
    assert_eq!(s.inputs, count);
}
