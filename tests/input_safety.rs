//! Hostile catalog folders: nothing hangs, nothing exhausts memory, nothing
//! outside the catalog is read or printed, nothing is silently ignored.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A copy of the minimal fixture in a fresh scratch folder.
fn minimal_copy(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let cat = dir.join("cat");
    copy_dir(&root().join("tests/fixtures/minimal"), &cat);
    (dir, cat)
}

/// Runs errgen with `args` in `dir`, killing it (and failing) after 30 s.
fn run_bounded(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errgen"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("errgen {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Every command on the catalog `cat`: each must fail with `needle`, write nothing.
fn every_command_fails_with(dir: &Path, needle: &str, env: &[(&str, &str)]) -> String {
    let mut all = String::new();
    for cmd in [
        "check --catalog cat",
        "build --target all --catalog cat --out out",
        "export --format json --catalog cat",
        "lookup acme_api 1001 --catalog cat",
    ] {
        let args: Vec<&str> = cmd.split(' ').collect();
        let o = run_bounded(dir, &args, env);
        let t = text(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {t}");
        assert!(t.contains(needle), "{args:?}: {needle:?} not in {t}");
        all.push_str(&t);
    }
    assert!(!dir.join("out").exists(), "something was written");
    all
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_without_hanging() {
    let (dir, cat) = minimal_copy("in-fifo");
    let fifo = cat.join("tables/fifo.yaml");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    every_command_fails_with(&dir, "tables/fifo.yaml:1:1", &[]);
    every_command_fails_with(
        &dir,
        "named pipe (FIFO); errgen reads only regular files",
        &[],
    );
}

#[cfg(unix)]
#[test]
fn links_out_of_the_catalog_are_refused_and_never_printed() {
    use std::os::unix::fs::symlink;
    for (name, target) in [
        ("zero", "/dev/zero"),
        ("env", "/proc/self/environ"),
        ("passwd", "/etc/passwd"),
    ] {
        let (dir, cat) = minimal_copy(&format!("in-link-{name}"));
        symlink(target, cat.join(format!("tables/{name}.yaml"))).unwrap();
        let secret = "errgen-test-secret-4f1d";
        let all = every_command_fails_with(
            &dir,
            "symbolic link to something outside the catalog folder",
            &[("ERRGEN_TEST_SECRET", secret)],
        );
        assert!(
            !all.contains(secret),
            "{name}: the environment leaked:\n{all}"
        );
        assert!(!all.contains("root:"), "{name}: /etc/passwd leaked:\n{all}");
    }
    // A link that stays inside the catalog is read.
    let (dir, cat) = minimal_copy("in-link-inside");
    std::fs::rename(
        cat.join("kinds.yaml"),
        cat.join("tables/../kinds-real.yaml"),
    )
    .unwrap();
    symlink("kinds-real.yaml", cat.join("kinds.yaml")).unwrap();
    let o = run_bounded(&dir, &["check", "--catalog", "cat"], &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("kinds-real.yaml:1:1"), "{}", text(&o));
    assert!(text(&o).contains("not part of the catalog"), "{}", text(&o));
}

#[test]
fn file_and_catalog_sizes_are_capped() {
    let (dir, cat) = minimal_copy("in-size");
    // 5 MiB of comment lines: over the 4 MiB default.
    let big = "# padding\n".repeat(5 << 20 >> 4 << 1);
    std::fs::write(cat.join("tables/big.yaml"), &big).unwrap();
    every_command_fails_with(&dir, "file is larger than the limit of 4194304 bytes", &[]);
    let o = run_bounded(
        &dir,
        &["check", "--catalog", "cat"],
        &[("ERRGEN_MAX_FILE_BYTES", "100000000")],
    );
    assert!(!text(&o).contains("larger than the limit"), "{}", text(&o));
    std::fs::remove_file(cat.join("tables/big.yaml")).unwrap();
    let o = run_bounded(
        &dir,
        &["check", "--catalog", "cat", "--max-file-bytes", "500"],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("larger than the limit of 500 bytes"),
        "{}",
        text(&o)
    );
    let o = run_bounded(
        &dir,
        &["check", "--catalog", "cat", "--max-catalog-bytes", "1000"],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("the catalog is larger than the limit of 1000 bytes"),
        "{}",
        text(&o)
    );
    let o = run_bounded(
        &dir,
        &["check", "--catalog", "cat"],
        &[("ERRGEN_MAX_CATALOG_BYTES", "1000")],
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn nothing_in_the_catalog_folders_is_silently_ignored() {
    // A table in a subfolder of tables/.
    let (dir, cat) = minimal_copy("in-subfolder");
    std::fs::create_dir_all(cat.join("tables/more")).unwrap();
    std::fs::copy(
        cat.join("tables/acme_api.yaml"),
        cat.join("tables/more/other.yaml"),
    )
    .unwrap();
    every_command_fails_with(&dir, "tables/more:1:1", &[]);
    // tables/ missing, and tables/ a plain file.
    let (dir, cat) = minimal_copy("in-no-tables");
    std::fs::remove_dir_all(cat.join("tables")).unwrap();
    std::fs::remove_dir_all(cat.join("l10n")).unwrap();
    every_command_fails_with(&dir, "cat/tables:1:1", &[]);
    std::fs::write(cat.join("tables"), "not a folder\n").unwrap();
    every_command_fails_with(
        &dir,
        "this is not a regular file, where a folder belongs",
        &[],
    );
    // l10n/ a plain file, and a file directly in l10n/.
    let (dir, cat) = minimal_copy("in-l10n-file");
    std::fs::remove_dir_all(cat.join("l10n")).unwrap();
    std::fs::write(cat.join("l10n"), "x\n").unwrap();
    every_command_fails_with(&dir, "cat/l10n:1:1", &[]);
    let (dir, cat) = minimal_copy("in-l10n-stray");
    std::fs::write(cat.join("l10n/acme_sdk.yaml"), "locale: zh\n").unwrap();
    every_command_fails_with(&dir, "unexpected file in l10n/", &[]);
}

#[test]
fn long_lines_are_quoted_in_bounded_snippets() {
    let (dir, cat) = minimal_copy("in-long-line");
    let t = std::fs::read_to_string(cat.join("tables/acme_api.yaml")).unwrap();
    let t = t.replacen("title: ", &format!("title: {} ", "x".repeat(20_000)), 1);
    std::fs::write(
        cat.join("tables/acme_api.yaml"),
        format!("{t}bogus_field: {}\n", "y".repeat(20_000)),
    )
    .unwrap();
    let o = run_bounded(&dir, &["check", "--catalog", "cat"], &[]);
    assert_eq!(o.status.code(), Some(1));
    let longest = text(&o).lines().map(|l| l.chars().count()).max().unwrap();
    assert!(
        longest < 1100,
        "a line of {longest} characters:\n{}",
        text(&o)
    );
}
