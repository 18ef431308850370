//! The files every package has besides its code: README.md, CHANGELOG.md
//! (from the API lock's history), LICENSE (the catalog's license text) and
//! the file holding the catalog version constant. Each is its own template.

use super::view::PackageView;
use super::{GenFile, GenResult, render};
use askama::Template;
use std::path::PathBuf;

/// The files [`files`] writes at the package's root (claim them in the registry).
pub const OWN: [&str; 3] = ["README.md", "CHANGELOG.md", "LICENSE"];

#[derive(Template)]
#[template(path = "common/CHANGELOG.md", escape = "none")]
struct Changelog<'a> {
    p: &'a PackageView,
    header: String,
}

#[derive(Template)]
#[template(path = "rust/README.md", escape = "none")]
struct RustReadme<'a> {
    p: &'a PackageView,
    header: String,
}

#[derive(Template)]
#[template(path = "kotlin/README.md", escape = "none")]
struct KotlinReadme<'a> {
    p: &'a PackageView,
    header: String,
}

#[derive(Template)]
#[template(path = "swift/README.md", escape = "none")]
struct SwiftReadme<'a> {
    p: &'a PackageView,
    header: String,
}

#[derive(Template)]
#[template(path = "dart/README.md", escape = "none")]
struct DartReadme<'a> {
    p: &'a PackageView,
    header: String,
}

#[derive(Template)]
#[template(path = "typescript/README.md", escape = "none")]
struct TypeScriptReadme<'a> {
    p: &'a PackageView,
    header: String,
    sample: Option<super::typescript::ReadmeSample<'a>>,
}

#[derive(Template)]
#[template(path = "kotlin/CatalogVersion.kt", escape = "none")]
pub struct KotlinVersion<'a> {
    pub p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "swift/CatalogVersion.swift", escape = "none")]
pub struct SwiftVersion<'a> {
    pub p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "typescript/version.ts", escape = "none")]
pub struct TypeScriptVersion<'a> {
    pub p: &'a PackageView,
}

#[derive(Template)]
#[template(path = "dart/version.dart", escape = "none")]
pub struct DartVersion<'a> {
    pub p: &'a PackageView,
}

/// README.md, CHANGELOG.md and (when the catalog has a license text) LICENSE
/// of the package of `lang`.
pub fn files(p: &PackageView, lang: &str) -> GenResult {
    // An HTML comment ends at `--`-free text.
    let header = p.header.replace("--", "- -");
    let h = || header.clone();
    let readme = match lang {
        "rust" => render(&RustReadme { p, header: h() }, "README.md"),
        "kotlin" => render(&KotlinReadme { p, header: h() }, "README.md"),
        "swift" => render(&SwiftReadme { p, header: h() }, "README.md"),
        "typescript" => {
            let sample = super::typescript::readme_sample(p);
            render(
                &TypeScriptReadme {
                    p,
                    header: h(),
                    sample,
                },
                "README.md",
            )
        }
        _ => render(&DartReadme { p, header: h() }, "README.md"),
    }?;
    let mut out = vec![
        readme,
        render(&Changelog { p, header: h() }, "CHANGELOG.md")?,
    ];
    if let Some(text) = &p.release.license_text {
        out.push(GenFile {
            path: PathBuf::from("LICENSE"),
            content: text.clone(),
        });
    }
    Ok(out)
}
