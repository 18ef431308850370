use clap::{Parser, Subcommand, ValueEnum};
use errgen::diag::Diagnostic;
use std::path::PathBuf;
use std::process::ExitCode;

/// errgen: identity-verification error codes, one YAML catalog, generated
/// Rust, Kotlin, Swift and Dart packages.
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
    /// Exits 1 if any error was found, 0 otherwise (warnings alone do not
    /// fail), and prints a summary: tables, entries, prompts, and texts per
    /// locale by state.
    Check {
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
    },
    /// Generate packages from the catalog into OUT/<target>/.
    ///
    /// Nothing is written if the catalog or any target's naming has an
    /// error. errgen records the files it wrote in OUT/<target>/.errgen-manifest
    /// and only ever overwrites or removes those; a file it did not write that
    /// is in the way is an error (see --force). All files are staged first
    /// and renamed into place together; an interrupted build is finished or
    /// undone by the next one. Unchanged files are not rewritten. Symbolic
    /// links are never written through.
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
        /// Write nothing; exit 1 if any generated file is missing, stale or orphaned.
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
    /// Print the resolved catalog on stdout (see README, "errgen export").
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: Format,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Target {
    Rust,
    Kotlin,
    Swift,
    Dart,
    All,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
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
        Command::Check { catalog } => {
            let c = load(&catalog);
            report(&c.diagnostics);
            match &c.model {
                Some(m) => {
                    print!("{}", errgen::summary::summary(m));
                    ExitCode::SUCCESS
                }
                None => ExitCode::FAILURE,
            }
        }
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
        } => {
            let c = load(&catalog);
            report(&c.diagnostics);
            let Some(m) = &c.model else {
                return ExitCode::FAILURE;
            };
            let Some(t) = m.tables.iter().find(|t| t.id == table) else {
                let ids: Vec<&str> = m.tables.iter().map(|t| t.id.as_str()).collect();
                eprintln!("error: no table {table:?}; tables: {}", ids.join(", "));
                return ExitCode::FAILURE;
            };
            let lang = errgen::lookup::language_subtag(&locale);
            print!("{}", errgen::lookup::report(m, t, &code, &lang));
            ExitCode::SUCCESS
        }
        Command::Export {
            format: Format::Json,
            catalog,
        } => {
            let c = load(&catalog);
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
    use errgen::write;
    report(&c.diagnostics);
    let Some(mut model) = c.model else {
        return ExitCode::FAILURE;
    };
    if let Some(keep) = locales {
        let unknown: Vec<&String> = keep.iter().filter(|l| !model.locales.contains(l)).collect();
        if !unknown.is_empty() {
            let names: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
            eprintln!(
                "error: --locales names locales the catalog does not declare: {} (declared: {})",
                names.join(", "),
                model.locales.join(", ")
            );
            return ExitCode::FAILURE;
        }
        model.retain_locales(&keep);
    }
    model.catalog = write::catalog_label(catalog, out);
    let targets: Vec<&str> = match target {
        Target::Rust => vec!["rust"],
        Target::Kotlin => vec!["kotlin"],
        Target::Swift => vec!["swift"],
        Target::Dart => vec!["dart"],
        Target::All => errgen::targets::TARGETS.to_vec(),
    };
    let files = match errgen::generate(&model, &targets) {
        Ok(f) => f,
        Err(mut diags) => {
            c.sources.attach(&mut diags);
            report(&diags);
            eprintln!("nothing was written");
            return ExitCode::FAILURE;
        }
    };
    let shown = errgen::diag::display_path(out);
    let fail = |errors: &[String]| {
        for e in errors {
            eprintln!("error: {e}");
        }
        ExitCode::FAILURE
    };
    if let Err(e) = write::check_out(out, opts) {
        return fail(&[e]);
    }
    if check {
        let _lock = match out.is_dir().then(|| write::lock(out, false)).transpose() {
            Ok(l) => l,
            Err(e) => return fail(&[format!("locking {shown}: {e}")]),
        };
        let plan = write::plan(out, &targets, &files, opts);
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
            targets_arg(target)
        );
        return ExitCode::FAILURE;
    }
    let created_out = !out.exists();
    if let Err(e) = std::fs::create_dir_all(out) {
        return fail(&[format!("creating {shown}: {e}")]);
    }
    let outcome = (|| -> Result<write::Plan, Vec<String>> {
        let _lock = write::lock(out, true).map_err(|e| vec![format!("locking {shown}: {e}")])?;
        if let Some(done) = write::recover(out, opts).map_err(|e| vec![e])? {
            println!("{done}");
        }
        let plan = write::plan(out, &targets, &files, opts);
        if !plan.errors.is_empty() {
            let mut errors = plan.errors.clone();
            errors.push("nothing was written".into());
            return Err(errors);
        }
        write::apply(out, &plan, opts).map_err(|e| vec![e])?;
        Ok(plan)
    })();
    let plan = match outcome {
        Ok(p) => p,
        Err(errors) => {
            if created_out {
                let _ = std::fs::remove_dir(out);
            }
            return fail(&errors);
        }
    };
    for l in write::describe(&plan) {
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
    ExitCode::SUCCESS
}

fn targets_arg(t: Target) -> &'static str {
    match t {
        Target::Rust => "rust",
        Target::Kotlin => "kotlin",
        Target::Swift => "swift",
        Target::Dart => "dart",
        Target::All => "all",
    }
}
