//! XLIFF 1.2 for translators: [`export`] writes one locale's units, [`read`]
//! reads a translator's file back. One `<file>` per l10n file
//! (`original="l10n/<locale>/<file>.yaml"`), one `<trans-unit>` per text
//! with the stable unit id, the source text, the target with its state, and
//! notes (where the text is shown, who reads it, the kind, the vendor's
//! wording).
//!
//! States: no translation -> `new` (empty target); `vendor` and `draft` ->
//! `needs-review-translation`; `reviewed` -> `final`.
//!
//! A template's parameters are inline placeholders translators cannot
//! break: `<ph id="1" ctype="x-param">{field}</ph>` (the id is the
//! parameter's position in the entry), with a note listing them. CAT tools
//! and translate-toolkit show the `<ph>` as a protected placeable, and
//! tools that read plain text see `{field}`, the catalog's own syntax. On
//! import a `<ph>` reads as its content; it is accepted only in templates.

use crate::diag::{Diagnostic, Loc};
use crate::load::ParamType;
use crate::model::{Param, TextState};
use crate::targets::res::{Piece, pieces};
use crate::units::Unit;
use quick_xml::events::{BytesStart, Event};
use std::path::Path;

/// Text escaped for XML content and attribute values. Line breaks, tabs and
/// carriage returns are written as character references so that no XML
/// reader normalises them; other C0 controls cannot be written in XML 1.0
/// and are refused before (see [`unwritable`]).
pub fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// The first character XML 1.0 cannot hold, if any.
pub fn unwritable(s: &str) -> Option<char> {
    s.chars().find(|&c| {
        (c.is_control() && !matches!(c, '\n' | '\t' | '\r') && (c as u32) < 0x20)
            || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    })
}

/// The XLIFF state of a catalog state (`None`: no translation).
pub fn state_out(state: Option<TextState>) -> &'static str {
    match state {
        Some(TextState::Reviewed) => "final",
        Some(TextState::Vendor | TextState::Draft) => "needs-review-translation",
        None => "new",
    }
}

/// A unit's text as XLIFF content: a template's parameters (`params` not
/// empty) as `<ph>` placeholders, the rest escaped ([`xml_text`]).
pub fn inline_text(text: &str, params: &[Param]) -> String {
    (pieces(text, params).iter())
        .map(|p| match p {
            Piece::Text(t) => xml_text(t),
            Piece::Param(i) => format!(
                "<ph id=\"{}\" ctype=\"x-param\">{{{}}}</ph>",
                i + 1,
                params[*i].name
            ),
        })
        .collect()
}

/// The note that lists a template's parameters.
fn params_note(params: &[Param]) -> String {
    let list: Vec<String> = (params.iter())
        .map(|p| {
            let what = match (p.ty, p.from_pattern) {
                (ParamType::Int, true) => "a number, from the code itself",
                (ParamType::String, true) => "text, from the code itself",
                (ParamType::Int, false) => "a number",
                (ParamType::String, false) => "text",
            };
            format!("{{{}}} ({what})", p.name)
        })
        .collect();
    format!(
        "Parameters: {}; use each placeholder at least once, in the order the language needs, and add no other",
        list.join(", ")
    )
}

/// One locale's units (each with its template's parameters, or none) as
/// XLIFF 1.2; units whose text XML cannot hold are reported instead.
pub fn export(
    units: &[(Unit, Vec<Param>)],
    source: &str,
    locale: &str,
) -> Result<String, Vec<Diagnostic>> {
    let mut errs = Vec::new();
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
    let mut open: Option<&str> = None;
    for (u, params) in units {
        let stem = u.place.file_stem();
        if open != Some(stem) {
            if open.is_some() {
                s.push_str("    </body>\n  </file>\n");
            }
            s.push_str(&format!(
                "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\">\n    <body>\n",
                xml_text(&format!("l10n/{locale}/{stem}.yaml")),
                xml_text(source),
                xml_text(locale)
            ));
            open = Some(stem);
        }
        let src = u.get(source).map(|t| t.0).unwrap_or("");
        let tgt = u.get(locale);
        for t in [Some(src), tgt.map(|t| t.0)].into_iter().flatten() {
            if let Some(c) = unwritable(t) {
                errs.push(Diagnostic::error(
                    u.loc.clone(),
                    format!(
                        "{} holds the control character U+{:04X}, which XLIFF (XML 1.0) cannot hold",
                        u.what, c as u32
                    ),
                ));
            }
        }
        s.push_str(&format!(
            "      <trans-unit id=\"{}\" xml:space=\"preserve\">\n        <source>{}</source>\n",
            xml_text(&u.id),
            inline_text(src, params)
        ));
        let (text, state) = match tgt {
            Some((t, st)) => (t, state_out(st)),
            None => ("", "new"),
        };
        s.push_str(&format!(
            "        <target state=\"{state}\">{}</target>\n",
            inline_text(text, params)
        ));
        let mut notes = u.notes();
        if !params.is_empty() {
            notes.push(params_note(params));
        }
        if let Some((_, Some(st))) = tgt {
            notes.push(format!("Catalog state: {}", state_id(st)));
        }
        for n in notes {
            s.push_str(&format!(
                "        <note from=\"errgen\">{}</note>\n",
                xml_text(&n)
            ));
        }
        s.push_str("      </trans-unit>\n");
    }
    if open.is_some() {
        s.push_str("    </body>\n  </file>\n");
    }
    s.push_str("</xliff>\n");
    if errs.is_empty() { Ok(s) } else { Err(errs) }
}

pub fn state_id(s: TextState) -> &'static str {
    match s {
        TextState::Vendor => "vendor",
        TextState::Draft => "draft",
        TextState::Reviewed => "reviewed",
    }
}

/// One `<trans-unit>` as a translator sent it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XUnit {
    pub id: String,
    pub source: String,
    pub target: Option<String>,
    pub state: Option<String>,
    /// The `target-language` of its `<file>`.
    pub locale: String,
    pub loc: Loc,
    /// Where its `<target>` starts (the unit's start if it has none).
    pub target_loc: Loc,
    /// Where its first `<ph>` placeholder is, if it has one.
    pub ph: Option<Loc>,
}

fn line_of(text: &str, pos: usize) -> u64 {
    text[..pos.min(text.len())].matches('\n').count() as u64 + 1
}

/// The column (in characters, from 1) of byte `pos` of `text`.
fn col_of(text: &str, pos: usize) -> u64 {
    let before = text.get(..pos.min(text.len())).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("");
    line.chars().count() as u64 + 1
}

/// Reads every trans-unit of an XLIFF 1.2 file, a `<ph>` placeholder as its
/// content; other markup inside `<source>` or `<target>` (inline tags) and
/// malformed XML are errors.
pub fn read(path: &Path, text: &str) -> Result<Vec<XUnit>, Vec<Diagnostic>> {
    let mut r = quick_xml::Reader::from_str(text);
    let mut st = ReadState::default();
    loop {
        let pos = r.buffer_position() as usize;
        let loc = Loc::new(path, line_of(text, pos), col_of(text, pos));
        let ev = match r.read_event() {
            Ok(e) => e,
            Err(e) => {
                st.errs
                    .push(Diagnostic::error(loc, format!("not well-formed XML: {e}")));
                break;
            }
        };
        match ev {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => st.start(&e, &r, text, pos, loc),
            Event::End(e) => st.end(e.local_name().as_ref()),
            ev => st.content(ev, loc),
        }
    }
    if st.errs.is_empty() {
        Ok(st.out)
    } else {
        Err(st.errs)
    }
}

/// Where `read` is: the units read, the errors found, the current `<file>`'s
/// locale and trans-unit, and the `source` or `target` being read.
#[derive(Default)]
struct ReadState {
    out: Vec<XUnit>,
    errs: Vec<Diagnostic>,
    locale: String,
    cur: Option<XUnit>,
    field: Option<&'static str>,
    /// Inside a `<ph>` of the source or target.
    in_ph: bool,
    buf: String,
}

impl ReadState {
    /// A start (or empty) tag: `<file>`, `<trans-unit>`, `<source>`,
    /// `<target>`; any tag inside a source or target is an error.
    fn start(
        &mut self,
        e: &BytesStart,
        r: &quick_xml::Reader<&[u8]>,
        text: &str,
        pos: usize,
        loc: Loc,
    ) {
        if let Some(field) = self.field {
            let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
            if name == "ph" && !self.in_ph && !ev_kind(r, text, pos) {
                self.in_ph = true;
                if let Some(c) = self.cur.as_mut() {
                    c.ph.get_or_insert(loc);
                }
                return;
            }
            self.errs.push(Diagnostic::error(
                loc,
                format!("inline markup <{name}> in a {field} is not supported: write plain text"),
            ));
            return;
        }
        let name = e.local_name().as_ref().to_vec();
        let attr = |k: &str| {
            e.attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == k.as_bytes())
                .and_then(|a| {
                    a.decode_and_unescape_value(r.decoder())
                        .ok()
                        .map(|v| v.into_owned())
                })
        };
        match name.as_slice() {
            b"file" => self.locale = attr("target-language").unwrap_or_default(),
            b"trans-unit" => {
                self.cur = Some(XUnit {
                    id: attr("id").unwrap_or_default(),
                    source: String::new(),
                    target: None,
                    state: None,
                    locale: self.locale.clone(),
                    target_loc: loc.clone(),
                    ph: None,
                    loc,
                })
            }
            b"source" | b"target" if self.cur.is_some() => {
                let is_target = name.as_slice() == b"target";
                if let (true, Some(c)) = (is_target, self.cur.as_mut()) {
                    c.state = attr("state");
                    c.target = Some(String::new());
                    c.target_loc = loc;
                }
                self.buf.clear();
                let empty = ev_kind(r, text, pos);
                self.field = (!empty).then_some(if is_target { "target" } else { "source" });
            }
            _ => {}
        }
    }

    /// Text, an entity or CDATA: kept when inside a source or target.
    fn content(&mut self, ev: Event, loc: Loc) {
        if self.field.is_none() {
            return;
        }
        match ev {
            Event::Text(t) => match t.decode() {
                Ok(s) => match quick_xml::escape::unescape(&s) {
                    Ok(s) => self.buf.push_str(&s),
                    Err(e) => self
                        .errs
                        .push(Diagnostic::error(loc, format!("bad entity: {e}"))),
                },
                Err(e) => self
                    .errs
                    .push(Diagnostic::error(loc, format!("bad text: {e}"))),
            },
            Event::GeneralRef(g) => {
                let name = String::from_utf8_lossy(&g).into_owned();
                match quick_xml::escape::unescape(&format!("&{name};")) {
                    Ok(s) => self.buf.push_str(&s),
                    Err(e) => self
                        .errs
                        .push(Diagnostic::error(loc, format!("bad entity: {e}"))),
                }
            }
            Event::CData(t) => self.buf.push_str(&String::from_utf8_lossy(&t)),
            _ => {}
        }
    }

    /// An end tag: a source or target is done, or a trans-unit is.
    fn end(&mut self, name: &[u8]) {
        match name {
            b"ph" if self.in_ph => self.in_ph = false,
            b"source" | b"target" if self.field.is_some() => {
                if let Some(c) = self.cur.as_mut() {
                    if self.field == Some("source") {
                        c.source = std::mem::take(&mut self.buf);
                    } else {
                        c.target = Some(std::mem::take(&mut self.buf));
                    }
                }
                self.field = None;
            }
            b"trans-unit" => self.out.extend(self.cur.take()),
            _ => {}
        }
    }
}

/// Whether the element that starts at `pos` is an empty one (`<target/>`).
fn ev_kind(r: &quick_xml::Reader<&[u8]>, text: &str, pos: usize) -> bool {
    let end = r.buffer_position() as usize;
    text.get(pos..end)
        .is_some_and(|s| s.trim_end().ends_with("/>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(unit: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"x\" source-language=\"en\" target-language=\"th\" datatype=\"plaintext\"><body>\n{unit}\n</body></file></xliff>\n"
        )
    }

    #[test]
    fn reads_units_with_references_and_empty_targets() {
        let x = doc(
            "<trans-unit id=\"prompt/a/text\"><source>a &amp; b&#13;\n&lt;c&gt; &quot;</source><target state=\"final\">ก &#9;ข</target></trans-unit>\n<trans-unit id=\"kind/b/label\"><source>B</source><target state=\"new\"/></trans-unit>",
        );
        let u = read(Path::new("t.xlf"), &x).unwrap();
        assert_eq!(u.len(), 2);
        assert_eq!(u[0].source, "a & b\r\n<c> \"");
        assert_eq!(u[0].target.as_deref(), Some("ก \tข"));
        assert_eq!(u[0].state.as_deref(), Some("final"));
        assert_eq!((u[0].locale.as_str(), u[0].loc.line), ("th", 4));
        assert_eq!(u[1].target.as_deref(), Some(""));
        assert_eq!(u[1].state.as_deref(), Some("new"));
    }

    #[test]
    fn inline_markup_and_broken_xml_are_errors_with_a_line() {
        let x = doc(
            "<trans-unit id=\"p\"><source>a</source><target>b <g id=\"1\">c</g></target></trans-unit>",
        );
        let e = read(Path::new("t.xlf"), &x).unwrap_err();
        assert!(
            e[0].message.contains("inline markup <g>"),
            "{}",
            e[0].message
        );
        assert_eq!(e[0].loc.line, 4);
        let e = read(
            Path::new("t.xlf"),
            &doc("<trans-unit id=\"p\"><source>a</target>"),
        )
        .unwrap_err();
        assert!(e[0].message.contains("not well-formed"), "{}", e[0].message);
    }

    #[test]
    fn a_placeholder_reads_as_its_content_and_is_written_for_parameters() {
        let params = [Param {
            name: "field".into(),
            ty: ParamType::String,
            from_pattern: false,
        }];
        let src = "The <{field}> {other} & {field}";
        let inline = inline_text(src, &params);
        assert_eq!(
            inline,
            "The &lt;<ph id=\"1\" ctype=\"x-param\">{field}</ph>&gt; {other} &amp; <ph id=\"1\" ctype=\"x-param\">{field}</ph>"
        );
        let x = doc(&format!(
            "<trans-unit id=\"p\"><source>{inline}</source>\n<target>a {}</target></trans-unit>",
            inline_text("{field}", &params)
        ));
        let u = &read(Path::new("t.xlf"), &x).unwrap()[0];
        assert_eq!(u.source, src);
        assert_eq!(u.target.as_deref(), Some("a {field}"));
        assert_eq!((u.target_loc.line, u.target_loc.col), (5, 1));
        assert_eq!(u.ph.as_ref().map(|l| (l.line, l.col)), Some((4, 36)));
        // Markup inside a placeholder is still refused.
        let x = doc(
            "<trans-unit id=\"p\"><source>a</source><target><ph id=\"1\"><b/></ph></target></trans-unit>",
        );
        assert!(read(Path::new("t.xlf"), &x).is_err());
    }

    #[test]
    fn xml_text_reads_back() {
        let s = "a&b<c>\"d\"\r\n\te 😀";
        let x = doc(&format!(
            "<trans-unit id=\"p\"><source>{}</source></trans-unit>",
            xml_text(s)
        ));
        assert_eq!(read(Path::new("t.xlf"), &x).unwrap()[0].source, s);
        assert_eq!(unwritable("a\u{7}b"), Some('\u{7}'));
        assert_eq!(unwritable("a\n\t\rb"), None);
    }
}
