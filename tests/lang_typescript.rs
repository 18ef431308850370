//! Proves the TypeScript target with the real toolchain (typescript,
//! esbuild and @types/node from npm, see scripts/toolchains.sh, on the
//! machine's node): the packages generated from the hostile fixture (with a
//! `zh-Hant` locale added, so scripts are negotiated) and from the real
//! catalog compile with `tsc` under `--strict`, `noUncheckedIndexedAccess`
//! and `exactOptionalPropertyTypes` with no error, alone and with the tests
//! of tests/lang/typescript, which then run with Node's test runner: every
//! text, meta and negotiation vector (tests/common/mod.rs) byte for byte,
//! and decoding checked by hand. The catalog's package is also bundled with
//! esbuild, one table in one locale against everything.

mod common;
use common::*;
use errgen::model::Model;
use std::path::Path;
use std::process::Command;

/// Writes the package of `m` into `dir/typescript`, then [`add_tests`].
fn prepare(m: &Model, dir: &Path, programs: &[&str]) -> usize {
    let files = errgen::generate(m, &["typescript"]).unwrap_or_else(|d| panic!("{d:?}"));
    for f in files {
        let p = dir.join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.content).unwrap();
    }
    add_tests(m, dir, programs)
}

/// Next to the package of `m` in `dir/typescript` (however it was built):
/// the test programs and the harness in its test/ folder, a tsconfig for
/// them, the README's sample, and the vectors in `dir`. Returns the number
/// of vector lines.
fn add_tests(m: &Model, dir: &Path, programs: &[&str]) -> usize {
    let pkg = dir.join("typescript");
    std::fs::create_dir_all(pkg.join("test")).unwrap();
    for f in ["harness.ts"].iter().chain(programs) {
        std::fs::copy(
            root().join("tests/lang/typescript").join(f),
            pkg.join("test").join(f),
        )
        .unwrap();
    }
    let tsconfig = format!(
        r#"{{
  "extends": "./tsconfig.json",
  "compilerOptions": {{ "rootDir": ".", "outDir": "build-test", "types": ["node"], "typeRoots": [{:?}] }},
  "include": ["src", "test"]
}}
"#,
        ts_modules().join("@types").display().to_string()
    );
    std::fs::write(pkg.join("tsconfig.test.json"), tsconfig).unwrap();
    let readme = std::fs::read_to_string(pkg.join("README.md")).unwrap();
    std::fs::write(pkg.join("test/readme_sample.ts"), readme_sample(&readme)).unwrap();
    let (v, meta, neg) = (vectors(m), meta_vectors(m), negotiation_vectors(m));
    let tpl = template_vectors(m);
    std::fs::write(dir.join("vectors.txt"), &v).unwrap();
    std::fs::write(dir.join("meta.txt"), &meta).unwrap();
    std::fs::write(dir.join("negotiation.txt"), &neg).unwrap();
    std::fs::write(dir.join("templates.txt"), &tpl).unwrap();
    [v, meta, neg, tpl].iter().map(|x| x.lines().count()).sum()
}

/// The README's `ts` sample as a module tsc checks with the tests: its
/// imports of the package (`errgen-codes/tables/x`) point at the sources,
/// and what it leaves to the app (`raw`, `showHint` ...) is declared.
fn readme_sample(readme: &str) -> String {
    let start = readme.find("```ts\n").expect("README has a ts sample") + 6;
    let body = &readme[start..start + readme[start..].find("```").unwrap()];
    let pkg = body
        .lines()
        .find_map(|l| l.strip_prefix("import { negotiate } from '"))
        .and_then(|l| l.strip_suffix("/locale';"))
        .expect("the sample imports negotiate");
    let body = body
        .replace(&format!("'{pkg}/"), "'../src/")
        .replace("';\n", ".js';\n")
        .replace("navigator.language", "appLanguage");
    assert!(!body.contains(pkg), "{body}");
    let (imports, code): (Vec<&str>, Vec<&str>) =
        body.lines().partition(|l| l.starts_with("import "));
    format!(
        "{}\ndeclare const raw: string;\ndeclare const appLanguage: string;\n\
         declare function showHint(s: string): void;\n\
         declare function retryLater(p: unknown): void;\n\
         declare function report(code: string): void;\n\
         export async function sample(): Promise<void> {{\n{}\n}}\n",
        imports.join("\n"),
        code.join("\n")
    )
}

fn tsc(pkg: &Path, project: &str) {
    let out = run(Command::new(ts_modules().join(".bin/tsc"))
        .args(["-p", project, "--pretty", "false"])
        .current_dir(pkg));
    assert_eq!(out, "", "tsc printed diagnostics");
}

/// Compiles the package alone (into build/) and with the tests (into build-test/),
/// then runs `program` with `node --test`; returns the checks that passed.
fn compile_and_run(dir: &Path, program: &str, min: usize) -> usize {
    let pkg = dir.join("typescript");
    tsc(&pkg, "tsconfig.json");
    tsc(&pkg, "tsconfig.test.json");
    let js = format!("build-test/test/{}", program.replace(".ts", ".js"));
    let out = run(Command::new("node")
        .args(["--test", "--test-reporter=tap", &js])
        .env("VECTORS", dir.join("vectors.txt"))
        .env("META", dir.join("meta.txt"))
        .env("NEGOTIATION", dir.join("negotiation.txt"))
        .env("TEMPLATES", dir.join("templates.txt"))
        .current_dir(&pkg));
    println!("{out}");
    assert!(out.lines().any(|l| l == "# fail 0"), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("# pass 0")), "{out}");
    assert_passed(&out, min)
}

#[test]
fn hostile_fixture_compiles_strict_and_passes_in_node() {
    let dir = scratch("ts-hostile");
    let mut m = model(&root().join("tests/fixtures/hostile"));
    // A locale with a script and no texts of its own: it negotiates as
    // Traditional Chinese and falls back to en for every text.
    m.locales.push("zh-Hant".into());
    let n = prepare(&m, &dir, &["hostile.test.ts"]);
    let passed = compile_and_run(&dir, "hostile.test.ts", n + 100);
    println!("hostile: {passed} checks passed ({n} vector lines)");
}

/// A package configured in errgen.toml, built by the errgen binary: a
/// scoped npm name, its own folder, two vendors' worth of tables (`tencent_*`)
/// and two locales beside the fallback. It compiles strict, its README sample
/// (importing `@acme/kyc-errors/...`) typechecks, and the selected model's
/// vectors (only its tables, prompts and locales) pass in node
/// (tests/lang/typescript/vectors.test.ts).
#[test]
fn configured_package_compiles_strict_and_passes_in_node() {
    let dir = scratch("ts-config");
    let package = "@acme/kyc-errors";
    let toml = format!(
        "catalog = {:?}\n\n[select]\ntables = [\"tencent_*\"]\nlocales = [\"zh\", \"th\"]\n\n[typescript]\npackage = \"{package}\"\nout = \"typescript\"\n",
        root().join("catalog").display().to_string()
    );
    let m = configured(&dir, &toml);
    assert!(m.tables.len() >= 10 && m.tables.iter().all(|t| t.id.starts_with("tencent_")));
    let mut tags = m.locales.clone();
    tags.sort();
    assert_eq!(tags, ["en", "th", "zh"]);
    assert!(!template_vectors(&m).is_empty(), "template vectors");
    let pkg = dir.join("typescript");
    let json = std::fs::read_to_string(pkg.join("package.json")).unwrap();
    assert!(json.contains(&format!("\"name\": \"{package}\"")), "{json}");
    let readme = std::fs::read_to_string(pkg.join("README.md")).unwrap();
    assert!(
        readme.contains(&format!("from '{package}/locale'")),
        "{readme}"
    );
    assert!(!pkg.join("src/tables/baidu_face.ts").exists());
    assert!(pkg.join("src/texts/zh").is_dir() && !pkg.join("src/texts/vi").exists());
    let n = add_tests(&m, &dir, &["vectors.test.ts"]);
    let passed = compile_and_run(&dir, "vectors.test.ts", n);
    // tsc checked the README's sample with the tests.
    assert!(pkg.join("build-test/test/readme_sample.js").is_file());
    println!("configured: {passed} checks passed ({n} vector lines)");
}

/// The content fixture (entries with parameters and templates in en and zh,
/// a family with a template): every text, meta and template vector, and the
/// typed `fill` (tests/lang/typescript/content.test.ts).
#[test]
fn templates_fill_in_typescript() {
    let dir = scratch("ts-content");
    let m = model(&root().join("tests/fixtures/content"));
    assert!(
        template_vectors(&m).lines().count() >= 4,
        "template vectors"
    );
    let n = prepare(&m, &dir, &["content.test.ts"]);
    let passed = compile_and_run(&dir, "content.test.ts", n + 10);
    println!("content: {passed} checks passed ({n} vector lines)");
}

/// The real catalog: compiles strict, every text, kind label, kind, actor,
/// retryable flag, prompt and negotiation comes back as the catalog has it,
/// the hand-written cases of tests/generated_rust.rs hold, and bundles of
/// one table in one locale hold only that (sizes printed).
#[test]
fn catalog_package_compiles_strict_passes_in_node_and_bundles_small() {
    let dir = scratch("ts-catalog");
    let m = model(&root().join("catalog"));
    let n = prepare(&m, &dir, &["catalog.test.ts"]);
    let passed = compile_and_run(&dir, "catalog.test.ts", n + 100);
    println!("catalog: {passed} checks passed ({n} vector lines)");
    let pkg = dir.join("typescript");
    std::fs::copy(
        root().join("tests/lang/typescript/bundle.mjs"),
        pkg.join("bundle.mjs"),
    )
    .unwrap();
    let out = run(Command::new("node")
        .arg("bundle.mjs")
        .env("ESBUILD_MODULES", ts_modules())
        .current_dir(&pkg));
    println!("{out}");
    assert!(out.contains("bundle: ok"), "{out}");
}

/// React Native's toolchain (scripts/toolchains.sh: Metro, React Native's
/// Babel preset, the Hermes VM): the real catalog's package, compiled by
/// `tsc`, in the app of tests/lang/typescript/rn (one table's module, the
/// locale negotiated from `th_TH` and loaded on demand), bundled by Metro,
/// compiled to bytecode by `hermesc` and run by `hermes`. What it prints must
/// be the catalog's, and the bundle must hold no other table.
#[test]
fn react_native_metro_bundle_runs_on_hermes() {
    let dir = scratch("ts-rn");
    let m = generate(&root().join("catalog"), "typescript", &dir);
    tsc(&dir.join("typescript"), "tsconfig.json");
    let app = dir.join("app");
    copy_dir(&root().join("tests/lang/typescript/rn"), &app);
    copy_dir(
        &dir.join("typescript"),
        &app.join("node_modules/errgen-codes"),
    );
    std::fs::create_dir_all(app.join("out")).unwrap();
    let rn = toolchains().join("rn-0.87.1-hermes-0.12.0/node_modules");
    run(Command::new("node")
        .arg(rn.join("metro/src/cli.js"))
        .args([
            "build",
            "index.js",
            "--out",
            "out/app.js",
            "--config",
            "metro.config.js",
        ])
        .args(["--platform", "android", "--reset-cache"])
        .env("RN_MODULES", &rn)
        .current_dir(&app));
    let hermes = rn.join("hermes-engine-cli/linux64-bin");
    run(Command::new(hermes.join("hermesc"))
        .args(["-emit-binary", "-O", "-out", "out/app.hbc", "out/app.js"])
        .current_dir(&app));
    let out = run(Command::new(hermes.join("hermes"))
        .arg("out/app.hbc")
        .current_dir(&app));
    let table = m
        .tables
        .iter()
        .find(|t| t.id == "aai_liveness_sdk")
        .unwrap();
    let entry =
        |f: &dyn Fn(&errgen::model::Entry) -> bool| table.entries.iter().find(|e| f(e)).unwrap();
    let net = entry(&|e| {
        e.pattern
            .as_ref()
            .is_some_and(|(p, _)| p.prefix == "AUTH_NETWORK_ERROR_")
    });
    let filled = net
        .template
        .as_ref()
        .unwrap()
        .get("th")
        .unwrap()
        .replace("{ErrorCode}", "503");
    let weak = entry(&|e| e.code == "WEAK_LIGHT")
        .message
        .get_or("th", &m.fallback)
        .to_owned();
    let want = format!(
        "locale th\nfamily authNetworkError bigint 503\nmessage {filled}\nweak {weak}\nunknown unknown\nflags 2,4\nlax unknown\nerror true CatalogError\ndone\n"
    );
    assert_eq!(out, want);
    let bundle = std::fs::read_to_string(app.join("out/app.js")).unwrap();
    for other in ["'tencent_ocr_api'", "'baidu_face'", "'aai_flutter_ios'"] {
        assert!(!bundle.contains(other), "the bundle holds {other}");
    }
    assert!(bundle.contains("'aai_liveness_sdk'"));
    let hbc = std::fs::metadata(app.join("out/app.hbc")).unwrap().len();
    println!(
        "metro bundle: {} bytes, hermes bytecode: {hbc} bytes\n{out}",
        bundle.len()
    );
}
