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
