//! Writing translations back into `catalog/l10n/<locale>/<file>.yaml`.
//! serde-saphyr only reads; this module writes the text itself, and touches
//! only the lines of the entries that change: a changed field's line (and
//! the lines of a block scalar it replaces) becomes `field: "<quoted>"`, an
//! entry's `state:` line is added, rewritten or removed, a new entry is
//! appended at the end of the file. Every other byte stays as it was.

use crate::model::TextState;

/// `s` as a YAML double-quoted scalar that reads back as `s`: `\` and `"`
/// escaped, line breaks and tabs as `\n` `\r` `\t`, other control
/// characters, the YAML line breaks U+0085, U+2028, U+2029, the BOM and
/// invisible characters as `\xXX` / `\uXXXX` / `\UXXXXXXXX`.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_control()
                || crate::targets::naming::is_invisible(c)
                || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}') =>
            {
                if (c as u32) <= 0xFFFF {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn state_id(s: TextState) -> &'static str {
    crate::l10n::xliff::state_id(s)
}

/// What to change in one entry.
#[derive(Debug, Clone)]
pub struct EntryEdit {
    /// `code` (tables) or `key` (prompts, kinds).
    pub id_key: &'static str,
    pub id: String,
    /// (field, new text), in the order the fields are written.
    pub fields: Vec<(&'static str, String)>,
    /// The entry's state after the change.
    pub state: TextState,
}

/// Where an entry is in the file: its first line (1-based, the line of its
/// `- `) and the line after its last.
#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Applies `edit` to the entry at `span` of `lines` (the file's lines,
/// without line ends); `file_state` is the file's `state:`.
pub fn edit_entry(lines: &mut Vec<String>, span: Span, edit: &EntryEdit, file_state: TextState) {
    let indent = "    ";
    let mut end = span.end.min(lines.len());
    while end > span.start && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    for (field, text) in &edit.fields {
        let new = format!("{indent}{field}: {}", quote(text));
        let at = (span.start - 1..end).find(|&i| key_of(&lines[i]) == Some(field));
        match at {
            Some(i) => {
                let mut j = i + 1;
                while j < end && continues(&lines[j]) {
                    j += 1;
                }
                lines.splice(i..j, [new]);
                end -= j - i - 1;
            }
            None => {
                // After the fields that come before it (code/key, message, solution).
                let order = ["code", "key", "message", "solution", "template", "text"];
                let rank = order.iter().position(|f| f == field).unwrap_or(9);
                let mut at = span.start; // after the first line
                for i in span.start..end {
                    let k = key_of(&lines[i]);
                    if k.is_some_and(|k| {
                        order.iter().position(|f| *f == k).is_some_and(|r| r < rank)
                    }) {
                        at = i + 1;
                        while at < end && continues(&lines[at]) {
                            at += 1;
                        }
                    }
                }
                lines.insert(at, new);
                end += 1;
            }
        }
    }
    let state_at = (span.start - 1..end).find(|&i| key_of(&lines[i]) == Some("state"));
    let want =
        (edit.state != file_state).then(|| format!("{indent}state: {}", state_id(edit.state)));
    match (state_at, want) {
        (Some(i), Some(w)) => lines[i] = w,
        (Some(i), None) => {
            lines.remove(i);
        }
        (None, Some(w)) => lines.insert(end, w),
        (None, None) => {}
    }
}

/// The lines of a new entry.
pub fn new_entry(edit: &EntryEdit, file_state: TextState) -> Vec<String> {
    let mut v = vec![format!("  - {}: {}", edit.id_key, quote(&edit.id))];
    for (f, t) in &edit.fields {
        v.push(format!("    {f}: {}", quote(t)));
    }
    if edit.state != file_state {
        v.push(format!("    state: {}", state_id(edit.state)));
    }
    v
}

/// The key of an entry's field line (`    message: ...` -> `message`);
/// the first line of an entry (`  - code: ...`) gives its key too.
fn key_of(line: &str) -> Option<&str> {
    let t = line
        .trim_start()
        .strip_prefix("- ")
        .unwrap_or(line.trim_start());
    let (k, _) = t.split_once(':')?;
    (!k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')).then_some(k)
}

/// Whether `line` continues the value above it (a block scalar's line, or
/// a blank line inside it): indented deeper than a field.
fn continues(line: &str) -> bool {
    line.trim().is_empty() || line.starts_with("      ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_reads_back() {
        let hostile = [
            "plain",
            "",
            "it's \"quoted\" \\ back",
            "line\nbreak\r\ttab",
            "#comment: not {a} [b] & *c !d %e @f `g` |h >i",
            " leading and trailing ",
            "\u{7}\u{0}\u{1b}\u{7f}\u{85}\u{2028}\u{2029}\u{feff}\u{202e}",
            "yes",
            "null",
            "~",
            "0x1F",
            "- item",
            "คำขอไม่ถูกต้อง 😀",
        ];
        for h in hostile {
            let doc = format!("v: {}\n", quote(h));
            #[derive(serde::Deserialize)]
            struct V {
                v: String,
            }
            let back: V = crate::yaml::parse(std::path::Path::new("t.yaml"), &doc)
                .unwrap_or_else(|e| panic!("{h:?}: {e}"));
            assert_eq!(back.v, h, "{doc}");
        }
    }
}

#[cfg(test)]
mod edit_tests {
    use super::*;
    use crate::load::RawL10n;

    const ZH: &str = "locale: zh\nstate: vendor\nentries:\n  - code: \"222304\"\n    message: 图片尺寸太大\n    solution: 请确保图片尺寸在1920x1080以下\n    state: draft\n  - code: WEAK\n    message: >-\n      光线\n      太暗\n    solution: 请移到亮处\n  - code: ONLY\n    message: 只有消息\n";

    fn lines() -> Vec<String> {
        ZH.lines().map(String::from).collect()
    }

    fn read(lines: &[String]) -> RawL10n {
        let text = lines.join("\n") + "\n";
        crate::yaml::parse(std::path::Path::new("t.yaml"), &text)
            .unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    fn edit(fields: Vec<(&'static str, String)>, state: TextState) -> EntryEdit {
        EntryEdit {
            id_key: "code",
            id: String::new(),
            fields,
            state,
        }
    }

    #[test]
    fn a_changed_message_changes_one_line_and_the_state_line_follows() {
        let mut l = lines();
        let e = edit(vec![("message", "图片\"太大\"".into())], TextState::Vendor);
        edit_entry(&mut l, Span { start: 4, end: 7 }, &e, TextState::Vendor);
        let mut want = lines();
        want[4] = "    message: \"图片\\\"太大\\\"\"".into();
        want.remove(6); // state: draft equals the file's state no more
        assert_eq!(l, want);
        let r = read(&l);
        assert_eq!(
            r.entries[0].value.message.as_ref().unwrap().value,
            "图片\"太大\""
        );
        assert!(r.entries[0].value.state.is_none());
    }

    #[test]
    fn a_block_scalar_is_replaced_whole_and_a_state_added() {
        let mut l = lines();
        let e = edit(vec![("message", "光线太暗".into())], TextState::Reviewed);
        edit_entry(&mut l, Span { start: 8, end: 12 }, &e, TextState::Vendor);
        let r = read(&l);
        let w = &r.entries[1].value;
        assert_eq!(w.message.as_ref().unwrap().value, "光线太暗");
        assert_eq!(w.solution.as_ref().unwrap().value, "请移到亮处");
        assert_eq!(w.state.as_ref().unwrap().value, TextState::Reviewed);
        assert_eq!(l.len(), lines().len() - 1); // three lines become one, a state line is added
        assert_eq!(l[..7], lines()[..7]);
    }

    #[test]
    fn a_missing_solution_is_inserted_after_the_message() {
        let mut l = lines();
        let e = edit(vec![("solution", "新的".into())], TextState::Draft);
        edit_entry(&mut l, Span { start: 13, end: 14 }, &e, TextState::Vendor);
        assert_eq!(
            l[12..],
            [
                "  - code: ONLY",
                "    message: 只有消息",
                "    solution: \"新的\"",
                "    state: draft"
            ]
        );
        let r = read(&l);
        assert_eq!(r.entries[2].value.solution.as_ref().unwrap().value, "新的");
    }

    #[test]
    fn a_new_entry_reads_back() {
        let mut l = lines();
        let e = EntryEdit {
            id_key: "code",
            id: "a/b: \"c\"".into(),
            fields: vec![("message", "x\ny".into()), ("solution", "#z".into())],
            state: TextState::Draft,
        };
        l.extend(new_entry(&e, TextState::Vendor));
        let r = read(&l);
        let n = &r.entries[3].value;
        assert_eq!(n.code.as_ref().unwrap().value, "a/b: \"c\"");
        assert_eq!(n.message.as_ref().unwrap().value, "x\ny");
        assert_eq!(n.solution.as_ref().unwrap().value, "#z");
        assert_eq!(n.state.as_ref().unwrap().value, TextState::Draft);
    }
}
