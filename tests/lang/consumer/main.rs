// A consumer of the minimal fixture's Rust package, as an app would write it.
use errgen_codes::{AcmeApi, AcmeSdk, Locale, CATALOG_VERSION};

fn sdk(code: &str) -> &'static str {
    match AcmeSdk::from_code(code) {
        AcmeSdk::NoFace(_) => "no face",
        AcmeSdk::WeakLight => "light",
        _ => "other",
    }
}

fn check(code: &str) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    Err(errgen_codes::decode("acme_api", code).ok_or("no table")?)?
}

fn main() {
    let api = AcmeApi::from_int(-999);
    println!("{} {} {} {CATALOG_VERSION}", sdk("NO_FACE"), api.code(), api.message(Locale::En));
    println!("{:?}", check("-999").err().map(|e| e.to_string()));
}
