//! Proves the Rust target with cargo: the package generated from the hostile
//! fixture compiles without warnings and passes tests/lang/rust/hostile.rs
//! and tests/lang/rust/vectors.rs; so does a crate an app's errgen.toml
//! names and selects.

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

#[test]
fn hostile_fixture_compiles_and_passes_in_rust() {
    let dir = scratch("rust-hostile");
    let m = generate(&root().join("tests/fixtures/hostile"), "rust", &dir);
    let out = prove(&dir, &dir.join("rust"), &m, &["hostile.rs", "vectors.rs"]);
    assert!(out.contains("test result: ok. 8 passed"), "{out}");
    assert!(out.contains("test result: ok. 3 passed"), "{out}");
}

/// An app's errgen.toml: the Cargo package `acme-kyc-errors` (crate
/// `acme_kyc_errors`) with Baidu's and Doubango's tables in zh and vi,
/// written by the errgen binary into the config's `out`. The same proof as
/// the default package: rustfmt-clean, clippy's MSRV check, and every text,
/// meta and negotiation vector of the selected model (vectors.rs), plus the
/// README's doctests, with warnings as errors.
#[test]
fn configured_crate_compiles_and_passes_in_rust() {
    let dir = scratch("rust-config");
    let toml = format!(
        "catalog = {:?}\n\n[select]\nvendors = [\"baidu\", \"doubango\"]\nlocales = [\"zh\", \"vi\"]\n\n\
         [rust]\ncrate = \"acme-kyc-errors\"\nout = \"crate\"\n",
        root().join("catalog").display().to_string()
    );
    let m = configured(&dir, &toml);
    assert_eq!(m.tables.len(), 3);
    let pkg = dir.join("crate");
    let cargo = std::fs::read_to_string(pkg.join("Cargo.toml")).unwrap();
    assert!(cargo.contains("\nname = \"acme-kyc-errors\"\n"), "{cargo}");
    let out = prove(&dir, &pkg, &m, &["vectors.rs"]);
    assert!(out.contains("test result: ok. 3 passed"), "{out}");
}

/// Copies `programs` of tests/lang/rust into the package `pkg` (generated
/// from `m`, its vectors written into `dir`), checks it is rustfmt-clean
/// and passes clippy's MSRV lint, and runs its tests with the serde feature
/// and warnings as errors; returns what `cargo test` printed.
fn prove(dir: &Path, pkg: &Path, m: &errgen::model::Model, programs: &[&str]) -> String {
    std::fs::create_dir_all(pkg.join("tests")).unwrap();
    let manifest = pkg.join("Cargo.toml");
    let toml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{toml}\n[workspace]\n")).unwrap();
    for p in programs {
        let text = std::fs::read_to_string(root().join("tests/lang/rust").join(p)).unwrap();
        let krate = toml
            .lines()
            .find_map(|l| l.strip_prefix("name = \""))
            .and_then(|l| l.strip_suffix('"'))
            .unwrap()
            .replace('-', "_");
        std::fs::write(
            pkg.join("tests").join(p),
            text.replace("errgen_codes::", &format!("{krate}::")),
        )
        .unwrap();
    }
    let fmt = Command::new(env!("CARGO"))
        .args(["fmt", "--check"])
        .current_dir(pkg)
        .output()
        .unwrap();
    assert!(
        fmt.status.success(),
        "cargo fmt --check:\n{}{}",
        String::from_utf8_lossy(&fmt.stdout),
        String::from_utf8_lossy(&fmt.stderr)
    );
    // The declared rust-version is true for the std APIs the code calls.
    let clippy = Command::new(env!("CARGO"))
        .args([
            "clippy",
            "--offline",
            "--quiet",
            "--all-features",
            "--",
            "-D",
            "clippy::incompatible_msrv",
        ])
        .current_dir(pkg)
        .env(
            "CARGO_TARGET_DIR",
            root().join("target/lang-tests/rust-clippy"),
        )
        .output()
        .unwrap();
    let clippy_err = String::from_utf8_lossy(&clippy.stderr);
    let no_clippy = clippy_err.contains("no such command") || clippy_err.contains("not installed");
    assert!(
        clippy.status.success() || no_clippy,
        "cargo clippy:\n{clippy_err}"
    );
    let vector_file = dir.join("vectors.txt");
    std::fs::write(&vector_file, vectors(m)).unwrap();
    let meta_file = dir.join("meta.txt");
    std::fs::write(&meta_file, meta_vectors(m)).unwrap();
    let negotiation_file = dir.join("negotiation.txt");
    std::fs::write(&negotiation_file, negotiation_vectors(m)).unwrap();
    run(Command::new(env!("CARGO"))
        .args(["test", "--offline", "--quiet", "--features", "serde"])
        .current_dir(pkg)
        .env(
            "CARGO_TARGET_DIR",
            root().join("target/lang-tests/rust-target"),
        )
        .env("RUSTFLAGS", "-D warnings")
        .env("ERRGEN_VECTORS", &vector_file)
        .env("ERRGEN_META", &meta_file)
        .env("ERRGEN_NEGOTIATION", &negotiation_file))
}

/// generated/rust, the package of the real catalog, is rustfmt-clean too.

#[test]
fn generated_package_is_rustfmt_clean() {
    let pkg = root().join("generated/rust");
    let mut files: Vec<_> = std::fs::read_dir(pkg.join("src"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let out = Command::new("rustfmt")
        .args(["--check", "--edition", "2021"])
        .args(&files)
        .current_dir(&pkg)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "rustfmt --check:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A package whose catalog has a locale with a script (`zh-Hant`, added to
/// the minimal fixture's model here): `Locale::ZhHant` exists and
/// negotiation follows errgen::locale byte for byte.
#[test]
fn locales_with_scripts_negotiate_like_errgen_locale() {
    let dir = scratch("rust-zh-hant");
    let mut m = model(&root().join("tests/fixtures/minimal"));
    m.locales.insert(1, "zh-Hant".to_owned());
    let files = errgen::generate(&m, &["rust"]).unwrap_or_else(|d| panic!("{d:?}"));
    for f in files {
        let p = dir.join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.content).unwrap();
    }
    let pkg = dir.join("rust");
    let manifest = pkg.join("Cargo.toml");
    let toml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{toml}\n[workspace]\n")).unwrap();
    std::fs::create_dir_all(pkg.join("tests")).unwrap();
    let test = r#"
use errgen_codes::Locale;

fn unhex(s: &str) -> String {
    let bytes: Vec<u8> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn negotiation() {
    assert_eq!(Locale::ZhHant.tag(), "zh-Hant");
    assert_eq!(Locale::negotiate("zh_TW"), Locale::ZhHant);
    assert_eq!(Locale::negotiate("zh-CN"), Locale::Zh);
    let path = std::env::var("ERRGEN_NEGOTIATION").unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines() {
        let (input, tag) = line.split_once(' ').unwrap();
        let input = if input == "-" { String::new() } else { unhex(input) };
        assert_eq!(Locale::negotiate(&input).tag(), tag, "{line}");
    }
}
"#;
    std::fs::write(pkg.join("tests/negotiation.rs"), test).unwrap();
    let file = dir.join("negotiation.txt");
    std::fs::write(&file, negotiation_vectors(&m)).unwrap();
    assert!(std::fs::read_to_string(&file).unwrap().contains(" zh-Hant"));
    let out = run(Command::new(env!("CARGO"))
        .args(["test", "--offline", "--quiet", "--test", "negotiation"])
        .current_dir(&pkg)
        .env(
            "CARGO_TARGET_DIR",
            root().join("target/lang-tests/rust-target"),
        )
        .env("RUSTFLAGS", "-D warnings")
        .env("ERRGEN_NEGOTIATION", &file));
    assert!(out.contains("test result: ok. 1 passed"), "{out}");
}

/// `cargo check` of a small app in `dir/app` depending on the package in
/// `dir/rust`, with `body` as its `main`; returns (success, stderr).
fn check_app(dir: &std::path::Path, body: &str) -> (bool, String) {
    let app = dir.join("app");
    std::fs::create_dir_all(app.join("src")).unwrap();
    std::fs::write(
        app.join("Cargo.toml"),
        "[package]\nname = \"forger\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
         [dependencies]\nerrgen-codes = { path = \"../rust\" }\n\n[workspace]\n",
    )
    .unwrap();
    let main = format!(
        "use errgen_codes::{{Keywords, Param, UnknownCode}};\n\n\
         fn show(p: &Param, u: &UnknownCode) -> String {{\n    format!(\"{{}} {{}}\", p.as_str(), u.as_str())\n}}\n\n\
         fn main() {{\n{body}\n}}\n"
    );
    std::fs::write(app.join("src/main.rs"), main).unwrap();
    let out = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet"])
        .current_dir(&app)
        .env(
            "CARGO_TARGET_DIR",
            root().join("target/lang-tests/rust-forge-target"),
        )
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Apps cannot forge values (issue 13): outside the crate, building an
/// `UnknownCode` or the `Param` of a string family does not compile, by its
/// field (E0423) or its constructor (E0624), while the same app reading
/// decoded ones does.
#[test]
fn apps_cannot_forge_unknown_codes_or_string_parameters() {
    let dir = scratch("rust-forge");
    generate(&root().join("tests/fixtures/hostile"), "rust", &dir);
    let decoded = "    if let (Keywords::FamEnd(p), Keywords::Unknown(u)) =\n        \
                   (Keywords::from_code(\"FAM_a b.end\"), Keywords::from_code(\"zz\"))\n    {\n        \
                   println!(\"{}\", show(&p, &u));\n    }";
    let (ok, err) = check_app(&dir, decoded);
    assert!(ok, "the app reading decoded values must compile:\n{err}");
    for (forge, code, what) in [
        (
            "let u = UnknownCode(\"WEAK_LIGHT\".to_owned());",
            "E0423",
            "cannot initialize a tuple struct which contains private fields",
        ),
        (
            "let u = UnknownCode::new(\"WEAK_LIGHT\");",
            "E0624",
            "is private",
        ),
        (
            "let p = Param(\"\".to_owned());",
            "E0423",
            "cannot initialize a tuple struct which contains private fields",
        ),
        ("let p = Param::new(\"\");", "E0624", "is private"),
        (
            "let v = Keywords::FamEnd(Param(String::new()));",
            "E0423",
            "cannot initialize a tuple struct which contains private fields",
        ),
    ] {
        let body = format!("    {forge}\n    let _ = &{};", &forge[4..5]);
        let (ok, err) = check_app(&dir, &body);
        assert!(!ok, "{forge} compiled");
        assert!(
            err.contains(&format!("error[{code}]")) && err.contains(what),
            "{forge}: expected {code} ({what}), got:\n{err}"
        );
    }
}
