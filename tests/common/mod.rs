//! Shared by the tests that prove generated packages in their own
//! language: generating a catalog into a scratch folder, the text vectors
//! the language tests compare against, and the cached toolchains.
#![allow(dead_code)]

use errgen::model::Model;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch folder under target/lang-tests/<name>.
pub fn scratch(name: &str) -> PathBuf {
    let d = root().join("target").join("lang-tests").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Loads and checks a catalog, panicking with its diagnostics if invalid.
pub fn model(catalog: &Path) -> Model {
    let c = errgen::check(catalog);
    let msgs: Vec<String> = c
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    c.model.unwrap_or_else(|| {
        panic!(
            "catalog {} is invalid:\n{}",
            catalog.display(),
            msgs.join("\n")
        )
    })
}

/// Generates `target` for `catalog` into `out` (files at out/<target>/...).
pub fn generate(catalog: &Path, target: &str, out: &Path) -> Model {
    let m = model(catalog);
    let files = errgen::generate(&m, &[target]).unwrap_or_else(|d| panic!("{target}: {d:?}"));
    for f in files {
        let p = out.join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.content).unwrap();
    }
    m
}

fn hex(s: &str) -> String {
    if s.is_empty() {
        return "-".into();
    }
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// Text vectors: what every generated package must give at run time, one
/// line per text, fields separated by one space, every string field as the
/// hex of its UTF-8 bytes (`-` for empty), so that no language test depends
/// on its own language's escaping:
///
/// ```text
/// message  <table id> <code> <locale> <text>
/// solution <table id> <code> <locale> <text>      (only entries with a solution)
/// prompt   <key> <locale> <text>
/// ```
/// `table id`, `locale` and `key` are plain (they are identifiers); for
/// pattern entries the code is the pattern with `7` as its parameter (`$Code` ->
/// `7`), which decodes to the family. Missing texts carry the fallback's text.
pub fn vectors(m: &Model) -> String {
    let mut out = String::new();
    for t in &m.tables {
        for e in &t.entries {
            let code = match &e.pattern {
                Some((p, _)) => format!("{}7{}", p.prefix, p.suffix),
                None => e.code.clone(),
            };
            for l in &m.locales {
                let _ = writeln!(
                    out,
                    "message {} {} {} {}",
                    t.id,
                    hex(&code),
                    l,
                    hex(e.message.get_or(l, &m.fallback))
                );
                if let Some(s) = &e.solution {
                    let _ = writeln!(
                        out,
                        "solution {} {} {} {}",
                        t.id,
                        hex(&code),
                        l,
                        hex(s.get_or(l, &m.fallback))
                    );
                }
            }
        }
    }
    for p in &m.prompts {
        for l in &m.locales {
            let _ = writeln!(
                out,
                "prompt {} {} {}",
                p.key,
                l,
                hex(p.text.get_or(l, &m.fallback))
            );
        }
    }
    out
}

/// Meta vectors: the kind labels and each entry's kind, actor, retryable
/// flag and prompt, which every generated package must report:
///
/// ```text
/// kind  <kind id> <locale> <label>                         (label as hex, like `vectors`)
/// entry <table id> <code> <kind id> <actor> <0|1> <prompt key or ->
/// unknown <table id> <code> unknown developer 0 -          (a code no table lists)
/// ```
/// `code` is hex; codes of pattern entries are formed as in [`vectors`].
pub fn meta_vectors(m: &Model) -> String {
    let mut out = String::new();
    for k in &m.kinds {
        for l in &m.locales {
            let _ = writeln!(
                out,
                "kind {} {} {}",
                k.id,
                l,
                hex(k.label.get_or(l, &m.fallback))
            );
        }
    }
    for t in &m.tables {
        for e in &t.entries {
            let code = match &e.pattern {
                Some((p, _)) => format!("{}7{}", p.prefix, p.suffix),
                None => e.code.clone(),
            };
            let _ = writeln!(
                out,
                "entry {} {} {} {} {} {}",
                t.id,
                hex(&code),
                e.kind,
                errgen::export::actor_str(e.actor),
                u8::from(e.retryable),
                e.prompt.as_deref().unwrap_or("-")
            );
        }
        let _ = writeln!(
            out,
            "unknown {} {} unknown developer 0 -",
            t.id,
            hex("\u{1}not a listed code")
        );
    }
    out
}

/// Where scripts/toolchains.sh caches the toolchains.
pub fn toolchains() -> PathBuf {
    PathBuf::from(
        std::env::var("ERRGEN_TOOLCHAINS").unwrap_or_else(|_| "/opt/errgen-toolchains".into()),
    )
}

/// Runs a command, returning stdout; panics with everything it printed if it fails.
pub fn run(cmd: &mut Command) -> String {
    let shown = format!("{cmd:?}");
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {shown}: {e} (run scripts/toolchains.sh first)"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "{shown} failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
    stdout
}

/// Checks that a language test printed its closing line "N passed, 0 failed"
/// with N >= `min`, and returns N.
pub fn assert_passed(stdout: &str, min: usize) -> usize {
    let line = stdout
        .lines()
        .rev()
        .find(|l| l.contains(" passed, "))
        .unwrap_or_else(|| panic!("no 'N passed, M failed' line in:\n{stdout}"));
    let nums: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    assert!(
        nums.len() >= 2 && nums[1] == 0,
        "failures: {line}\n{stdout}"
    );
    assert!(
        nums[0] >= min,
        "only {} checks ran, expected at least {min}: {line}",
        nums[0]
    );
    nums[0]
}

/// Runs `argv` inside a cached Debian root (Swift, Dart) with a private
/// /proc, `bind` mounted at /work inside it, and a clean environment (the
/// host's TMPDIR and the like do not exist inside the root).
pub fn in_root(root_name: &str, bind: &Path, argv: &[&str]) -> Command {
    let root = toolchains().join(root_name);
    let work = root.join("work");
    std::fs::create_dir_all(&work).unwrap();
    let script = format!(
        "mount --bind {} {} && exec chroot {} /usr/bin/env -i HOME=/tmp TMPDIR=/tmp LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin sh -c 'cd /work && exec \"$@\"' sh {}",
        sh_quote(&bind.display().to_string()),
        sh_quote(&work.display().to_string()),
        sh_quote(&root.display().to_string()),
        argv.iter()
            .map(|a| sh_quote(a))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut c = Command::new("unshare");
    c.args([
        "--mount",
        "--pid",
        "--fork",
        &format!("--mount-proc={}/proc", root.display()),
        "sh",
        "-c",
        &script,
    ]);
    c
}

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Negotiation vectors: `<input hex> <locale tag>` per line, for every input
/// of `errgen::locale::NEGOTIATION_INPUTS`; the tag is the catalog locale that
/// `errgen::locale::negotiate` picks, or the fallback. Every package's
/// `negotiate` must give the same (see `src/locale.rs` for the rule).
pub fn negotiation_vectors(m: &Model) -> String {
    errgen::locale::negotiation_vectors(&m.locales, &m.fallback)
        .lines()
        .map(|l| {
            let (input, tag) = l.split_once('\t').unwrap();
            format!("{} {tag}\n", hex(input))
        })
        .collect()
}

/// Template vectors: `template <table id> <code hex> <locale> <text hex>`
/// for every entry with a template, in every locale: the template (or, where
/// the locale has none, the message) with each parameter filled by its own
/// name in angle brackets (`{field}` -> `<field>`), and a pattern entry's own
/// parameter by `7` (its code formed as in [`vectors`]).
pub fn template_vectors(m: &Model) -> String {
    let mut out = String::new();
    for t in &m.tables {
        for e in &t.entries {
            let Some(tpl) = &e.template else { continue };
            let code = match &e.pattern {
                Some((p, _)) => format!("{}7{}", p.prefix, p.suffix),
                None => e.code.clone(),
            };
            for l in &m.locales {
                let mut text = match tpl.get(l) {
                    Some(s) => s.to_owned(),
                    None => e.message.get_or(l, &m.fallback).to_owned(),
                };
                for p in &e.params {
                    let value = if p.from_pattern {
                        "7".to_owned()
                    } else {
                        format!("<{}>", p.name)
                    };
                    text = text.replace(&format!("{{{}}}", p.name), &value);
                }
                let _ = writeln!(out, "template {} {} {} {}", t.id, hex(&code), l, hex(&text));
            }
        }
    }
    out
}
