//! errgen.toml, an app's configuration: its diagnostics (exact messages at
//! file:line:col, all reported together, nothing written), the selection
//! applied to the model (tables, the prompts and kinds they need, locales),
//! each target written to its own `out` with its own manifest (`--check`,
//! orphans and foreign files per destination), paths relative to the
//! config, flags that conflict with it, and the app's own API lock.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// A copy of the minimal fixture at `dir/catalog`.
fn minimal(dir: &Path) -> PathBuf {
    let cat = dir.join("catalog");
    copy_dir(&root().join("tests/fixtures/minimal"), &cat);
    cat
}

fn run_in(dir: &Path, args: &[&str]) -> (bool, String) {
    let o = errgen(dir, args);
    (o.status.success(), text(&o))
}

/// Every problem of a config is reported at once, at its line and column,
/// those of the file itself and those against the catalog, and nothing is
/// written.
#[test]
fn config_problems_are_reported_together_at_their_places() {
    let dir = scratch("config-errors");
    minimal(&dir);
    let toml = r#"catalog = "catalog"
tagets = ["kotlin"]

[select]
tables = ["acme_*", "nothing_*", "Acme-X"]
locales = ["zh", "fr"]
vendors = "acme"

[kotlin]
package = "com.acme.when.errors"
artifact = "-x"
out = "gen/kotlin"

[dart]
package = "AcmeErrors"
out = "gen/kotlin/dart"

[swift]
module = "2Acme"
out = "catalog/swift"

[rust]
crate = "std"
out = 7

[typescript]
package = "@acme/.x"

[flutter-arb]
out = "gen/arb"
arb_dir = "l10n"
"#;
    std::fs::write(dir.join("errgen.toml"), toml).unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(!ok, "{out}");
    let expected = [
        (
            "2:1",
            "unknown key `tagets` at the top level; did you mean `targets`?",
        ),
        (
            "5:21",
            "\"nothing_*\" selects no table; the catalog's tables: acme_api, acme_sdk",
        ),
        (
            "5:34",
            "\"Acme-X\" is not a table-id glob: table ids are lower-case letters, digits and `_`; `*` matches any run of them, `?` one",
        ),
        (
            "6:18",
            "the catalog has no locale \"fr\"; its locales: zh, en",
        ),
        (
            "7:11",
            "`select.vendors` must be an array of strings, not string",
        ),
        (
            "10:11",
            "`kotlin.package` \"com.acme.when.errors\": \"when\" is a Kotlin keyword",
        ),
        (
            "11:12",
            "`kotlin.artifact` \"-x\": a Maven artifact id is ASCII letters, digits, `_`, `-` and `.`, starting with a letter or digit",
        ),
        (
            "15:11",
            "`dart.package` \"AcmeErrors\": a pub package name is lowercase_with_underscores: `a`-`z`, `0`-`9` and `_`, not starting with a digit",
        ),
        (
            "16:7",
            "[dart] out gen/kotlin/dart overlaps [kotlin] out gen/kotlin: each target needs a folder of its own, neither inside the other",
        ),
        (
            "19:10",
            "`swift.module` \"2Acme\": a Swift module name is an identifier: ASCII letters, digits and `_`, not starting with a digit",
        ),
        (
            "20:7",
            "[swift] out catalog/swift overlaps the catalog folder catalog: errgen never writes into the catalog, nor puts it inside a generated folder",
        ),
        (
            "23:9",
            "`rust.crate` \"std\": the crate would be `std`, a crate of Rust's standard library",
        ),
        ("24:7", "`rust.out` must be a string, not integer"),
        (
            "27:11",
            "`typescript.package` \"@acme/.x\": an npm package name is at most 214 characters of `a`-`z`, `0`-`9`, `-`, `.`, `_` and `~`, not starting with `.` or `_` (a scope as `@scope/name`)",
        ),
        (
            "31:1",
            "unknown key `arb_dir` in [flutter-arb]; expected one of: prefix, out",
        ),
    ];
    for (at, msg) in expected {
        let want = format!("error: {msg}\n");
        let place = format!("--> errgen.toml:{at}\n");
        let i = out
            .find(&want)
            .unwrap_or_else(|| panic!("no {want:?} in:\n{out}"));
        assert!(
            out[i + want.len()..].trim_start().starts_with(&place),
            "{msg}: not at {place}:\n{out}"
        );
    }
    assert!(
        out.contains("\n   = note: [kotlin] out is set at errgen.toml:12:7\n"),
        "{out}"
    );
    assert!(
        out.contains(&format!("{} error(s), 0 warning(s)", expected.len())),
        "{out}"
    );
    assert!(!dir.join("gen").exists() && !dir.join("generated").exists());
    // A TOML syntax error is reported at its place too.
    std::fs::write(dir.join("errgen.toml"), "catalog = \"catalog\"\n[kotlin\n").unwrap();
    let (ok, out) = run_in(&dir, &["check"]);
    assert!(
        !ok && out.contains("error: invalid TOML: ") && out.contains("--> errgen.toml:2:"),
        "{out}"
    );
}

/// The selection is applied to the model once: only the selected tables,
/// the prompts and kinds their entries name (and the prompt unknown codes
/// show, and the kind `unknown`), the vendors that still have a table, the
/// selected locales and the fallback.
#[test]
fn selection_keeps_exactly_what_the_selected_tables_need() {
    let dir = scratch("config-select");
    let cat = minimal(&dir);
    let file = dir.join("errgen.toml");
    std::fs::write(
        &file,
        "[select]\ntables = [\"acme_s?k\"]\nlocales = [\"zh\"]\n",
    )
    .unwrap();
    let cfg = errgen::config::read(&file).unwrap();
    assert_eq!(cfg.catalog, cat);
    let mut m = model(&cat);
    cfg.select(&mut m).unwrap();
    let ids = |v: Vec<&String>| v.into_iter().cloned().collect::<Vec<String>>();
    assert_eq!(ids(m.tables.iter().map(|t| &t.id).collect()), ["acme_sdk"]);
    assert_eq!(
        ids(m.kinds.iter().map(|k| &k.id).collect()),
        ["too_dark", "no_face", "network", "unknown"]
    );
    assert_eq!(
        ids(m.prompts.iter().map(|p| &p.key).collect()),
        ["unknown_error", "too_dark"]
    );
    assert_eq!(m.locales, ["zh", "en"]);
    // On the real catalog: every kind and prompt a kept entry names is
    // kept, and nothing else but `unknown` and the unknown prompt.
    let real = root().join("catalog");
    std::fs::write(
        &file,
        format!(
            "catalog = {:?}\n[select]\ntables = [\"aai_*\", \"baidu_face\"]\nlocales = [\"th\"]\n",
            real.display().to_string()
        ),
    )
    .unwrap();
    let cfg = errgen::config::read(&file).unwrap();
    let mut m = model(&real);
    let all = m.clone();
    cfg.select(&mut m).unwrap();
    assert_eq!(m.tables.len(), 4);
    assert_eq!(m.locales, ["en", "th"]);
    let used_kinds: std::collections::BTreeSet<&str> = m
        .tables
        .iter()
        .flat_map(|t| &t.entries)
        .map(|e| e.kind.as_str())
        .chain(["unknown"])
        .collect();
    let kinds: std::collections::BTreeSet<&str> = m.kinds.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(kinds, used_kinds);
    assert!(m.kinds.len() < all.kinds.len());
    for e in m.tables.iter().flat_map(|t| &t.entries) {
        if let Some(p) = &e.prompt {
            assert!(m.prompt(p).is_some(), "prompt {p} dropped");
        }
    }
    assert!(m.prompt("unknown_error").is_some());
    let vendors: Vec<&str> = m.vendors.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(vendors.len(), 2, "{vendors:?}");
    // `tables` and `vendors` must both match.
    std::fs::write(
        &file,
        "catalog = \"catalog\"\n[select]\ntables = [\"acme_api\"]\nvendors = [\"acme\"]\n",
    )
    .unwrap();
    let mut m = model(&cat);
    errgen::config::read(&file).unwrap().select(&mut m).unwrap();
    assert_eq!(m.tables.len(), 1);
}

/// Each target goes to its own `out` (relative to the config, which is
/// given with --config from another folder), with its own manifest there;
/// `--check` compares each; a table dropped from the selection is removed
/// from its destination as an orphan, a foreign file is left alone, and
/// nothing goes to generated/.
#[test]
fn each_target_is_written_to_its_own_out_with_its_own_manifest() {
    let dir = scratch("config-dests");
    minimal(&dir);
    let app = dir.join("apps/android");
    std::fs::create_dir_all(&app).unwrap();
    let toml = "catalog = \"../../catalog\"\ntargets = [\"kotlin\", \"android-res\"]\n\n\
                [kotlin]\npackage = \"com.acme.errors\"\nout = \"gen/kotlin\"\n\n\
                [android-res]\nout = \"src/main/errgen\"\n\n[dart]\nout = \"gen/dart\"\n";
    std::fs::write(app.join("errgen.toml"), toml).unwrap();
    let cfg = ["--config", "apps/android/errgen.toml"];
    let (ok, out) = run_in(&dir, &[&["build", "--target", "all"][..], &cfg].concat());
    assert!(ok, "{out}");
    let kotlin = app.join("gen/kotlin");
    let res = app.join("src/main/errgen");
    for d in [&kotlin, &res] {
        assert!(d.join(".errgen-manifest").is_file(), "{}", d.display());
    }
    let table = kotlin.join("src/main/kotlin/com/acme/errors/AcmeApi.kt");
    assert!(table.is_file());
    assert!(res.join("res/values/errgen_strings.xml").is_file());
    // `--target all` builds what `targets` lists: no Dart.
    assert!(!app.join("gen/dart").exists() && !dir.join("generated").exists());
    let header = std::fs::read_to_string(&table).unwrap();
    assert!(
        header.contains("from ../../catalog/ -- do not edit"),
        "{header}"
    );
    let check = [&["build", "--target", "all", "--check"][..], &cfg].concat();
    let (ok, out) = run_in(&dir, &check);
    assert!(ok, "{out}");
    assert!(
        out.contains("apps/android/gen: 12 files up to date"),
        "{out}"
    );
    // A changed file fails --check of its destination.
    std::fs::write(kotlin.join("README.md"), "changed\n").unwrap();
    let (ok, out) = run_in(&dir, &check);
    assert!(
        !ok && out.contains("stale     kotlin/README.md")
            && out.contains("error: apps/android/gen is not what the catalog"),
        "{out}"
    );
    let (ok, out) = run_in(&dir, &[&["build", "--target", "kotlin"][..], &cfg].concat());
    assert!(ok, "{out}");
    // A table no longer selected is removed from its destination; a file
    // errgen did not write stays.
    std::fs::write(kotlin.join("NOTES.md"), "mine\n").unwrap();
    std::fs::write(
        app.join("errgen.toml"),
        toml.replace(
            "\n\n[kotlin]",
            "\n[select]\ntables = [\"acme_sdk\"]\n\n[kotlin]",
        ),
    )
    .unwrap();
    let (ok, out) = run_in(&dir, &[&["build", "--target", "all"][..], &cfg].concat());
    assert!(ok, "{out}");
    assert!(
        out.contains("removed   kotlin/src/main/kotlin/com/acme/errors/AcmeApi.kt"),
        "{out}"
    );
    assert!(!table.exists() && kotlin.join("NOTES.md").is_file());
    let (ok, out) = run_in(&dir, &check);
    assert!(ok, "{out}");
    // `--target dart` builds a configured target that `targets` leaves out.
    let (ok, out) = run_in(&dir, &[&["build", "--target", "dart"][..], &cfg].concat());
    assert!(ok, "{out}");
    assert!(app.join("gen/dart/pubspec.yaml").is_file());
}

/// With a config, --catalog, --out and --locales are refused (they are the
/// config's to say), and so is a target it does not configure.
#[test]
fn flags_that_the_config_decides_are_refused() {
    let dir = scratch("config-flags");
    minimal(&dir);
    std::fs::write(dir.join("errgen.toml"), "[kotlin]\nout = \"gen/kotlin\"\n").unwrap();
    for (args, want) in [
        (
            &["build", "--target", "all", "--out", "x"][..],
            "error: --out cannot be combined with a config (errgen.toml); set it there",
        ),
        (
            &["build", "--target", "all", "--locales", "zh"][..],
            "error: --locales cannot be combined with a config (errgen.toml); set it there",
        ),
        (
            &["check", "--catalog", "catalog"][..],
            "error: --catalog cannot be combined with a config (errgen.toml); set `catalog` there",
        ),
        (
            &["build", "--target", "swift"][..],
            "error: errgen.toml does not configure the target swift (it has: kotlin); add a [swift] section",
        ),
    ] {
        let (ok, out) = run_in(&dir, args);
        assert!(!ok && out.contains(want), "{args:?}:\n{out}");
    }
    assert!(!dir.join("gen").exists() && !dir.join("x").exists());
    let (ok, out) = run_in(&dir, &["check"]);
    assert!(ok, "{out}");
    // A misspelt section is reported as such, not as a config without targets.
    std::fs::write(dir.join("errgen.toml"), "[kotlinn]\nout = \"gen\"\n").unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(!ok, "{out}");
    assert!(out.contains("error: unknown key `kotlinn` at the top level; did you mean `kotlin`?\n --> errgen.toml:1:2"), "{out}");
    assert!(!out.contains("configures no target"), "{out}");
    // With no problem but no target, `--target all` says so.
    std::fs::write(
        dir.join("errgen.toml"),
        "[select]\ntables = [\"acme_sdk\"]\n",
    )
    .unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(!ok && out.contains("error: errgen.toml configures no target: add a section such as [kotlin], or `targets = [...]`"), "{out}");
    // An `out` that names no folder of its own.
    std::fs::write(
        dir.join("errgen.toml"),
        "catalog = \"catalog\"\n[kotlin]\nout = \"gen/..\"\n",
    )
    .unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(!ok && out.contains("error: [kotlin] out . names no folder of its own (the target's folder holds its manifest)\n --> errgen.toml:3:7"), "{out}");
    assert!(!dir.join("gen").exists());
}

/// A versioned catalog: the app's packages are locked in errgen.lock next
/// to its config (its own surface: only its targets, only its tables), not
/// in the catalog's lock; dropping a table from the selection is a
/// breaking change of the app's package, which the catalog's version does
/// not cover, so the build fails and writes nothing.
#[test]
fn the_apps_api_lock_is_next_to_its_config() {
    let dir = scratch("config-lock");
    let cat = minimal(&dir);
    let manifest = cat.join("catalog.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{text}version: 1.0.0\n")).unwrap();
    let toml = "[kotlin]\nout = \"gen/kotlin\"\n";
    std::fs::write(dir.join("errgen.toml"), toml).unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(ok, "{out}");
    assert!(
        out.contains("errgen.lock: no API lock yet; version 1.0.0 starts it"),
        "{out}"
    );
    let lock = std::fs::read_to_string(dir.join("errgen.lock")).unwrap();
    assert!(
        lock.contains("\"kotlin\"") && !lock.contains("\"rust\""),
        "{lock}"
    );
    assert!(lock.contains("AcmeApi") && !cat.join("errgen.lock").exists());
    std::fs::write(
        dir.join("errgen.toml"),
        format!("[select]\ntables = [\"acme_sdk\"]\n{toml}"),
    )
    .unwrap();
    let before = std::fs::read_to_string(dir.join("gen/kotlin/.errgen-manifest")).unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(!ok, "{out}");
    assert!(
        out.contains("need version 2.0.0 or higher (breaking)"),
        "{out}"
    );
    assert!(out.contains("nothing was written"), "{out}");
    let after = std::fs::read_to_string(dir.join("gen/kotlin/.errgen-manifest")).unwrap();
    assert_eq!(before, after);
    let (ok, out) = run_in(&dir, &["check"]);
    assert!(!ok && out.contains("need version 2.0.0"), "{out}");
    // The lock covers every package the app configures, whichever target
    // a build writes: building Kotlin alone keeps Swift's surface.
    std::fs::write(
        dir.join("errgen.toml"),
        format!("{toml}[swift]\nout = \"gen/swift\"\n"),
    )
    .unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "kotlin"]);
    assert!(ok, "{out}");
    let lock = std::fs::read_to_string(dir.join("errgen.lock")).unwrap();
    assert!(
        lock.contains("\"swift\"") && lock.contains("\"kotlin\""),
        "{lock}"
    );
    assert!(!dir.join("gen/swift").exists());
    // An app with resources only has no API lock.
    let res = scratch("config-lock-res");
    std::fs::rename(&cat, res.join("catalog")).unwrap();
    std::fs::write(res.join("errgen.toml"), "[android-res]\nout = \"res\"\n").unwrap();
    let (ok, out) = run_in(&res, &["build", "--target", "all"]);
    assert!(ok, "{out}");
    assert!(!res.join("errgen.lock").exists() && res.join("res/.errgen-manifest").is_file());
}

/// The resource targets take their names from the config: Android's name
/// prefix (and file), Apple's strings table, Flutter's ARB file prefix.
#[test]
fn resource_names_come_from_the_config() {
    let dir = scratch("config-res");
    minimal(&dir);
    let toml = "[android-res]\nprefix = \"acme\"\nout = \"android\"\n\n\
                [apple-res]\ntable = \"AcmeErrors\"\nout = \"apple\"\n\n\
                [flutter-arb]\nprefix = \"acme\"\nout = \"flutter\"\n";
    std::fs::write(dir.join("errgen.toml"), toml).unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(ok, "{out}");
    let xml = std::fs::read_to_string(dir.join("android/res/values/acme_strings.xml")).unwrap();
    assert!(
        xml.contains("<string name=\"acme_prompt_too_dark\""),
        "{xml}"
    );
    assert!(!xml.contains("name=\"errgen_"), "{xml}");
    assert!(dir.join("android/res/values-zh/acme_strings.xml").is_file());
    assert!(dir.join("apple/AcmeErrors.xcstrings").is_file());
    assert!(dir.join("apple/zh-Hans.lproj/AcmeErrors.strings").is_file());
    assert!(dir.join("flutter/arb/acme_en.arb").is_file());
    assert!(dir.join("flutter/arb/acme_zh.arb").is_file());
    std::fs::write(
        dir.join("errgen.toml"),
        toml.replace("\"AcmeErrors\"", "\"Acme Errors\""),
    )
    .unwrap();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(!ok && out.contains("`apple-res.table` \"Acme Errors\": a strings table name is ASCII letters, digits and `_`, starting with a letter\n --> errgen.toml:6:9"), "{out}");
}

/// The three example configs of README.md ("Per-app configuration") build
/// on the real catalog from the folder they name (`apps/<app>/`), with
/// `--config` from the repository's root, and pass `--check` afterwards.
#[test]
fn the_readme_example_configs_build() {
    let dir = scratch("config-readme");
    copy_dir(&root().join("catalog"), &dir.join("catalog"));
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```toml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .filter(|b| b.starts_with("# apps/"))
        .collect();
    assert_eq!(blocks.len(), 3, "an Android, an iOS and a Flutter config");
    for b in blocks {
        let path = b.lines().next().unwrap()[2..].split(':').next().unwrap();
        std::fs::create_dir_all(dir.join(path).parent().unwrap()).unwrap();
        std::fs::write(dir.join(path), b).unwrap();
        let (ok, out) = run_in(&dir, &["build", "--target", "all", "--config", path]);
        assert!(ok, "{path}:\n{out}");
        let (ok, out) = run_in(
            &dir,
            &["build", "--target", "all", "--check", "--config", path],
        );
        assert!(ok && out.contains("files up to date"), "{path}:\n{out}");
    }
    let kt = dir.join("apps/android/errgen/kotlin/src/main/kotlin/com/acme/kyc/errors");
    assert!(kt.join("AaiLivenessSdk.kt").is_file());
    let swift = dir.join("apps/ios/errgen/AcmeKycErrors/Sources/AcmeKycErrors");
    let sources: String = std::fs::read_dir(&swift)
        .unwrap()
        .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
        .collect();
    assert!(sources.contains(" TencentSdkIos: CatalogCode,"));
    let arb = dir.join("apps/flutter/lib/l10n/errgen/arb");
    assert!(arb.join("kyc_en.arb").is_file() && arb.join("kyc_id.arb").is_file());
    assert!(!arb.join("kyc_th.arb").exists());
}

/// `l10n export` with a config exports only the selection's texts (for an
/// app's translators); without one, every table's.
#[test]
fn l10n_export_takes_the_selection() {
    let dir = scratch("config-l10n");
    minimal(&dir);
    let (ok, all) = run_in(&dir, &["l10n", "export", "--locale", "zh"]);
    assert!(
        ok && all.contains("original=\"l10n/zh/acme_api.yaml\""),
        "{all}"
    );
    std::fs::write(
        dir.join("errgen.toml"),
        "[select]\ntables = [\"acme_sdk\"]\n[kotlin]\nout = \"gen\"\n",
    )
    .unwrap();
    let (ok, out) = run_in(&dir, &["l10n", "export", "--locale", "zh"]);
    assert!(ok, "{out}");
    assert!(out.contains("original=\"l10n/zh/acme_sdk.yaml\""), "{out}");
    assert!(!out.contains("acme_api"), "{out}");
}

/// A config that is a named pipe is refused at once, never waited on (a
/// config may come from a pull request, like the catalog).
#[cfg(unix)]
#[test]
fn a_fifo_config_is_refused_without_waiting() {
    let dir = scratch("config-fifo");
    minimal(&dir);
    let fifo = dir.join("errgen.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let started = std::time::Instant::now();
    let (ok, out) = run_in(&dir, &["build", "--target", "all"]);
    assert!(!ok, "{out}");
    assert!(
        out.contains("error: cannot read the config: not a regular file of at most 1048576 bytes\n --> errgen.toml:1:1"),
        "{out}"
    );
    assert!(started.elapsed().as_secs() < 10);
    assert!(!dir.join("generated").exists());
}
