use clap::{Parser, Subcommand, ValueEnum};
use errgen::diag::Diagnostic;
use std::path::PathBuf;
use std::process::ExitCode;

/// errgen: identity-verification error codes, one YAML catalog, generated
/// Rust, Kotlin, Swift, Dart and TypeScript packages.
#[derive(Parser)]
#[command(name = "errgen", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    /// error. Files whose content is unchanged are not rewritten; new content
    /// is written atomically; files errgen generated earlier and no longer
    /// generates are removed; other files are left alone.
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
        /// The code exactly as the vendor sent it.
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
    Typescript,
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
    match cli.command {
        Command::Check { catalog } => {
            let c = errgen::check(&catalog);
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
        } => build(target, &catalog, &out, check, locales),
        Command::Lookup {
            table,
            code,
            locale,
            catalog,
        } => {
            let c = errgen::check(&catalog);
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
            let c = errgen::check(&catalog);
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
    target: Target,
    catalog: &std::path::Path,
    out: &std::path::Path,
    check: bool,
    locales: Option<Vec<String>>,
) -> ExitCode {
    let c = errgen::check(catalog);
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
    let targets: Vec<&str> = match target {
        Target::Rust => vec!["rust"],
        Target::Kotlin => vec!["kotlin"],
        Target::Swift => vec!["swift"],
        Target::Dart => vec!["dart"],
        Target::Typescript => vec!["typescript"],
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
    let plan = errgen::write::plan(out, &targets, &files);
    let lines = errgen::write::describe(&plan);
    let shown = errgen::diag::display_path(out);
    if check {
        if plan.is_clean() {
            println!("{shown}: {} files up to date", plan.unchanged);
            return ExitCode::SUCCESS;
        }
        for l in &lines {
            println!("{l}");
        }
        eprintln!(
            "error: {shown} is not what the catalog and templates produce; run `errgen build --target {}`",
            targets_arg(target)
        );
        return ExitCode::FAILURE;
    }
    if let Err(e) = errgen::write::apply(out, &plan, &files) {
        eprintln!("error: writing {shown}: {e}");
        return ExitCode::FAILURE;
    }
    for l in &lines {
        println!(
            "{}",
            l.replacen("missing  ", "created  ", 1)
                .replacen("stale    ", "updated  ", 1)
                .replacen("orphaned ", "removed  ", 1)
        );
    }
    println!(
        "{shown}: {} written, {} removed, {} unchanged",
        plan.missing.len() + plan.stale.len(),
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
        Target::Typescript => "typescript",
        Target::All => "all",
    }
}
