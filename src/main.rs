use clap::{Parser, Subcommand, ValueEnum};
use errgen::diag::Diagnostic;
use std::path::PathBuf;
use std::process::ExitCode;

/// errgen: identity-verification error codes, one YAML catalog, generated
/// Rust, Kotlin, Swift, Dart and TypeScript packages and Android, Apple and
/// Flutter localization resources.
#[derive(Parser)]
#[command(name = "errgen", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The largest catalog file errgen reads, in bytes [default: 4194304, or
    /// ERRGEN_MAX_FILE_BYTES].
    #[arg(long, global = true, value_name = "BYTES")]
    max_file_bytes: Option<u64>,
    /// The largest catalog errgen reads, all files together, in bytes
    /// [default: 67108864, or ERRGEN_MAX_CATALOG_BYTES].
    #[arg(long, global = true, value_name = "BYTES")]
    max_catalog_bytes: Option<u64>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate the catalog and report every problem with file:line:col.
    ///
    /// Besides the schema rules it runs the translation lints and the
    /// content lints (no retry invited by an entry that is not retryable;
    /// the glossary's renderings and forbidden variants; see README).
    /// Exits 1 if any error was found, 0 otherwise (warnings alone do not
    /// fail), and prints a summary: tables, entries, prompts, and texts per
    /// locale by state. A catalog with a `version:` is also compared with its
    /// API lock, as `build` does: exit 1 when the version is too low.
    Check {
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
    },
    /// Generate packages and localization resources from the catalog into OUT/<target>/.
    ///
    /// Nothing is written if the catalog or any target's naming has an
    /// error. errgen records the files it wrote in OUT/<target>/.errgen-manifest
    /// and only ever overwrites or removes those; a file it did not write that
    /// is in the way is an error (see --force). All files are staged first
    /// and renamed into place together; an interrupted build is finished or
    /// undone by the next one. Unchanged files are not rewritten. Symbolic
    /// links are never written through.
    ///
    /// When catalog.yaml has a `version:`, the packages' public API is
    /// compared with CATALOG/errgen.lock first: every change is printed with
    /// its class (breaking, additive, patch), and the build fails, writing
    /// nothing, when the version is lower than the changes require; else the
    /// lock is updated (README, "Versions and exhaustiveness").
    Build {
        /// What to generate.
        #[arg(long, value_enum)]
        target: Target,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
        /// The output folder (one folder per target inside).
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        /// Write nothing; exit 1 if any generated file is missing, stale or
        /// orphaned, or the API lock is not up to date.
        #[arg(long)]
        check: bool,
        /// Generate only these locales (comma-separated); the fallback locale is always kept.
        #[arg(long, value_delimiter = ',')]
        locales: Option<Vec<String>>,
        /// Take over files errgen did not write that stand where it writes
        /// (overwrite them and record them as errgen's).
        #[arg(long)]
        force: bool,
        /// Allow OUT, or a folder inside it, to be (or be reached through) a symbolic link.
        #[arg(long)]
        follow_symlinks: bool,
    },
    /// Resolve a raw code as the generated packages would, and print its
    /// texts, kind, actor, retryable and prompt.
    ///
    /// Legacy aliases, pattern families (AUTH_NETWORK_ERROR_503) and flag
    /// sets ("stereo impaired(42)") are resolved; a code the catalog does not
    /// list is reported as unknown (exit 0). Exit 1 if the table does not exist.
    Lookup {
        /// The table id (see `errgen export`), e.g. aai_liveness_sdk.
        table: String,
        /// The code exactly as the vendor sent it (`-999` works as is).
        #[arg(allow_hyphen_values = true)]
        code: String,
        /// The locale of the texts (a BCP 47 tag; unsupported ones give the fallback).
        #[arg(long, default_value = "en")]
        locale: String,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
    },
    /// Print what changed between OLD and the catalog, and the version bump it needs.
    ///
    /// OLD is a catalog folder or a git revision (`HEAD~1`, `v0.2.0`), read
    /// from the git repository that holds the catalog folder. Codes added,
    /// removed, renamed or given a new identifier, texts per locale, kind,
    /// actor, retryable and prompt, aliases and patterns are listed, each
    /// with what it means for apps (breaking, additive, patch; README,
    /// "Versions and exhaustiveness").
    Diff {
        /// The earlier catalog: a folder, or a git revision.
        old: String,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
        /// Output format: text, or a Markdown changelog section.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Print the resolved catalog on stdout (see README, "errgen export").
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: Format,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
    },
    /// The translator round trip: export one locale as XLIFF 1.2, import a
    /// translator's file back into catalog/l10n/ (see README, "Translators").
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
}

#[derive(Subcommand)]
enum L10nCommand {
    /// Write one locale's texts as XLIFF 1.2 (stdout, or --out).
    ///
    /// One trans-unit per message, solution, prompt and kind label, with its
    /// stable id, source, target and state (new, needs-review-translation,
    /// final) and notes for the translator.
    Export {
        /// The locale to translate into (a tag of catalog.yaml's `locales`).
        #[arg(long)]
        locale: String,
        #[arg(long, value_enum, default_value = "xliff")]
        format: L10nFormat,
        /// Write to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
    },
    /// Read a translated XLIFF file back into catalog/l10n/<locale>/*.yaml.
    ///
    /// Only entries that change are rewritten. A unit marked final or
    /// signed-off becomes `reviewed`; a changed text otherwise becomes
    /// `draft`. Units whose source text changed since the export are refused
    /// with a diagnostic each, and then nothing is written (exit 1).
    Import {
        /// The XLIFF 1.2 file.
        file: PathBuf,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum L10nFormat {
    Xliff,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Target {
    Rust,
    Kotlin,
    Swift,
    Dart,
    /// The npm package (ESM with type declarations).
    Typescript,
    /// Android string resources (res/values*/errgen_strings.xml).
    AndroidRes,
    /// Apple String Catalog (Errgen.xcstrings) and .lproj/Errgen.strings.
    AppleRes,
    /// Flutter ARB files (arb/app_<locale>.arb) for gen-l10n.
    FlutterArb,
    All,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Markdown,
}

/// `errgen diff OLD`: OLD is a folder, else a git revision.
fn diff(old: &str, catalog: &std::path::Path, format: DiffFormat) -> ExitCode {
    let checkout;
    let old_dir = if std::path::Path::new(old).is_dir() {
        std::path::PathBuf::from(old)
    } else {
        match errgen::api::diff::checkout(catalog, old) {
            Ok(c) => {
                checkout = c;
                checkout.dir.clone()
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    let (a, b) = (errgen::check(&old_dir), errgen::check(catalog));
    for (c, name) in [(&a, old), (&b, "the catalog")] {
        if c.model.is_none() {
            report(&c.diagnostics);
            eprintln!("error: {name} is not a valid catalog");
            return ExitCode::FAILURE;
        }
    }
    let (Some(a), Some(b)) = (a.model, b.model) else {
        return ExitCode::FAILURE;
    };
    match errgen::api::diff::diff(&a, &b) {
        Ok(d) => {
            match format {
                DiffFormat::Text => print!("{}", d.text()),
                DiffFormat::Markdown => print!("{}", d.markdown()),
            }
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(&diags);
            ExitCode::FAILURE
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
}

/// The API gate of a versioned catalog (see `errgen::api`): prints what
/// changed against the lock; fails when catalog.yaml's version is too low.
fn gate(
    m: &errgen::model::Model,
    catalog: &std::path::Path,
) -> Result<Option<errgen::api::lock::Gate>, ExitCode> {
    let g = match errgen::api::run(m, catalog) {
        Ok(g) => g,
        Err(diags) => {
            report(&diags);
            return Err(ExitCode::FAILURE);
        }
    };
    if let Some(g) = &g {
        let shown = errgen::diag::display_path(&errgen::api::lock::path(catalog));
        for l in g.report(&shown) {
            eprintln!("{l}");
        }
        if !g.passes() {
            return Err(ExitCode::FAILURE);
        }
    }
    Ok(g)
}

fn report(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{d}");
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    if errors + warnings > 0 {
        eprintln!("{errors} error(s), {warnings} warning(s)");
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut limits = errgen::load::Limits::from_env();
    if let Some(n) = cli.max_file_bytes {
        limits.max_file_bytes = n;
    }
    if let Some(n) = cli.max_catalog_bytes {
        limits.max_catalog_bytes = n;
    }
    let load = |catalog: &std::path::Path| errgen::check_with(catalog, limits);
    match cli.command {
        Command::Check { catalog } => check(load(&catalog), &catalog),
        Command::Diff {
            old,
            catalog,
            format,
        } => diff(&old, &catalog, format),
        Command::Build {
            target,
            catalog,
            out,
            check,
            locales,
            force,
            follow_symlinks,
        } => build(
            load(&catalog),
            target,
            &catalog,
            &out,
            check,
            locales,
            errgen::write::Options {
                force,
                follow_symlinks,
            },
        ),
        Command::Lookup {
            table,
            code,
            locale,
            catalog,
        } => lookup(load(&catalog), &table, &code, &locale),
        Command::Export {
            format: Format::Json,
            catalog,
        } => export_json(load(&catalog)),
        Command::L10n { command } => l10n(command),
    }
}

/// `errgen check`: every problem, the summary, and the API gate.
fn check(c: errgen::Checked, catalog: &std::path::Path) -> ExitCode {
    report(&c.diagnostics);
    match &c.model {
        Some(m) => {
            print!("{}", errgen::summary::summary(m));
            match gate(m, catalog) {
                Ok(_) => ExitCode::SUCCESS,
                Err(code) => code,
            }
        }
        None => ExitCode::FAILURE,
    }
}

/// `errgen lookup`: what the catalog says about one code of one table.
fn lookup(c: errgen::Checked, table: &str, code: &str, locale: &str) -> ExitCode {
    report(&c.diagnostics);
    let Some(m) = &c.model else {
        return ExitCode::FAILURE;
    };
    let Some(t) = m.tables.iter().find(|t| t.id == table) else {
        let ids: Vec<&str> = m.tables.iter().map(|t| t.id.as_str()).collect();
        eprintln!("error: no table {table:?}; tables: {}", ids.join(", "));
        return ExitCode::FAILURE;
    };
    let lang = errgen::lookup::language_subtag(locale);
    print!("{}", errgen::lookup::report(m, t, code, &lang));
    ExitCode::SUCCESS
}

/// `errgen export --format json`.
fn export_json(c: errgen::Checked) -> ExitCode {
    report(&c.diagnostics);
    match &c.model {
        Some(m) => {
            let v = errgen::export::to_json(m);
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            ExitCode::SUCCESS
        }
        None => ExitCode::FAILURE,
    }
}

fn l10n(command: L10nCommand) -> ExitCode {
    let catalog = match &command {
        L10nCommand::Export { catalog, .. } | L10nCommand::Import { catalog, .. } => catalog,
    };
    let c = errgen::check(catalog);
    report(&c.diagnostics);
    let Some(m) = &c.model else {
        return ExitCode::FAILURE;
    };
    match command {
        L10nCommand::Export {
            locale,
            format: L10nFormat::Xliff,
            out,
            ..
        } => match errgen::l10n::export(m, &locale) {
            Ok(x) => match out {
                Some(p) => match std::fs::write(&p, x) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!("error: writing {}: {e}", p.display());
                        ExitCode::FAILURE
                    }
                },
                None => {
                    print!("{x}");
                    ExitCode::SUCCESS
                }
            },
            Err(d) => {
                report(&d);
                ExitCode::FAILURE
            }
        },
        L10nCommand::Import { file, catalog } => {
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: reading {}: {e}", file.display());
                    return ExitCode::FAILURE;
                }
            };
            let raw = errgen::load::load(&catalog);
            match errgen::l10n::import(m, &raw, &file, &text) {
                Ok(imp) => {
                    if let Err(e) = errgen::l10n::write(&imp) {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                    for l in &imp.changes {
                        println!("{l}");
                    }
                    for l in &imp.held_back {
                        eprintln!("warning: {l}");
                    }
                    println!(
                        "{} unit(s) changed, {} file(s) written",
                        imp.changes.len(),
                        imp.files.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    report(&d);
                    eprintln!("nothing was written");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn build(
    c: errgen::Checked,
    target: Target,
    catalog: &std::path::Path,
    out: &std::path::Path,
    check: bool,
    locales: Option<Vec<String>>,
    opts: errgen::write::Options,
) -> ExitCode {
    report(&c.diagnostics);
    let Some(mut model) = c.model else {
        return ExitCode::FAILURE;
    };
    let gate = match gate(&model, catalog) {
        Ok(g) => g,
        Err(code) => {
            eprintln!("nothing was written");
            return code;
        }
    };
    if let Some(g) = &gate {
        model.package.history = errgen::api::lock::releases(&g.lock);
    }
    if let Some(Err(code)) = locales.map(|keep| retain_locales(&mut model, &keep)) {
        return code;
    }
    model.catalog = errgen::write::catalog_label(catalog, out);
    let targets = target_ids(target);
    let files = match errgen::generate(&model, &targets) {
        Ok(f) => f,
        Err(mut diags) => {
            c.sources.attach(&mut diags);
            report(&diags);
            eprintln!("nothing was written");
            return ExitCode::FAILURE;
        }
    };
    let lock_path = errgen::api::lock::path(catalog);
    let lock_text = gate.as_ref().map(|g| errgen::api::lock::render(&g.lock));
    let lock_stale = lock_text
        .as_ref()
        .is_some_and(|t| std::fs::read_to_string(&lock_path).ok().as_ref() != Some(t));
    if let Err(e) = errgen::write::check_out(out, opts) {
        return fail(&[e]);
    }
    let run = BuildRun {
        target,
        out,
        targets: &targets,
        files: &files,
        opts,
    };
    if check {
        if lock_stale {
            return fail(&[format!(
                "{} is not up to date; run `errgen build`",
                errgen::diag::display_path(&lock_path)
            )]);
        }
        return check_build(&run);
    }
    let plan = match write_build(&run) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let (true, Some(t)) = (lock_stale, &lock_text) {
        if let Err(e) = errgen::write::replace_file(&lock_path, t.as_bytes()) {
            return fail(&[e]);
        }
        println!("updated  {}", errgen::diag::display_path(&lock_path));
    }
    print_written(&plan, out);
    ExitCode::SUCCESS
}

/// What `build` generated and where it goes, for checking or writing it.
struct BuildRun<'a> {
    target: Target,
    out: &'a std::path::Path,
    targets: &'a [&'a str],
    files: &'a [errgen::targets::GenFile],
    opts: errgen::write::Options,
}

/// Prints every error and returns failure.
fn fail(errors: &[String]) -> ExitCode {
    for e in errors {
        eprintln!("error: {e}");
    }
    ExitCode::FAILURE
}

/// Keeps only the `--locales` the catalog declares; refuses any other.
fn retain_locales(model: &mut errgen::model::Model, keep: &[String]) -> Result<(), ExitCode> {
    let unknown: Vec<&String> = keep.iter().filter(|l| !model.locales.contains(l)).collect();
    if !unknown.is_empty() {
        let names: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
        eprintln!(
            "error: --locales names locales the catalog does not declare: {} (declared: {})",
            names.join(", "),
            model.locales.join(", ")
        );
        return Err(ExitCode::FAILURE);
    }
    model.retain_locales(keep);
    Ok(())
}

/// The target ids `--target` selects.
fn target_ids(target: Target) -> Vec<&'static str> {
    match target {
        Target::All => errgen::targets::TARGETS.to_vec(),
        t => vec![targets_arg(t)],
    }
}

/// `build --check`: compares OUT with what would be written, writes nothing.
fn check_build(run: &BuildRun) -> ExitCode {
    use errgen::write;
    let out = run.out;
    let shown = errgen::diag::display_path(out);
    let _lock = match out.is_dir().then(|| write::lock(out, false)).transpose() {
        Ok(l) => l,
        Err(e) => return fail(&[format!("locking {shown}: {e}")]),
    };
    let plan = write::plan(out, run.targets, run.files, run.opts);
    if plan.is_clean() {
        println!("{shown}: {} files up to date", plan.unchanged);
        return ExitCode::SUCCESS;
    }
    for l in write::describe(&plan) {
        println!("{l}");
    }
    for e in &plan.errors {
        eprintln!("error: {e}");
    }
    eprintln!(
        "error: {shown} is not what the catalog and templates produce; run `errgen build --target {}`",
        targets_arg(run.target)
    );
    ExitCode::FAILURE
}

/// Writes the generated files into OUT under its lock, after recovering an
/// interrupted run; on failure removes OUT again if this run created it.
fn write_build(run: &BuildRun) -> Result<errgen::write::Plan, ExitCode> {
    use errgen::write;
    let out = run.out;
    let shown = errgen::diag::display_path(out);
    let created_out = !out.exists();
    if let Err(e) = std::fs::create_dir_all(out) {
        return Err(fail(&[format!("creating {shown}: {e}")]));
    }
    let outcome = (|| -> Result<write::Plan, Vec<String>> {
        let _lock = write::lock(out, true).map_err(|e| vec![format!("locking {shown}: {e}")])?;
        if let Some(done) = write::recover(out, run.opts).map_err(|e| vec![e])? {
            println!("{done}");
        }
        let plan = write::plan(out, run.targets, run.files, run.opts);
        if !plan.errors.is_empty() {
            let mut errors = plan.errors.clone();
            errors.push("nothing was written".into());
            return Err(errors);
        }
        write::apply(out, &plan, run.opts).map_err(|e| vec![e])?;
        Ok(plan)
    })();
    outcome.map_err(|errors| {
        if created_out {
            let _ = std::fs::remove_dir(out);
        }
        fail(&errors)
    })
}

/// Reports what a build wrote, removed and adopted.
fn print_written(plan: &errgen::write::Plan, out: &std::path::Path) {
    let shown = errgen::diag::display_path(out);
    for l in errgen::write::describe(plan) {
        if l.starts_with("unrecorded") {
            continue;
        }
        println!(
            "{}",
            l.replacen("missing  ", "created  ", 1)
                .replacen("stale    ", "updated  ", 1)
                .replacen("foreign  ", "took over", 1)
                .replacen("orphaned ", "removed  ", 1)
        );
    }
    if !plan.adopted.is_empty() {
        println!(
            "adopted   {} existing file(s) identical to what errgen writes (now recorded in the manifest)",
            plan.adopted.len()
        );
    }
    println!(
        "{shown}: {} written, {} removed, {} unchanged",
        plan.missing.len() + plan.stale.len() + plan.forced.len(),
        plan.orphaned.len(),
        plan.unchanged
    );
}

fn targets_arg(t: Target) -> &'static str {
    match t {
        Target::Rust => "rust",
        Target::Kotlin => "kotlin",
        Target::Swift => "swift",
        Target::Dart => "dart",
        Target::Typescript => "typescript",
        Target::AndroidRes => "android-res",
        Target::AppleRes => "apple-res",
        Target::FlutterArb => "flutter-arb",
        Target::All => "all",
    }
}
