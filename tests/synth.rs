//! The benchmark's synthetic catalog generator (src/bin/synth.rs): what it
//! writes at a small size is a valid catalog (no error, no warning) that
//! builds for every target, the requested size, deterministic, and its
//! protobuf rendering has one value per code.

mod common;

use common::{errgen, scratch, text};
use std::path::Path;
use std::process::Command;

fn synth(args: &[&str]) -> std::process::Output {
    let o = Command::new(env!("CARGO_BIN_EXE_synth"))
        .args(args)
        .current_dir(common::root())
        .output()
        .unwrap();
    assert!(o.status.success(), "synth {args:?} failed:\n{}", text(&o));
    o
}

fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(tree(&p));
        } else {
            out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn synthetic_catalog_is_valid_sized_and_deterministic() {
    let dir = scratch("synth");
    let (a, b) = (dir.join("a"), dir.join("b"));
    for d in [&a, &b] {
        let out = d.to_str().unwrap();
        synth(&[
            "catalog",
            "--entries",
            "150",
            "--table-size",
            "50",
            "--out",
            out,
        ]);
    }
    let strip = |t: Vec<(String, Vec<u8>)>, d: &Path| -> Vec<(String, Vec<u8>)> {
        let d = d.display().to_string();
        t.into_iter()
            .map(|(p, c)| (p.replacen(&d, "", 1), c))
            .collect()
    };
    assert_eq!(
        strip(tree(&a), &a),
        strip(tree(&b), &b),
        "not deterministic"
    );

    let check = errgen(&dir, &["check", "--catalog", "a"]);
    let shown = text(&check);
    assert!(check.status.success(), "{shown}");
    assert!(
        !shown.contains("error") && !shown.contains("warning"),
        "{shown}"
    );
    // A flag set of 8, then 142 entries in tables of 50.
    assert!(shown.contains("4 tables, 150 entries"), "{shown}");
    for what in ["patterns", "aliases", "retired"] {
        let n = shown
            .split([',', '(', ')'])
            .find(|s| s.trim().ends_with(what))
            .and_then(|s| s.trim().split(' ').next()?.parse::<u32>().ok());
        assert!(n.is_some_and(|n| n > 0), "no {what}: {shown}");
    }

    let build = errgen(
        &dir,
        &["build", "--target", "all", "--catalog", "a", "--out", "gen"],
    );
    assert!(build.status.success(), "{}", text(&build));

    let proto = synth(&["proto", "--catalog", a.to_str().unwrap()]);
    let proto = String::from_utf8(proto.stdout).unwrap();
    assert_eq!(proto.matches("\nenum ").count(), 4, "{proto}");
    // One value per entry, and each enum's zero value.
    let values = proto
        .lines()
        .filter(|l| l.starts_with("  ") && l.contains(" = "));
    assert_eq!(values.count(), 150 + 4, "{proto}");
}
