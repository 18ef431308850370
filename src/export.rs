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

fn meta(m: Meta) -> Value {
    match m {
        Meta::Bool(b) => Value::Bool(b),
        Meta::Int(i) => Value::from(i),
        Meta::Text(t) | Meta::Id(t) => Value::String(t.to_owned()),
    }
}

/// The catalog spelling of an actor (see [`Actor::id`]).
pub fn actor_str(a: Actor) -> &'static str {
    a.id()
}

/// The catalog spelling of a platform (see [`Platform::id`]).
pub fn platform_str(p: Platform) -> &'static str {
    p.id()
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
                    let mut v = json!({
                        "code": e.code,
                        "message": texts(&e.message),
                        "solution": e.solution.as_ref().map(texts),
                        "aliases": e.self_aliases.iter().chain(&e.aliases).map(|a| a.code.clone()).collect::<Vec<_>>(),
                        "aliases_retired_in": e.self_aliases.iter().chain(&e.aliases).map(|a| a.retired_in.clone()).collect::<Vec<_>>(),
                        "vendor_description": (!e.vendor_description.0.is_empty()).then(|| texts(&e.vendor_description)),
                        "vendor_solution": (!e.vendor_solution.0.is_empty()).then(|| texts(&e.vendor_solution)),
                        "params": e.params.iter().map(|p| json!({"name": p.name, "type": p.ty.id(), "from_pattern": p.from_pattern})).collect::<Vec<_>>(),
                        "template": e.template.as_ref().map(texts),
                        "pattern": e.pattern.as_ref().map(|(p, _)| p.raw.clone()),
                        "pattern_param": e.pattern.as_ref().map(|(p, t)| json!({"name": p.name, "type": t.id()})),
                    });
                    for f in ENTRY_FIELDS {
                        v[f.name] = (f.get)(e).map_or(Value::Null, meta);
                    }
                    v
                })
                .collect();
            json!({
                "id": t.id,
                "vendor": t.vendor,
                "title": t.title,
                "source": t.source.file,
                "source_lines": t.source.lines,
                "code_type": t.code_type.id(),
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
