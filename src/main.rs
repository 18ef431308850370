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
        /// The catalog folder [default: catalog, or the config's `catalog`].
        #[arg(long)]
        catalog: Option<PathBuf>,
        /// An app's errgen.toml [default: errgen.toml in the working folder,
        /// if there is one]: checked too, with its selection and its API lock.
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// Generate packages and localization resources from the catalog into
    /// OUT/<target>/, or where an app's errgen.toml says.
    ///
    /// With a config (--config, or errgen.toml in the working folder), its
    /// selection of tables and locales, its package names and its `out`
    /// folders are used, `--target all` builds the targets it configures, and
    /// its API lock (errgen.lock next to it) is kept; --catalog, --out and
    /// --locales are then refused (set them in the config).
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
    /// compared with CATALOG/errgen.lock (an app's: errgen.lock next to its
    /// config) first: every change is printed with
    /// its class (breaking, additive, patch), and the build fails, writing
    /// nothing, when the version is lower than the changes require; else the
    /// lock is updated (README, "Versions and exhaustiveness").
    Build {
        /// What to generate.
        #[arg(long, value_enum)]
        target: Target,
        /// The catalog folder [default: catalog].
        #[arg(long)]
        catalog: Option<PathBuf>,
        /// The output folder (one folder per target inside) [default: generated].
        #[arg(long)]
        out: Option<PathBuf>,
        /// An app's errgen.toml [default: errgen.toml in the working folder,
        /// if there is one].
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
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
    /// One trans-unit per message, solution, template, prompt and kind label,
    /// with its stable id, source, target and state (new,
    /// needs-review-translation, final) and notes for the translator; a
    /// template's parameters are <ph> placeholders.
    Export {
        /// The locale to translate into (a tag of catalog.yaml's `locales`).
        #[arg(long)]
        locale: String,
        #[arg(long, value_enum, default_value = "xliff")]
        format: L10nFormat,
        /// Write to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The catalog folder [default: catalog, or the config's `catalog`].
        #[arg(long)]
        catalog: Option<PathBuf>,
        /// An app's errgen.toml [default: errgen.toml in the working folder,
        /// if there is one]: only the texts of its selection are exported.
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// Read a translated XLIFF file back into catalog/l10n/<locale>/*.yaml.
    ///
    /// Only entries that change are rewritten. A unit marked final or
    /// signed-off becomes `reviewed`; a changed text otherwise becomes
    /// `draft`. Units whose source text changed since the export, and
    /// templates that do not use exactly their entry's parameters, are refused
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
    /// Android string resources (res/values*/errgen_strings.xml by default).
    AndroidRes,
    /// Apple String Catalog (Errgen.xcstrings by default) and .lproj/Errgen.strings.
    AppleRes,
    /// Flutter ARB files (arb/app_<locale>.arb by default) for gen-l10n.
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

/// The API gate of a versioned catalog (see `errgen::api`) over the
/// packages among `targets`, with the lock at `lock`: prints what changed
/// against the lock; fails when the version is too low. The views it
/// builds stay in `prepared`.
fn gate(
    m: &errgen::model::Model,
    lock: &std::path::Path,
    targets: &[&str],
    prepared: &mut errgen::targets::Prepared,
) -> Result<Option<errgen::api::lock::Gate>, ExitCode> {
    if targets.is_empty() {
        return Ok(None);
    }
    let g = match errgen::api::run_at(m, lock, targets, prepared) {
        Ok(g) => g,
        Err(diags) => {
            report(&diags);
            return Err(ExitCode::FAILURE);
        }
    };
    if let Some(g) = &g {
        let shown = errgen::diag::display_path(lock);
        for l in g.report(&shown) {
            eprintln!("{l}");
        }
        if !g.passes() {
            return Err(ExitCode::FAILURE);
        }
    }
    Ok(g)
}

/// The package targets an app configures (its API lock covers these).
fn app_packages(cfg: &errgen::config::Config) -> Vec<&'static str> {
    let packages = |t: &&str| !errgen::targets::RESOURCE_TARGETS.contains(t);
    cfg.dests
        .iter()
        .map(|d| d.target)
        .filter(packages)
        .collect()
}

/// The app's config: `--config`, else errgen.toml in the working folder (if
/// any), read and checked; every problem is reported.
fn app_config(given: Option<PathBuf>) -> Result<Option<errgen::config::Config>, ExitCode> {
    let Some(path) = given.or_else(errgen::config::find) else {
        return Ok(None);
    };
    match errgen::config::read(&path) {
        Ok(c) => Ok(Some(c)),
        Err(d) => {
            report(&d);
            eprintln!("nothing was done");
            Err(ExitCode::FAILURE)
        }
    }
}

/// The catalog is invalid: the config's own problems are reported too.
fn no_model(cfg: Option<&errgen::config::Config>) -> ExitCode {
    if let Some(c) = cfg {
        report(&c.problems);
    }
    ExitCode::FAILURE
}

/// The catalog folder: `--catalog`, else the config's, else `catalog`; both is an error.
fn catalog_of(
    given: Option<PathBuf>,
    cfg: Option<&errgen::config::Config>,
) -> Result<PathBuf, ExitCode> {
    match (given, cfg) {
        (Some(_), Some(c)) => Err(fail(&[format!(
            "--catalog cannot be combined with a config ({}); set `catalog` there",
            errgen::diag::display_path(&c.file)
        )])),
        (Some(p), None) => Ok(p),
        (None, Some(c)) => Ok(c.catalog.clone()),
        (None, None) => Ok(PathBuf::from("catalog")),
    }
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
        Command::Check { catalog, config } => check(catalog, config, &load),
        Command::Diff {
            old,
            catalog,
            format,
        } => diff(&old, &catalog, format),
        Command::Build {
            target,
            catalog,
            out,
            config,
            check,
            locales,
            force,
            follow_symlinks,
        } => build(
            BuildArgs {
                target,
                catalog,
                out,
                config,
                check,
                locales,
                opts: errgen::write::Options {
                    force,
                    follow_symlinks,
                },
            },
            &load,
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

/// `errgen check`: every problem, the summary, and the API gate (with a
/// config: its problems too, the summary of its selection, its own lock).
fn check(
    catalog: Option<PathBuf>,
    config: Option<PathBuf>,
    load: &dyn Fn(&std::path::Path) -> errgen::Checked,
) -> ExitCode {
    let cfg = match app_config(config) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let catalog = match catalog_of(catalog, cfg.as_ref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let c = load(&catalog);
    report(&c.diagnostics);
    let Some(mut m) = c.model else {
        return no_model(cfg.as_ref());
    };
    let (lock, targets) = match &cfg {
        Some(cfg) => {
            if let Err(d) = cfg.select(&mut m) {
                report(&d);
                return ExitCode::FAILURE;
            }
            (cfg.lock.clone(), app_packages(cfg))
        }
        None => (
            errgen::api::lock::path(&catalog),
            errgen::targets::TARGETS.to_vec(),
        ),
    };
    print!("{}", errgen::summary::summary(&m));
    let mut views = errgen::targets::Prepared::transient();
    match gate(&m, &lock, &targets, &mut views) {
        Ok(_) => ExitCode::SUCCESS,
        Err(code) => code,
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

/// The catalog and (for an export) the app's config an `l10n` command reads.
fn l10n_sources(
    command: &L10nCommand,
) -> Result<(PathBuf, Option<errgen::config::Config>), ExitCode> {
    match command {
        L10nCommand::Export {
            catalog, config, ..
        } => {
            let cfg = app_config(config.clone())?;
            Ok((catalog_of(catalog.clone(), cfg.as_ref())?, cfg))
        }
        L10nCommand::Import { catalog, .. } => Ok((catalog.clone(), None)),
    }
}

fn l10n(command: L10nCommand) -> ExitCode {
    let (catalog, cfg) = match l10n_sources(&command) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let c = errgen::check(&catalog);
    report(&c.diagnostics);
    let Some(mut model) = c.model else {
        return no_model(cfg.as_ref());
    };
    if let Some(cfg) = &cfg {
        if let Err(d) = cfg.select(&mut model) {
            report(&d);
            return ExitCode::FAILURE;
        }
    }
    let m = &model;
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

/// `errgen build`'s arguments.
struct BuildArgs {
    target: Target,
    catalog: Option<PathBuf>,
    out: Option<PathBuf>,
    config: Option<PathBuf>,
    check: bool,
    locales: Option<Vec<String>>,
    opts: errgen::write::Options,
}

/// Where a build reads and writes: the catalog, the API lock, the targets,
/// and each folder OUT it writes with the target folders in it
/// (`(target, folder name)`).
struct Layout {
    catalog: PathBuf,
    lock: PathBuf,
    targets: Vec<&'static str>,
    outs: Vec<(PathBuf, Vec<(&'static str, String)>)>,
    /// The folder the generated headers name the catalog from.
    base: PathBuf,
}

/// The default layout: OUT/<target>/ for each target, catalog/errgen.lock.
fn default_layout(a: &BuildArgs) -> Layout {
    let catalog = a.catalog.clone().unwrap_or_else(|| "catalog".into());
    let out = a.out.clone().unwrap_or_else(|| "generated".into());
    let targets = target_ids(a.target);
    let roots = targets.iter().map(|t| (*t, (*t).to_owned())).collect();
    Layout {
        lock: errgen::api::lock::path(&catalog),
        catalog,
        targets,
        outs: vec![(out.clone(), roots)],
        base: out,
    }
}

/// An app's layout: its catalog, its lock, its targets (`--target all`: the
/// ones it builds) each in its own `out` (written as OUT = the folder
/// holding it).
/// Refuses the flags a config decides.
fn refuse_flags(a: &BuildArgs, cfg: &errgen::config::Config) -> Result<(), ExitCode> {
    for (given, flag) in [
        (a.catalog.is_some(), "--catalog"),
        (a.out.is_some(), "--out"),
        (a.locales.is_some(), "--locales"),
    ] {
        if given {
            return Err(fail(&[format!(
                "{flag} cannot be combined with a config ({}); set it there",
                errgen::diag::display_path(&cfg.file)
            )]));
        }
    }
    Ok(())
}

fn config_layout(a: &BuildArgs, cfg: &errgen::config::Config) -> Result<Layout, ExitCode> {
    let targets = match a.target {
        Target::All if cfg.all.is_empty() => {
            return Err(fail(&[format!(
                "{} configures no target: add a section such as [kotlin], or `targets = [...]`",
                errgen::diag::display_path(&cfg.file)
            )]));
        }
        Target::All => cfg.all.clone(),
        t => {
            let id = targets_arg(t);
            if cfg.dest(id).is_none() {
                let have: Vec<&str> = cfg.dests.iter().map(|d| d.target).collect();
                return Err(fail(&[format!(
                    "{} does not configure the target {id} (it has: {}); add a [{id}] section",
                    errgen::diag::display_path(&cfg.file),
                    have.join(", ")
                )]));
            }
            vec![id]
        }
    };
    let mut outs: Vec<(PathBuf, Vec<(&'static str, String)>)> = Vec::new();
    for t in &targets {
        let Some(d) = cfg.dest(t) else { continue };
        // An `out` without a folder name is a config problem (reported).
        let Some(name) = d.out.file_name() else {
            continue;
        };
        let parent = match d.out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let root = (*t, name.to_string_lossy().into_owned());
        match outs.iter_mut().find(|(o, _)| *o == parent) {
            Some((_, roots)) => roots.push(root),
            None => outs.push((parent, vec![root])),
        }
    }
    Ok(Layout {
        catalog: cfg.catalog.clone(),
        lock: cfg.lock.clone(),
        targets,
        outs,
        base: cfg.file.with_file_name("out"),
    })
}

fn build(a: BuildArgs, load: &dyn Fn(&std::path::Path) -> errgen::Checked) -> ExitCode {
    let cfg = match app_config(a.config.clone()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if let Some(Err(code)) = cfg.as_ref().map(|c| refuse_flags(&a, c)) {
        return code;
    }
    let catalog = match &cfg {
        Some(c) => c.catalog.clone(),
        None => a.catalog.clone().unwrap_or_else(|| "catalog".into()),
    };
    let c = load(&catalog);
    report(&c.diagnostics);
    let Some(mut model) = c.model else {
        return no_model(cfg.as_ref());
    };
    if let Some(cfg) = &cfg {
        if let Err(d) = cfg.select(&mut model) {
            report(&d);
            eprintln!("nothing was written");
            return ExitCode::FAILURE;
        }
    }
    // After the config's own problems: the targets it builds, and where.
    let layout = match &cfg {
        Some(cfg) => match config_layout(&a, cfg) {
            Ok(l) => l,
            Err(code) => return code,
        },
        None => default_layout(&a),
    };
    // An app's gate covers every package it configures, whichever
    // `--target` builds (none: no lock); the default, every package.
    let gated = match &cfg {
        Some(cfg) => app_packages(cfg),
        None => errgen::targets::TARGETS.to_vec(),
    };
    let (gate, mut prepared) = match gate_then_locales(&a, &mut model, &layout, &gated) {
        Ok(g) => g,
        Err(code) => return code,
    };
    model.catalog = errgen::write::catalog_label(&layout.catalog, &layout.base);
    prepared.retain(&layout.targets);
    prepared.relabel(&model);
    let lock_text = gate.as_ref().map(|g| errgen::api::lock::render(&g.lock));
    // Streaming: each target's files are planned (and, for a build, staged)
    // as soon as they are generated, then dropped; nothing is renamed into
    // place before every target is generated and planned without error.
    let mut sink = Sink::open(&a, &layout);
    let generated = errgen::generate_each(&model, &layout.targets, prepared, |t, files| {
        sink.add(t, files)
    });
    if let Err(mut diags) = generated {
        sink.abort();
        c.sources.attach(&mut diags);
        report(&diags);
        eprintln!("nothing was written");
        return ExitCode::FAILURE;
    }
    sink.finish(&a, &layout, lock_text)
}

/// The API gate over `gated` (its lock's history goes into the model), then
/// `--locales`. Each package's view is built once: for the gate, then
/// printed (with --locales the package has fewer locales than the gate
/// saw: the gate's views are not kept).
fn gate_then_locales(
    a: &BuildArgs,
    model: &mut errgen::model::Model,
    layout: &Layout,
    gated: &[&str],
) -> Result<(Option<errgen::api::lock::Gate>, errgen::targets::Prepared), ExitCode> {
    let mut prepared = match a.locales {
        Some(_) => errgen::targets::Prepared::transient(),
        None => errgen::targets::Prepared::default(),
    };
    let gate = gate(model, &layout.lock, gated, &mut prepared).inspect_err(|_| {
        eprintln!("nothing was written");
    })?;
    if let Some(g) = &gate {
        model.package.history = errgen::api::lock::releases(&g.lock);
    }
    if let Some(keep) = &a.locales {
        retain_locales(model, keep)?;
        // The gate saw every locale; the package has fewer.
        prepared = errgen::targets::Prepared::default();
    }
    Ok((gate, prepared))
}

/// One folder OUT a build checks or writes: its target folders (`(target,
/// folder name)`), the plan made so far, one target at a time, and (for a
/// build) what is staged.
struct OutRun {
    out: PathBuf,
    roots: Vec<(&'static str, String)>,
    plan: errgen::write::Plan,
    staging: Option<errgen::write::Staging>,
}

/// Where `build` streams each target's files: every OUT of the layout,
/// checked, locked and recovered before the first target comes.
struct Sink {
    check: bool,
    opts: errgen::write::Options,
    runs: Vec<OutRun>,
    /// Problems found before any target was planned (OUT refused, not
    /// created or not locked, a journal that cannot be recovered); reported
    /// after generation, which comes first.
    early: Vec<String>,
    /// A staging error: everything staged was removed.
    staging_failed: Option<String>,
    /// The OUT folders this build created (removed again on failure).
    created: Vec<PathBuf>,
    _locks: Vec<errgen::write::Lock>,
}

impl Sink {
    fn open(a: &BuildArgs, layout: &Layout) -> Sink {
        use errgen::write;
        let mut sink = Sink {
            check: a.check,
            opts: a.opts,
            runs: Vec::new(),
            early: Vec::new(),
            staging_failed: None,
            created: Vec::new(),
            _locks: Vec::new(),
        };
        for (out, roots) in &layout.outs {
            if let Err(e) = write::check_out(out, a.opts) {
                sink.early = vec![e];
                return sink;
            }
            sink.runs.push(OutRun {
                out: out.clone(),
                roots: roots.clone(),
                plan: write::Plan::default(),
                staging: None,
            });
        }
        if let Err(e) = sink.lock_and_recover() {
            sink.early = e;
        }
        for r in &mut sink.runs {
            r.plan = write::Plan::start(&r.out, a.opts);
        }
        sink
    }

    /// Creates (for a build) and locks each OUT, in path order (a build's
    /// locks are exclusive, `--check`'s shared and only on an OUT that
    /// exists), then recovers an interrupted build in each.
    fn lock_and_recover(&mut self) -> Result<(), Vec<String>> {
        use errgen::write;
        if !self.check {
            for r in &self.runs {
                if !r.out.exists() {
                    self.created.push(r.out.clone());
                }
                std::fs::create_dir_all(&r.out).map_err(|e| {
                    vec![format!(
                        "creating {}: {e}",
                        errgen::diag::display_path(&r.out)
                    )]
                })?;
            }
        }
        let mut order: Vec<&PathBuf> = self.runs.iter().map(|r| &r.out).collect();
        order.sort();
        for out in order {
            if self.check && !out.is_dir() {
                continue;
            }
            let shown = errgen::diag::display_path(out);
            let l =
                write::lock(out, !self.check).map_err(|e| vec![format!("locking {shown}: {e}")])?;
            self._locks.push(l);
        }
        if !self.check {
            for r in &self.runs {
                if let Some(done) = write::recover(&r.out, self.opts).map_err(|e| vec![e])? {
                    println!("{done}");
                }
            }
        }
        Ok(())
    }

    fn failed(&self) -> bool {
        !self.early.is_empty()
            || self.staging_failed.is_some()
            || self.runs.iter().any(|r| !r.plan.errors.is_empty())
    }

    /// Plans one target's files (paths starting with the target id) in its
    /// OUT and, for a build with no problem so far, stages them; the files
    /// are dropped on return.
    fn add(&mut self, target: &str, files: Vec<errgen::targets::GenFile>) {
        if !self.early.is_empty() {
            return;
        }
        let Some(i) = self
            .runs
            .iter()
            .position(|r| r.roots.iter().any(|(t, _)| *t == target))
        else {
            return;
        };
        let opts = self.opts;
        let r = &mut self.runs[i];
        let Some((_, root)) = r.roots.iter().find(|(t, _)| *t == target) else {
            return;
        };
        let root = root.clone();
        let mut mine: Vec<errgen::targets::GenFile> = files
            .into_iter()
            .filter_map(|f| {
                let rest = f.path.strip_prefix(target).ok()?.to_path_buf();
                Some(errgen::targets::GenFile {
                    path: PathBuf::from(&root).join(rest),
                    content: f.content,
                })
            })
            .collect();
        mine.sort_by(|a, b| a.path.cmp(&b.path));
        let plan = &mut r.plan;
        errgen::timings::stage(&format!("write plan {target}"), || {
            plan.add_root(&r.out, &root, mine, opts)
        });
        if self.check {
            r.plan.forget_writes();
            return;
        }
        if self.failed() {
            // Nothing more is staged; what was is removed.
            self.unstage();
            return;
        }
        let r = &mut self.runs[i];
        let staging = r
            .staging
            .get_or_insert_with(|| errgen::write::Staging::new(&r.out, opts));
        let staged = errgen::timings::stage(&format!("write stage {target}"), || {
            staging.stage(&mut r.plan)
        });
        if let Err(e) = staged {
            self.staging_failed = Some(e);
            self.unstage();
        }
    }

    /// Removes everything staged in every OUT, and every plan's content.
    fn unstage(&mut self) {
        for r in &mut self.runs {
            r.staging = None;
            r.plan.forget_writes();
        }
    }

    /// A failed build: nothing staged is left, and each OUT it created is
    /// removed again.
    fn abort(mut self) {
        self.unstage();
        self._locks.clear();
        for dir in self.created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }

    /// Checks, or commits, what every target gave, and the API lock
    /// (`lock_text`, when the catalog is versioned).
    fn finish(mut self, a: &BuildArgs, layout: &Layout, lock_text: Option<String>) -> ExitCode {
        if !self.early.is_empty() {
            let early = std::mem::take(&mut self.early);
            self.abort();
            return fail(&early);
        }
        let lock_stale = lock_text
            .as_ref()
            .is_some_and(|t| std::fs::read_to_string(&layout.lock).ok().as_ref() != Some(t));
        if self.check {
            if lock_stale {
                return fail(&[format!(
                    "{} is not up to date; run `errgen build`",
                    errgen::diag::display_path(&layout.lock)
                )]);
            }
            let failed = self.runs.iter().filter(|r| !check_run(r, a.target));
            return if failed.count() == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
        let mut errors: Vec<String> = self
            .runs
            .iter()
            .flat_map(|r| r.plan.errors.iter().cloned())
            .collect();
        if !errors.is_empty() {
            errors.push("nothing was written".into());
            self.abort();
            return fail(&errors);
        }
        if let Some(e) = self.staging_failed.take() {
            self.abort();
            return fail(&[e]);
        }
        let opts = self.opts;
        for r in &mut self.runs {
            let staging = r
                .staging
                .take()
                .unwrap_or_else(|| errgen::write::Staging::new(&r.out, opts));
            let committed = errgen::timings::stage("write commit", || staging.commit(&mut r.plan));
            if let Err(e) = committed {
                self.abort();
                return fail(&[e]);
            }
        }
        self._locks.clear();
        if let (true, Some(t)) = (lock_stale, &lock_text) {
            if let Err(e) = errgen::write::replace_file(&layout.lock, t.as_bytes()) {
                return fail(&[e]);
            }
            println!("updated  {}", errgen::diag::display_path(&layout.lock));
        }
        for r in &self.runs {
            print_written(&r.plan, &r.out);
        }
        ExitCode::SUCCESS
    }
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

/// `build --check` of one OUT: whether it is what would be written; prints
/// what differs.
fn check_run(run: &OutRun, target: Target) -> bool {
    use errgen::write;
    let shown = errgen::diag::display_path(&run.out);
    let plan = &run.plan;
    if plan.is_clean() {
        println!("{shown}: {} files up to date", plan.unchanged);
        return true;
    }
    for l in write::describe(plan) {
        println!("{l}");
    }
    for e in &plan.errors {
        eprintln!("error: {e}");
    }
    eprintln!(
        "error: {shown} is not what the catalog and templates produce; run `errgen build --target {}`",
        targets_arg(target)
    );
    false
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
