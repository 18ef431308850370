//! Shared by the tests that prove generated packages in their own
//! language: generating a catalog into a scratch folder, the text vectors
//! the language tests compare against, and the cached toolchains.
#![allow(dead_code)]

use errgen::model::Model;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the errgen binary in `dir`.
pub fn errgen(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_errgen"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Stdout then stderr of a run.
pub fn text(o: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder tree (regular files and folders).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// A fresh scratch folder under target/lang-tests/<name>.
pub fn scratch(name: &str) -> PathBuf {
    let d = root().join("target").join("lang-tests").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The hostile fixture with `tests/fixtures/res_overlay` laid over it and
/// the locale `id` added, in a fresh scratch folder; returns the catalog.
pub fn res_fixture(name: &str) -> PathBuf {
    let dir = scratch(name).join("catalog");
    copy_dir(&root().join("tests/fixtures/hostile"), &dir);
    copy_dir(&root().join("tests/fixtures/res_overlay"), &dir);
    let _ = std::fs::remove_file(dir.join("README.md"));
    let manifest = dir.join("catalog.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = text.replace("locales: [zh, en, th, hi]", "locales: [zh, en, th, hi, id]");
    std::fs::write(&manifest, text).unwrap();
    dir
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
///
/// A message is what `message(locale)` shows ([`shown_message`]): a code
/// family's template filled with its own parameter where the locale has a
/// template that needs nothing else, and otherwise the message.
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
                    hex(&shown_message(m, e, l))
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

/// What every package's `message(locale)` gives for `e` decoded from its
/// code (a pattern's with `7` as its parameter): the locale's template with
/// the family's own parameter filled in, where the entry is a family and the
/// template names no other parameter; else the message (the fallback's where
/// the locale has none). The message is the text to show: a family knows its
/// parameter from the code, so it shows it without the app's help; values
/// only the app knows are filled by `message_with` / `messageWith`.
pub fn shown_message(m: &Model, e: &errgen::model::Entry, l: &str) -> String {
    let own_only = e.params.iter().all(|p| p.from_pattern);
    let tpl = e.template.as_ref().and_then(|t| t.get(l));
    match (&e.pattern, tpl) {
        (Some((p, _)), Some(x)) if own_only => x.replace(&format!("{{{}}}", p.name), "7"),
        _ => e.message.get_or(l, &m.fallback).to_owned(),
    }
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

/// The cached TypeScript toolchain (typescript, esbuild and @types/node,
/// see scripts/toolchains.sh): its node_modules folder.
pub fn ts_modules() -> PathBuf {
    toolchains().join("ts-5.9.3").join("node_modules")
}

/// Template vectors: `template <table> <code hex> <locale> <filled text hex>`
/// per locale for every entry with a `template`: the locale's template with
/// each parameter filled by its own name in angle brackets (`{field}` ->
/// `<field>`), a pattern's own parameter by the `7` of its code (formed as in
/// [`vectors`]); a locale without a template has its message (the fallback's
/// where it has none).
#[allow(dead_code)]
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
                let text = match tpl.get(l) {
                    Some(x) => e.params.iter().fold(x.to_owned(), |s, p| {
                        let v = if p.from_pattern {
                            "7".to_owned()
                        } else {
                            format!("<{}>", p.name)
                        };
                        s.replace(&format!("{{{}}}", p.name), &v)
                    }),
                    None => e.message.get_or(l, &m.fallback).to_owned(),
                };
                let _ = writeln!(out, "template {} {} {l} {}", t.id, hex(&code), hex(&text));
            }
        }
    }
    out
}

/// Builds an app's configuration: writes `toml` as `dir/errgen.toml`, runs
/// `errgen build --target all` in `dir` (which finds the config there) and
/// returns the catalog's model with the config's selection applied, as the
/// build saw it (for the vectors of the selected package).
pub fn configured(dir: &Path, toml: &str) -> Model {
    let file = dir.join(errgen::config::FILE);
    std::fs::write(&file, toml).unwrap();
    let o = errgen(dir, &["build", "--target", "all"]);
    assert!(o.status.success(), "errgen build failed:\n{}", text(&o));
    let cfg = errgen::config::read(&file).unwrap_or_else(|d| panic!("{d:?}"));
    let mut m = model(&cfg.catalog);
    cfg.select(&mut m).unwrap_or_else(|d| panic!("{d:?}"));
    m
}

/// `file` for a package named `package` instead of `default`: a copy in
/// `dir` with every `default` replaced (the test programs import the
/// package by name); `file` itself when the names are equal.
pub fn for_package(file: &Path, dir: &Path, default: &str, package: &str) -> PathBuf {
    if default == package {
        return file.to_path_buf();
    }
    let text = std::fs::read_to_string(file).unwrap();
    let out = dir.join(file.file_name().unwrap());
    std::fs::write(&out, text.replace(default, package)).unwrap();
    out
}
