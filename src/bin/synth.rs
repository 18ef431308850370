//! `synth`: writes a synthetic catalog for benchmarks (scripts/bench.sh), and
//! the same codes as a protobuf file for the protoc comparison.
//!
//! ```text
//! synth catalog --entries N --table-size M --out DIR [--from catalog] [--seed S]
//! synth proto --catalog DIR > codes.proto
//! ```
//!
//! A synthetic catalog has N entries: from 100 entries on a flag-set table
//! of 8, the rest over tables of (at most) M entries, alternately `string`
//! and `int`; string tables have pattern families, every
//! tenth entry has an alias, and the texts, kinds, actors and prompts of
//! every entry are those of a real entry of `--from` (the real catalog), with
//! its translations in every locale, so the texts have real lengths and pass
//! every lint. prompts.yaml, kinds.yaml, the glossary and their translations
//! are copied from `--from`. Deterministic: the same arguments give the same
//! bytes.

use errgen::model::{Entry, Model, Text, TextState, Texts};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A tiny deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Words of synthetic string codes (none is a pattern prefix).
const WORDS: &[&str] = &[
    "CAMERA",
    "FACE",
    "LIVENESS",
    "TOKEN",
    "UPLOAD",
    "IMAGE",
    "CARD",
    "SELFIE",
    "LIGHT",
    "MOTION",
    "SESSION",
    "QUOTA",
    "LICENSE",
    "DEVICE",
    "NETWORK",
    "SIGNATURE",
    "VIDEO",
    "AUDIO",
    "PERMISSION",
    "SERVER",
    "CLIENT",
    "REQUEST",
    "RESULT",
    "COMPARE",
    "DETECT",
    "CAPTURE",
    "FRAME",
    "MODEL",
];
const STATES: &[&str] = &[
    "TIMEOUT", "FAILED", "INVALID", "MISSING", "DENIED", "EXPIRED", "BUSY", "LIMIT",
];

struct Opts {
    entries: usize,
    table_size: usize,
    out: PathBuf,
    from: PathBuf,
    seed: u64,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("catalog") => parse(&args[1..]).and_then(|o| catalog(&o)),
        Some("proto") => match args.get(1..) {
            Some([flag, dir]) if flag == "--catalog" => proto(Path::new(dir)),
            _ => Err(usage()),
        },
        _ => Err(usage()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    "usage: synth catalog --entries N --table-size M --out DIR [--from catalog] [--seed S]\n       synth proto --catalog DIR".into()
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        entries: 0,
        table_size: 500,
        out: PathBuf::new(),
        from: PathBuf::from("catalog"),
        seed: 16,
    };
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let v = it.next().ok_or_else(usage)?;
        let num = || {
            v.parse::<u64>()
                .map_err(|_| format!("{flag}: not a number: {v}"))
        };
        match flag.as_str() {
            "--entries" => o.entries = num()? as usize,
            "--table-size" => o.table_size = num()?.max(10) as usize,
            "--seed" => o.seed = num()?,
            "--out" => o.out = PathBuf::from(v),
            "--from" => o.from = PathBuf::from(v),
            _ => return Err(usage()),
        }
    }
    if o.entries == 0 || o.out.as_os_str().is_empty() {
        return Err(usage());
    }
    Ok(o)
}

/// Reads a catalog that must be valid.
fn model(dir: &Path) -> Result<Model, String> {
    let checked = errgen::check(dir);
    checked
        .model
        .ok_or_else(|| format!("{} has errors; run errgen check", dir.display()))
}

/// What a synthetic entry takes from a real one.
struct Donor<'a> {
    e: &'a Entry,
}

/// The real entries whose texts can be reused anywhere: one per distinct
/// English text, and no translation shared by two English texts (so no
/// table says one thing in two ways); patterns apart.
fn donors(m: &Model) -> (Vec<Donor<'_>>, Vec<Donor<'_>>) {
    let mut by_source: BTreeMap<(u8, &str), &Texts> = BTreeMap::new();
    let mut by_target: BTreeMap<(u8, &str, &str), &str> = BTreeMap::new();
    let (mut plain, mut patterns) = (Vec::new(), Vec::new());
    'entries: for e in m.tables.iter().flat_map(|t| &t.entries) {
        let fields = [
            (0u8, Some(&e.message)),
            (1, e.solution.as_ref()),
            (2, e.template.as_ref()),
        ];
        for (f, texts) in fields.iter().filter_map(|(f, t)| t.map(|t| (*f, t))) {
            let src = texts.get(&m.source_locale).unwrap_or("");
            if let Some(seen) = by_source.get(&(f, src)) {
                if *seen != texts {
                    continue 'entries;
                }
            }
            for (l, t) in &texts.0 {
                if *l != m.source_locale && t.text == src {
                    continue 'entries;
                }
                match by_target.get(&(f, l.as_str(), t.text.as_str())) {
                    Some(other) if *other != src => continue 'entries,
                    _ => {}
                }
            }
        }
        for (f, texts) in fields.iter().filter_map(|(f, t)| t.map(|t| (*f, t))) {
            let src = texts.get(&m.source_locale).unwrap_or("");
            by_source.insert((f, src), texts);
            for (l, t) in &texts.0 {
                by_target.insert((f, l.as_str(), t.text.as_str()), src);
            }
        }
        let has_declared = e.params.iter().any(|p| !p.from_pattern);
        match &e.pattern {
            Some(_) if !has_declared => patterns.push(Donor { e }),
            None => plain.push(Donor { e }),
            Some(_) => {}
        }
    }
    (plain, patterns)
}

fn q(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

fn catalog(o: &Opts) -> Result<(), String> {
    let real = model(&o.from)?;
    let (plain, patterns) = donors(&real);
    if plain.is_empty() || patterns.is_empty() {
        return Err(format!(
            "{} has no entries to copy texts from",
            o.from.display()
        ));
    }
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    if o.out.exists() {
        std::fs::remove_dir_all(&o.out).map_err(|e| io(&o.out, e))?;
    }
    let write = |rel: &str, text: &str| -> Result<(), String> {
        let p = o.out.join(rel);
        std::fs::create_dir_all(p.parent().expect("a file has a parent")).map_err(|e| io(&p, e))?;
        std::fs::write(&p, text).map_err(|e| io(&p, e))
    };
    write("catalog.yaml", &manifest(&real))?;
    let mut copied = vec![
        "prompts.yaml".to_owned(),
        "kinds.yaml".into(),
        "glossary.yaml".into(),
    ];
    for l in real.locales.iter().filter(|l| **l != real.source_locale) {
        for f in ["prompts.yaml", "kinds.yaml", "glossary.yaml"] {
            copied.push(format!("l10n/{l}/{f}"));
        }
    }
    for rel in copied {
        let from = o.from.join(&rel);
        if from.exists() {
            let text = std::fs::read_to_string(&from).map_err(|e| io(&from, e))?;
            write(&rel, &text)?;
        }
    }
    let mut rng = Rng(o.seed);
    // From 100 entries on, the first table is a flag set of 8 digits.
    let flag_table = o.entries >= 100;
    let rest = o.entries - if flag_table { 8 } else { 0 };
    let sizes = (flag_table.then_some(8).into_iter())
        .chain((0..rest.div_ceil(o.table_size)).map(|t| o.table_size.min(rest - t * o.table_size)));
    for (t, size) in sizes.enumerate() {
        let flags = flag_table && t == 0;
        let table = SynthTable::new(t, size, flags, &plain, &patterns, &mut rng);
        write(&format!("tables/{}.yaml", table.id), &table.source(&real))?;
        for l in real.locales.iter().filter(|l| **l != real.source_locale) {
            write(&format!("l10n/{l}/{}.yaml", table.id), &table.l10n(l))?;
        }
    }
    Ok(())
}

fn manifest(real: &Model) -> String {
    let list = real.locales.join(", ");
    format!(
        "# A synthetic catalog for benchmarks, written by `synth catalog`.\n\
         schema: 1\nversion: 1.0.0\n\
         description: Synthetic error codes for errgen's benchmarks.\n\
         locales: [{list}]\nsource_locale: {}\nfallback: {}\nrequired: [{list}]\n\
         unknown_prompt: {}\nvendors:\n  - id: synth_a\n    name: Synthetic Vendor A\n  - id: synth_b\n    name: Synthetic Vendor B\n",
        real.source_locale, real.fallback, real.unknown_prompt
    )
}

/// One synthetic entry: its code (or pattern) and the real entry it copies.
struct SynthEntry<'a> {
    code: String,
    pattern: bool,
    alias: Option<String>,
    retired: bool,
    e: &'a Entry,
}

struct SynthTable<'a> {
    id: String,
    int: bool,
    flags: bool,
    entries: Vec<SynthEntry<'a>>,
}

impl<'a> SynthTable<'a> {
    fn new(
        t: usize,
        size: usize,
        flags: bool,
        plain: &'a [Donor<'a>],
        patterns: &'a [Donor<'a>],
        rng: &mut Rng,
    ) -> Self {
        let int = flags || t % 2 == 1;
        let families = if int || size < 20 { 0 } else { 3 };
        let mut entries = Vec::with_capacity(size);
        for i in 0..size {
            if i < families {
                let d = &patterns[rng.below(patterns.len())];
                let (p, _) = d.e.pattern.as_ref().expect("a pattern donor");
                entries.push(SynthEntry {
                    code: format!("HTTP{}_ERROR_${}", i + 1, p.name),
                    pattern: true,
                    alias: None,
                    retired: false,
                    e: d.e,
                });
                continue;
            }
            let code = if flags {
                i.to_string()
            } else if int {
                (1000 + 7 * i).to_string()
            } else {
                let w = WORDS[rng.below(WORDS.len())];
                let s = STATES[rng.below(STATES.len())];
                format!("{w}_{s}_{i}")
            };
            let alias = (!flags && i % 10 == 5).then(|| {
                if int {
                    (500_000 + 7 * i).to_string()
                } else {
                    format!("OLD_{code}")
                }
            });
            entries.push(SynthEntry {
                code,
                pattern: false,
                alias,
                retired: !flags && i % 97 == 41,
                e: plain[rng.below(plain.len())].e,
            });
        }
        let vendor = if t % 2 == 0 { "a" } else { "b" };
        SynthTable {
            id: format!("synth_{vendor}_{t:05}"),
            int,
            flags,
            entries,
        }
    }

    fn source(&self, real: &Model) -> String {
        let mut s = String::with_capacity(self.entries.len() * 600);
        let vendor = &self.id[6..7];
        let _ = writeln!(s, "id: {}\nvendor: synth_{vendor}", self.id);
        let _ = writeln!(
            s,
            "title: {}",
            q(&format!("Synthetic table {} for benchmarks", self.id))
        );
        let _ = writeln!(
            s,
            "source:\n  file: synthetic.txt\n  lines: 1-{}",
            self.entries.len().max(1)
        );
        let _ = writeln!(s, "code_type: {}", if self.int { "int" } else { "string" });
        let _ = writeln!(
            s,
            "open: {}",
            !self.flags && self.id.ends_with(['0', '2', '4'])
        );
        if self.flags {
            s.push_str("flags:\n  format: \"warnings($Flags)\"\n");
        }
        s.push_str("entries:\n");
        for e in &self.entries {
            let key = if e.pattern { "pattern" } else { "code" };
            let _ = writeln!(s, "  - {key}: {}", q(&e.code));
            if e.pattern {
                let (_, ty) = e.e.pattern.as_ref().expect("a pattern donor");
                let _ = writeln!(s, "    param: {}", ty.id());
            }
            let src = |t: &Texts| q(t.get(&real.source_locale).unwrap_or(""));
            let _ = writeln!(s, "    message: {}", src(&e.e.message));
            if let Some(t) = &e.e.solution {
                let _ = writeln!(s, "    solution: {}", src(t));
            }
            let declared: Vec<_> = e.e.params.iter().filter(|p| !p.from_pattern).collect();
            if !declared.is_empty() {
                s.push_str("    params:\n");
                for p in declared {
                    let _ = writeln!(s, "      - name: {}\n        type: {}", p.name, p.ty.id());
                }
            }
            if let Some(t) = &e.e.template {
                let _ = writeln!(s, "    template: {}", src(t));
            }
            if let Some(b) = e.e.billed {
                let _ = writeln!(s, "    billed: {b}");
            }
            if let Some(p) = e.e.platform {
                let _ = writeln!(s, "    platform: {}", p.id());
            }
            if e.retired {
                s.push_str("    retired_in: 0.9.0\n");
            }
            let _ = writeln!(s, "    kind: {}\n    actor: {}", e.e.kind, e.e.actor.id());
            let _ = writeln!(s, "    retryable: {}", e.e.retryable);
            if let Some(p) = &e.e.prompt {
                let _ = writeln!(s, "    prompt: {p}");
            }
            if let Some(a) = &e.alias {
                let _ = writeln!(
                    s,
                    "    aliases:\n      - code: {}\n        retired_in: 0.8.0",
                    q(a)
                );
            }
        }
        s
    }

    fn l10n(&self, locale: &str) -> String {
        let mut s = String::with_capacity(self.entries.len() * 300);
        let _ = writeln!(s, "locale: {locale}\nstate: draft\nentries:");
        fn text<'t>(t: Option<&'t Texts>, locale: &str) -> Option<&'t Text> {
            t.and_then(|t| t.0.get(locale))
        }
        for e in &self.entries {
            let fields = [
                ("message", text(Some(&e.e.message), locale)),
                ("solution", text(e.e.solution.as_ref(), locale)),
                ("template", text(e.e.template.as_ref(), locale)),
            ];
            if fields.iter().all(|(_, t)| t.is_none()) {
                continue;
            }
            let _ = writeln!(s, "  - code: {}", q(&e.code));
            for (name, t) in fields {
                if let Some(Text { text, .. }) = t {
                    let _ = writeln!(s, "    {name}: {}", q(text));
                }
            }
            let state = fields.iter().find_map(|(_, t)| t.and_then(|t| t.state));
            match state {
                Some(TextState::Vendor) => s.push_str("    state: vendor\n"),
                Some(TextState::Reviewed) => s.push_str("    state: reviewed\n"),
                _ => {}
            }
        }
        s
    }
}

/// Every code of a valid catalog as protobuf enums (one per table, values
/// numbered in catalog order), for timing protoc on the same codes.
fn proto(dir: &Path) -> Result<(), String> {
    let m = model(dir)?;
    let mut s = String::from(
        "syntax = \"proto3\";\npackage errgen.bench;\noption java_multiple_files = true;\n",
    );
    for t in &m.tables {
        let ty: String =
            t.id.split('_')
                .map(|w| w[..1].to_uppercase() + &w[1..])
                .collect();
        let prefix = t.id.to_uppercase();
        let _ = writeln!(s, "\nenum {ty} {{");
        let _ = writeln!(s, "  {prefix}_UNSPECIFIED = 0;");
        let mut seen = std::collections::BTreeSet::new();
        for (i, e) in t.entries.iter().enumerate() {
            let code = e
                .pattern
                .as_ref()
                .map_or(e.code.as_str(), |(p, _)| p.prefix.as_str());
            let mut name: String = format!("{prefix}_{}", code.to_uppercase())
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            while !seen.insert(name.clone()) {
                name.push('_');
            }
            let _ = writeln!(s, "  {name} = {};", i + 1);
        }
        s.push_str("}\n");
    }
    print!("{s}");
    Ok(())
}
