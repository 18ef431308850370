//! `errgen export --format json`: the resolved catalog for other tools.
//! Keys of objects are sorted; lists keep the catalog's order (tables by id,
//! entries and prompts in source order).

use crate::model::*;
use serde_json::{Map, Value, json};

fn texts(t: &Texts) -> Value {
    Value::Object(
        t.0.iter()
            .map(|(l, x)| (l.clone(), Value::String(x.text.clone())))
            .collect::<Map<_, _>>(),
    )
}

fn code_type(c: CodeType) -> &'static str {
    match c {
        CodeType::Int => "int",
        CodeType::String => "string",
    }
}

fn param_type(t: ParamType) -> &'static str {
    match t {
        ParamType::Int => "int",
        ParamType::String => "string",
    }
}

pub fn actor_str(a: Actor) -> &'static str {
    match a {
        Actor::User => "user",
        Actor::Developer => "developer",
        Actor::Operator => "operator",
        Actor::Vendor => "vendor",
        Actor::None => "none",
    }
}

pub fn platform_str(p: Platform) -> &'static str {
    match p {
        Platform::Both => "both",
        Platform::Ios => "ios",
        Platform::Android => "android",
    }
}

pub fn to_json(m: &Model) -> Value {
    let tables: Vec<Value> = m
        .tables
        .iter()
        .map(|t| {
            let entries: Vec<Value> = t
                .entries
                .iter()
                .map(|e| {
                    json!({
                        "code": e.code,
                        "message": texts(&e.message),
                        "solution": e.solution.as_ref().map(texts),
                        "billed": e.billed,
                        "platform": e.platform.map(platform_str),
                        "aliases": e.self_aliases.iter().chain(&e.aliases).map(|a| a.code.clone()).collect::<Vec<_>>(),
                        "aliases_retired_in": e.self_aliases.iter().chain(&e.aliases).map(|a| a.retired_in.clone()).collect::<Vec<_>>(),
                        "vendor_description": (!e.vendor_description.0.is_empty()).then(|| texts(&e.vendor_description)),
                        "vendor_solution": (!e.vendor_solution.0.is_empty()).then(|| texts(&e.vendor_solution)),
                        "params": e.params.iter().map(|p| json!({"name": p.name, "type": param_type(p.ty), "from_pattern": p.from_pattern})).collect::<Vec<_>>(),
                        "template": e.template.as_ref().map(texts),
                        "pattern": e.pattern.as_ref().map(|(p, _)| p.raw.clone()),
                        "pattern_param": e.pattern.as_ref().map(|(p, t)| json!({"name": p.name, "type": param_type(*t)})),
                        "retired_in": e.retired_in,
                        "vendor_message": e.vendor_message,
                        "note": e.note,
                        "kind": e.kind,
                        "actor": actor_str(e.actor),
                        "retryable": e.retryable,
                        "prompt": e.prompt,
                    })
                })
                .collect();
            json!({
                "id": t.id,
                "vendor": t.vendor,
                "title": t.title,
                "source": t.source.file,
                "source_lines": t.source.lines,
                "code_type": code_type(t.code_type),
                "open": t.open,
                "flags": t.flags.as_ref().map(|f| f.raw.clone()),
                "note": t.note,
                "entries": entries,
            })
        })
        .collect();
    let prompts: Vec<Value> = m
        .prompts
        .iter()
        .map(|p| json!({"key": p.key, "text": texts(&p.text), "vendor_text": p.vendor_text, "note": p.note}))
        .collect();
    json!({
        "locales": m.locales,
        "source_locale": m.source_locale,
        "fallback": m.fallback,
        "vendors": m.vendors.iter().map(|v| json!({"id": v.id, "name": v.name})).collect::<Vec<_>>(),
        "tables": tables,
        "prompts": prompts,
        "kinds": m.kinds.iter().map(|k| json!({"id": k.id, "label": texts(&k.label), "description": k.description})).collect::<Vec<_>>(),
    })
}
