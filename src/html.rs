//! The HTML view: a standalone page showing what was found in one or more documents.
//!
//! Each document is shown right-to-left with every top-level mention highlighted by kind —
//! distinct colours and, for readers who cannot tell them apart, distinct underline styles
//! (country solid, official double, armed group wavy) — with a tooltip on hover or keyboard
//! focus (every mention is focusable; pure CSS, no script) giving the record: Arabic and
//! English name, id, form and resolution, an official's offices and terms, a role's office and
//! holder (on the document date), a group's category and countries. Beside the text, the
//! document's [`Profile`] as a ranked list with bars (direct and credited score apart). A page
//! of several documents has one section per document and a table of contents.
//!
//! Invariants: the page loads nothing (a Content-Security-Policy forbids every external
//! resource and every script) and everything that comes from the text, the file names or the
//! gazetteers is escaped: `& < > " '` as entities, and the bidi embedding, override and isolate
//! controls (U+202A–U+202E, U+2066–U+2069) neutralised — in text as a numeric reference alone
//! in an isolating, visibly labelled element, so they cannot reorder anything around them; in
//! attributes replaced by their `U+XXXX` label. Mentions that overlap an earlier one, are
//! nested, or do not fit the text are not highlighted (their text is still shown).
//!
//! ```
//! let text = "قالت طهران إن دمشق شريك";
//! let ex = alam::Extractor::default_ref();
//! let entities = ex.extract(text);
//! let profile = alam::document_profile(text, &entities, ex.gazetteer());
//! let page = alam::html::page("one document", &[alam::html::Section::new("news.txt", text, &entities, &profile, None)]);
//! std::fs::write(std::env::temp_dir().join("alam-doc-view.html"), &page).unwrap();
//! assert!(page.contains("Content-Security-Policy"));
//! ```

use std::fmt::Write as _;

use crate::entity::Entity;
use crate::gazetteer::{Date, Official, Record};
use crate::profile::{Profile, ProfileEntry};

/// The stylesheet of every page: no external resource, an Arabic-capable system font stack.
const STYLE: &str = include_str!("html.css");

/// How many terms of office a tooltip lists (the latest first).
const MAX_TERMS: usize = 4;

/// One document rendered for a [`page`]: its highlighted text and profile.
///
/// ```
/// let text = "قالت طهران إن دمشق شريك";
/// let ex = alam::Extractor::default_ref();
/// let options = alam::Options::default();
/// let entities = ex.extract_with(text, &options);
/// let profile = ex.profile(text, &options);
/// let section = alam::html::Section::new("خبر", text, &entities, &profile, None);
/// let html = alam::html::page("alam", &[section]);
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert_eq!(html.matches("<mark ").count(), 2);
/// assert!(html.contains(r#"data-kind="country" data-id="IR" data-form="capital">طهران<"#));
/// ```
#[derive(Debug, Clone)]
pub struct Section {
    /// The escaped title.
    title: String,
    /// The escaped names of the top three entities, for the table of contents.
    top: String,
    /// The text and profile columns.
    body: String,
}

impl Section {
    /// Renders one document: `title` names it (a file name, a line number), `entities` are
    /// the extraction of `text` (top-level mentions are highlighted, nested ones skipped),
    /// `profile` its profile, and `date` the document date used for the roles' holders.
    ///
    /// ```
    /// let text = "زار الوفد دمشق";
    /// let ex = alam::Extractor::default_ref();
    /// let entities = ex.extract(text);
    /// let profile = alam::document_profile(text, &entities, ex.gazetteer());
    /// let section = alam::html::Section::new("news.txt", text, &entities, &profile, None);
    /// assert!(alam::html::page("news", &[section]).contains(">دمشق<"));
    /// ```
    pub fn new(
        title: &str,
        text: &str,
        entities: &[Entity<'_>],
        profile: &Profile<'_>,
        date: Option<Date>,
    ) -> Section {
        let mut body = String::with_capacity(text.len() * 2 + 4096);
        body.push_str("<div class=\"cols\"><div class=\"text\" lang=\"ar\" dir=\"rtl\">");
        marked_text(&mut body, text, entities, date);
        body.push_str("</div>");
        profile_list(&mut body, profile);
        body.push_str("</div>");
        let mut top = String::new();
        for (i, e) in profile.entities.iter().take(3).enumerate() {
            if i > 0 {
                top.push_str(" · ");
            }
            escape(&mut top, e.name_ar, Context::Text);
        }
        let mut escaped_title = String::new();
        escape(&mut escaped_title, title, Context::Text);
        Section {
            title: escaped_title,
            top,
            body,
        }
    }
}

/// A standalone page of one or more rendered documents (with a table of contents when there
/// are several).
///
/// ```
/// let ex = alam::Extractor::default_ref();
/// let options = alam::Options::default();
/// let sections: Vec<alam::html::Section> = ["زار وفد طهران", "قصفت طائرات مواقع داعش"]
///     .iter()
///     .enumerate()
///     .map(|(i, text)| {
///         let entities = ex.extract_with(text, &options);
///         let profile = ex.profile(text, &options);
///         alam::html::Section::new(&format!("line {}", i + 1), text, &entities, &profile, None)
///     })
///     .collect();
/// let html = alam::html::page("news.txt", &sections);
/// assert!(html.contains(r##"<a href="#doc-2" dir="auto">line 2</a>"##));
/// assert!(html.contains(r#"data-kind="armed_group" data-id="islamic-state""#));
/// ```
pub fn page(title: &str, sections: &[Section]) -> String {
    let size: usize = sections.iter().map(|s| s.body.len() + 256).sum();
    let mut out = String::with_capacity(STYLE.len() + size + 4096);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    escape(&mut out, title, Context::Attribute);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header><h1 dir=\"auto\">");
    escape(&mut out, title, Context::Text);
    out.push_str("</h1>\n");
    legend(&mut out);
    out.push_str("</header>\n");
    let several = sections.len() > 1;
    if several {
        out.push_str(
            "<nav class=\"toc\" aria-label=\"documents\"><h2>المحتويات · Contents</h2><ol>",
        );
        for (i, s) in sections.iter().enumerate() {
            let _ = write!(
                out,
                "<li><a href=\"#doc-{}\" dir=\"auto\">{}</a>",
                i + 1,
                s.title
            );
            if !s.top.is_empty() {
                let _ = write!(out, " <span class=\"top\">{}</span>", s.top);
            }
            out.push_str("</li>");
        }
        out.push_str("</ol></nav>\n");
    }
    out.push_str("<main>\n");
    for (i, s) in sections.iter().enumerate() {
        let _ = write!(out, "<section class=\"doc\" id=\"doc-{}\">", i + 1);
        if several {
            let _ = write!(out, "<h2 dir=\"auto\">{}</h2>", s.title);
        }
        out.push_str(&s.body);
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The legend: one sample per kind, and the two parts of a bar.
fn legend(out: &mut String) {
    out.push_str("<ul class=\"legend\">");
    for (kind, ar, en, line) in [
        ("country", "دولة", "country", "solid"),
        ("official", "مسؤول", "official", "double"),
        ("armed_group", "جماعة مسلحة", "armed group", "wavy"),
    ] {
        let _ = write!(
            out,
            "<li><span class=\"sw k-{kind}\">{ar}</span> <span dir=\"ltr\">{en} \
             ({line} underline)</span></li>"
        );
    }
    out.push_str(
        "<li><span class=\"bar\"><span class=\"d\" style=\"width:60%\"></span>\
         <span class=\"c\" style=\"width:40%\"></span></span> <span dir=\"ltr\">salience: \
         direct mentions, then credit from officials and groups</span></li></ul>\n",
    );
}

/// The text with every top-level mention highlighted.
fn marked_text(out: &mut String, text: &str, entities: &[Entity<'_>], date: Option<Date>) {
    let mut pos = 0;
    for e in entities.iter().filter(|e| e.parent.is_none()) {
        let (start, end) = (e.span.start, e.span.end);
        let (Some(before), Some(mention)) = (text.get(pos..start), text.get(start..end)) else {
            continue;
        };
        if mention.is_empty() {
            continue;
        }
        escape(out, before, Context::Text);
        mark(out, mention, e, date);
        pos = end;
    }
    escape(out, text.get(pos..).unwrap_or(""), Context::Text);
}

/// One highlighted mention with its tooltip.
fn mark(out: &mut String, mention: &str, e: &Entity<'_>, date: Option<Date>) {
    let kind = e.kind().as_str();
    let id = match (e.record, &e.role) {
        (Some(r @ Record::Official(_)), _) => r.id(),
        (_, Some(_)) | (None, None) => "",
        (Some(r), None) => r.id(),
    };
    let _ = write!(
        out,
        "<mark class=\"m k-{kind}\" tabindex=\"0\" data-kind=\"{kind}\" data-id=\""
    );
    escape(out, id, Context::Attribute);
    out.push_str("\" data-form=\"");
    escape(out, e.form.as_str(), Context::Attribute);
    out.push_str("\">");
    escape(out, mention, Context::Text);
    out.push_str("<span class=\"tip\" role=\"tooltip\">");
    tooltip(out, e, date);
    out.push_str("</span></mark>");
}

/// The tooltip's lines.
fn tooltip(out: &mut String, e: &Entity<'_>, date: Option<Date>) {
    let name_ar = e.name_ar();
    if !name_ar.is_empty() {
        line(out, "ar", name_ar);
        line(out, "en", e.name_en());
    }
    let id = match e.record {
        Some(r) if e.role.is_none() || matches!(r, Record::Official(_)) => r.id(),
        _ => "",
    };
    let mut meta = format!("{} · {}", e.kind(), if id.is_empty() { "?" } else { id });
    let _ = write!(
        meta,
        " · form {} · resolution {}",
        e.form.as_str(),
        e.resolution.as_str()
    );
    line(out, "meta", &meta);
    if let Some(role) = &e.role {
        role_lines(out, e, role, date);
    }
    match e.record {
        Some(Record::Official(o)) => terms(out, o, date),
        Some(Record::Country(c)) if e.role.is_none() => {
            if let Some(capital) = &c.capital_en {
                line(out, "en", &format!("capital: {capital}"));
            }
        }
        Some(Record::ArmedGroup(g)) => {
            let mut s = format!("{}", g.category);
            if !g.countries.is_empty() {
                let _ = write!(s, " · {}", g.countries.join(", "));
            }
            if let Some(parent) = &g.parent {
                let _ = write!(s, " · part of {parent}");
            }
            line(out, "en", &s);
        }
        _ => {}
    }
}

/// A role mention's office and holder.
fn role_lines(out: &mut String, e: &Entity<'_>, role: &crate::RoleMention<'_>, date: Option<Date>) {
    let mut office = format!("office: {}", role.role);
    if let Some(org) = role.org.or(role.country) {
        let _ = write!(office, " of {org}");
    }
    if let (Some(org), Some(country)) = (role.org, role.country) {
        if org != country {
            let _ = write!(office, " to {country}");
        }
    }
    line(out, "en", &office);
    let on = date.map(|d| format!(" on {d}")).unwrap_or_default();
    let holder = match e.record {
        Some(Record::Official(o)) => format!("holder{on}: {}", o.name_en),
        _ if date.is_none() => "holder: unknown (no document date)".to_owned(),
        _ => format!("holder{on}: unknown"),
    };
    line(out, "en", &holder);
    if role.mismatch {
        line(out, "warn", "the person named did not hold this office");
    }
}

/// An official's terms of office, latest first; those held on `date` marked.
fn terms(out: &mut String, o: &Official, date: Option<Date>) {
    let count = o.offices.len();
    for office in o.offices.iter().rev().take(MAX_TERMS) {
        let mut s = format!("{}", office.role);
        if let Some(org) = &office.org {
            let _ = write!(s, " of {org}");
        }
        if let Some(about) = &office.about {
            let _ = write!(s, " to {about}");
        }
        let end = office.end.map(|d| d.to_string()).unwrap_or_default();
        let _ = write!(s, ", {} – {end}", office.start);
        let held = date.is_some_and(|d| office.holds_on(d));
        line(out, if held { "held" } else { "en" }, &s);
    }
    if count > MAX_TERMS {
        line(
            out,
            "en",
            &format!("and {} earlier terms", count - MAX_TERMS),
        );
    }
}

/// One tooltip line of a class: `ar` is right-to-left Arabic, the others left-to-right.
fn line(out: &mut String, class: &str, content: &str) {
    let (lang, dir) = if class == "ar" {
        ("ar", "rtl")
    } else {
        ("en", "ltr")
    };
    let _ = write!(
        out,
        "<span class=\"l {class}\" lang=\"{lang}\" dir=\"{dir}\">"
    );
    escape(out, content, Context::Text);
    out.push_str("</span>");
}

/// The profile as a ranked list with bars.
fn profile_list(out: &mut String, profile: &Profile<'_>) {
    out.push_str(
        "<aside class=\"profile\" aria-label=\"profile\"><h3>عمّ يتحدث النص · Profile</h3>",
    );
    if profile.is_empty() {
        out.push_str("<p class=\"none\" dir=\"ltr\">no entity</p></aside>");
        return;
    }
    out.push_str("<ol class=\"rank\">");
    for e in &profile.entities {
        profile_item(out, e);
    }
    out.push_str("</ol></aside>");
}

/// One ranked entity: names, bar, salience and the counts behind it.
fn profile_item(out: &mut String, e: &ProfileEntry<'_>) {
    let kind = e.kind.as_str();
    let total = e.score + e.credited_score;
    let direct = if total > 0.0 {
        e.salience * e.score / total
    } else {
        0.0
    };
    let _ = write!(
        out,
        "<li class=\"k-{kind}\" data-kind=\"{kind}\" data-id=\""
    );
    escape(out, e.id, Context::Attribute);
    out.push_str("\"><span class=\"nm\"><span lang=\"ar\">");
    escape(out, e.name_ar, Context::Text);
    out.push_str("</span> <span class=\"en\" lang=\"en\" dir=\"ltr\">");
    escape(out, e.name_en, Context::Text);
    let _ = write!(
        out,
        "</span></span><span class=\"bar\"><span class=\"d\" style=\"width:{:.1}%\"></span>\
         <span class=\"c\" style=\"width:{:.1}%\"></span></span><span class=\"num\">{:.2}</span>",
        direct * 100.0,
        (e.salience - direct).max(0.0) * 100.0,
        e.salience
    );
    let mut counts = format!(
        "{} mention{}",
        e.mentions,
        if e.mentions == 1 { "" } else { "s" }
    );
    for (n, what) in [
        (e.lead_mentions, "in lead"),
        (e.actor_mentions, "actor"),
        (e.role_mentions, "by title"),
        (e.credited_mentions, "credited"),
    ] {
        if n > 0 {
            let _ = write!(counts, " · {n} {what}");
        }
    }
    out.push_str("<span class=\"sub\" dir=\"ltr\">");
    escape(out, &counts, Context::Text);
    out.push_str("</span></li>");
}

/// Where escaped text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// Element content.
    Text,
    /// An attribute value in double quotes, or the `<title>`.
    Attribute,
}

/// Whether `c` is a bidi embedding, override or isolate control.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Appends `s` escaped for `context` (see the module invariants).
fn escape(out: &mut String, s: &str, context: Context) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_bidi_control(c) && context == Context::Text => {
                let code = u32::from(c);
                let _ = write!(
                    out,
                    "<span class=\"ctl\" title=\"U+{code:04X}\">&#x{code:04X};</span>"
                );
            }
            c if is_bidi_control(c) => {
                let _ = write!(out, "U+{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extractor, Options};

    /// One tag or text node of a page, as a browser's tokenizer would see it.
    #[derive(Debug, PartialEq)]
    enum Node {
        Open(String, Vec<(String, String)>),
        Close(String),
        Text(String),
    }

    /// The embedding, override and isolate controls, listed independently of the code.
    const BIDI_CONTROLS: [char; 9] = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];

    const ELEMENTS: &[&str] = &[
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "ul", "ol",
        "li", "span", "nav", "a", "main", "section", "div", "mark", "aside", "p",
    ];
    const VOID: &[&str] = &["meta"];
    const ATTRIBUTES: &[&str] = &[
        "lang",
        "dir",
        "charset",
        "http-equiv",
        "content",
        "name",
        "class",
        "style",
        "aria-label",
        "href",
        "id",
        "tabindex",
        "data-kind",
        "data-id",
        "data-form",
        "role",
        "title",
    ];

    /// Tokenizes a page the way an HTML parser would, failing on anything but double-quoted
    /// attributes of known names on known elements; `<style>` content is one text node.
    fn tokenize(html: &str) -> Vec<Node> {
        let body = html.strip_prefix("<!DOCTYPE html>\n").expect("doctype");
        let mut nodes = Vec::new();
        let mut rest = body;
        while !rest.is_empty() {
            if let Some(tag) = rest.strip_prefix('<') {
                let end = tag.find('>').expect("a tag ends");
                let inner = &tag[..end];
                rest = &tag[end + 1..];
                if let Some(name) = inner.strip_prefix('/') {
                    nodes.push(Node::Close(name.to_owned()));
                    continue;
                }
                let (name, mut attrs) = inner.split_once(' ').unwrap_or((inner, ""));
                assert!(ELEMENTS.contains(&name), "unexpected element <{name}>");
                let mut parsed = Vec::new();
                while !attrs.is_empty() {
                    let (key, after) = attrs.split_once("=\"").expect("key=\"value\"");
                    let (value, after) = after.split_once('"').expect("closing quote");
                    assert!(ATTRIBUTES.contains(&key), "unexpected attribute {key}");
                    assert!(!value.contains('<'), "{value}");
                    parsed.push((key.to_owned(), value.to_owned()));
                    attrs = after.trim_start();
                }
                let is_style = name == "style";
                nodes.push(Node::Open(name.to_owned(), parsed));
                if is_style {
                    let end = rest.find("</style>").expect("style ends");
                    nodes.push(Node::Text(rest[..end].to_owned()));
                    rest = &rest[end..];
                }
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                assert!(!rest[..end].contains('>'), "a bare > in {:?}", &rest[..end]);
                nodes.push(Node::Text(rest[..end].to_owned()));
                rest = &rest[end..];
            }
        }
        nodes
    }

    fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
        attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find('&') {
            out.push_str(&rest[..i]);
            let end = rest[i..].find(';').expect("an entity ends") + i;
            let c = match &rest[i + 1..end] {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "#39" => '\'',
                hex => {
                    let code = hex.strip_prefix("#x").expect("a hex reference");
                    char::from_u32(u32::from_str_radix(code, 16).expect("hex")).expect("char")
                }
            };
            out.push(c);
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out
    }

    /// One `.text` block as shown: its text and its marks as (kind, id, mention).
    type Shown = (String, Vec<(String, String, String)>);

    /// What the page shows, checked for balanced markup: per `.text` block, the text as a
    /// browser shows it (tooltips left out) and the marks as (kind, id, mention).
    /// The marks of one shown document as (kind, id, text).
    fn marks_of(doc: &Shown) -> Vec<(&str, &str, &str)> {
        doc.1
            .iter()
            .map(|(k, i, t)| (k.as_str(), i.as_str(), t.as_str()))
            .collect()
    }

    fn shown(html: &str) -> Vec<Shown> {
        let mut stack: Vec<(String, String)> = Vec::new();
        let mut docs = Vec::new();
        for node in tokenize(html) {
            match node {
                Node::Open(name, attrs) => {
                    let class = attr(&attrs, "class").unwrap_or("").to_owned();
                    if class == "text" {
                        docs.push((String::new(), Vec::new()));
                    }
                    if name == "mark" {
                        let doc = docs.last_mut().expect("a mark inside a text");
                        let kind = attr(&attrs, "data-kind").expect("kind").to_owned();
                        assert_eq!(class, format!("m k-{kind}"));
                        let id = attr(&attrs, "data-id").expect("id").to_owned();
                        doc.1.push((kind, id, String::new()));
                    }
                    if !VOID.contains(&name.as_str()) {
                        stack.push((name, class));
                    }
                }
                Node::Close(name) => {
                    let (open, _) = stack.pop().expect("a closing tag closes an open one");
                    assert_eq!(open, name, "</{name}> closes <{open}>");
                }
                Node::Text(t) => {
                    let in_text = stack.iter().any(|(_, c)| c == "text");
                    let in_tip = stack.iter().any(|(_, c)| c == "tip");
                    if in_text && !in_tip {
                        let t = unescape(&t);
                        let doc = docs.last_mut().expect("text");
                        doc.0.push_str(&t);
                        if stack.iter().any(|(n, _)| n == "mark") {
                            if let Some(m) = doc.1.last_mut() {
                                m.2.push_str(&t);
                            }
                        }
                    }
                }
            }
        }
        assert!(stack.is_empty(), "unclosed {stack:?}");
        docs
    }

    fn render(ex: &Extractor, text: &str, date: Option<Date>) -> String {
        let mut options = Options::default();
        if let Some(d) = date {
            options = options.with_date(d);
        }
        let entities = ex.extract_with(text, &options);
        let profile = ex.profile(text, &options);
        page(
            "عنوان",
            &[Section::new("خبر", text, &entities, &profile, date)],
        )
    }

    #[test]
    fn nothing_from_the_text_or_the_gazetteer_becomes_markup() {
        // A user gazetteer whose English names carry markup, quotes and an override.
        let countries = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n\
                         XA\t\tأرض الأحلام\t<img src=x onerror=alert(1)> & \"'\u{202E}\t\t\
                         </div><script>\tunrecognised\tcurated\n";
        let ex = Extractor::builder()
            .add_source("hostile.tsv", countries)
            .build()
            .expect("a valid gazetteer");
        let text = "قالت طهران <script>alert(\"x\")</script> & '</div>' \u{202E}دمشق\u{202C} \
                    </span></mark> \u{2066}أرض الأحلام\u{2069} \"&amp;\" <!-- -->";
        let html = render(&ex, text, None);
        for raw in ["<script", "<img", "</div>'", "<!--"] {
            assert!(!html.contains(raw), "{raw} in the output");
        }
        assert!(
            !html.chars().any(|c| BIDI_CONTROLS.contains(&c)),
            "a raw bidi control"
        );
        assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;"));
        assert!(html.contains("<span class=\"ctl\" title=\"U+202E\">&#x202E;</span>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;&#39;"));
        let docs = shown(&html);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].0, text, "the text is shown exactly");
        let marks = marks_of(&docs[0]);
        assert_eq!(
            marks,
            [
                ("country", "IR", "طهران"),
                ("country", "SY", "دمشق"),
                ("country", "XA", "أرض الأحلام"),
            ]
        );
    }

    #[test]
    fn every_mention_is_marked_once_with_its_kind_and_tooltip() {
        let text = "وقال وزير الدفاع الإيراني إن قوات سوريا الديمقراطية لم تشارك، \
                    وأضاف حسين دهقان أن تنظيم الدولة الإسلامية خسر مواقعه قرب دمشق.";
        let date: Date = "2016-06-09".parse().expect("date");
        let html = render(Extractor::default_ref(), text, Some(date));
        let docs = shown(&html);
        let marks = marks_of(&docs[0]);
        assert_eq!(
            marks,
            [
                ("official", "hossein-dehghan", "وزير الدفاع الإيراني"),
                ("armed_group", "sdf", "قوات سوريا الديمقراطية"),
                ("official", "hossein-dehghan", "حسين دهقان"),
                ("armed_group", "islamic-state", "تنظيم الدولة الإسلامية"),
                ("country", "SY", "دمشق"),
            ]
        );
        assert_eq!(docs[0].0, text);
        let g = Extractor::default_ref().gazetteer();
        let dehghan = g.official("hossein-dehghan").expect("in the gazetteer");
        let term = &dehghan.offices[0];
        let end = term.end.map(|d| d.to_string()).unwrap_or_default();
        let tip = format!(
            "<span class=\"l held\" lang=\"en\" dir=\"ltr\">defence_minister of IR, {} – {end}</span>",
            term.start
        );
        assert!(html.contains(&tip), "{tip}");
        assert!(html.contains("holder on 2016-06-09: Hossein Dehghan"));
        assert!(html.contains("office: defence_minister of IR"));
        assert!(html.contains("form role · resolution role"));
        // Every mark is focusable, so keyboard users get the tooltip too.
        assert_eq!(html.matches("<mark ").count(), 5);
        assert_eq!(html.matches("tabindex=\"0\"").count(), 5);
    }

    #[test]
    fn several_documents_get_sections_and_a_table_of_contents() {
        let ex = Extractor::default_ref();
        let texts = ["زار وفد طهران", "لا شيء هنا", "قصفت طائرات مواقع داعش"];
        let sections: Vec<Section> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let entities = ex.extract(t);
                let profile = ex.profile(t, &Options::default());
                Section::new(&format!("line {}", i + 1), t, &entities, &profile, None)
            })
            .collect();
        let html = page("news.txt", &sections);
        let docs = shown(&html);
        let shown_texts: Vec<&str> = docs.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(shown_texts, texts);
        for i in 1..=3 {
            assert!(html.contains(&format!("<a href=\"#doc-{i}\" dir=\"auto\">line {i}</a>")));
            assert_eq!(html.matches(&format!("id=\"doc-{i}\"")).count(), 1);
        }
        assert!(html.contains(
            "<a href=\"#doc-1\" dir=\"auto\">line 1</a> <span class=\"top\">إيران</span>"
        ));
        assert!(html.contains("<p class=\"none\" dir=\"ltr\">no entity</p>"));
        // One document: no table of contents.
        assert!(!page("x", &sections[..1]).contains("<nav"));
    }

    /// Text of names, reporting verbs, markup, quotes, entities and bidi controls.
    fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = prop_oneof![
            3 => prop::sample::select(vec![
                "طهران", "سوريا", "الإيراني", "حسين دهقان", "دهقان", "داعش", "وزير الدفاع الإيراني",
                "قال", "وأكدت", "ال", "و", "ل", " ", "\n", "\n\n", ".", "،",
            ]).prop_map(str::to_owned),
            2 => prop::sample::select(vec![
                "<", ">", "&", "\"", "'", "</div>", "<script>", "</mark>", "<!--", "&amp;", "&#x41;",
                "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}",
                "\u{2067}", "\u{2068}", "\u{2069}", "\u{200F}", "\u{0640}", "\u{064E}",
            ]).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_shown_exactly_with_its_mentions_marked(text in hostile_text()) {
            let ex = Extractor::default_ref();
            let html = render(ex, &text, None);
            proptest::prop_assert!(!html.chars().any(|c| BIDI_CONTROLS.contains(&c)));
            let docs = shown(&html);
            proptest::prop_assert_eq!(&docs[0].0, &text);
            let entities = ex.extract(&text);
            proptest::prop_assert_eq!(docs[0].1.len(), entities.len());
            for ((kind, _, mention), e) in docs[0].1.iter().zip(&entities) {
                proptest::prop_assert_eq!(kind.as_str(), e.kind().as_str());
                proptest::prop_assert_eq!(mention.as_str(), e.text(&text));
            }
        }
    }

    #[test]
    fn overlapping_and_foreign_mentions_are_not_marked() {
        let text = "زار وفد طهران ودمشق";
        let mut entities = crate::extract(text);
        assert_eq!(entities.len(), 2);
        let mut overlapping = entities[1].clone();
        overlapping.span.start -= 2;
        let mut outside = entities[1].clone();
        outside.span.end = text.len() + 10;
        entities.extend([overlapping, outside]);
        let profile = crate::Profile {
            length: text.len(),
            entities: Vec::new(),
        };
        let html = page("t", &[Section::new("t", text, &entities, &profile, None)]);
        let docs = shown(&html);
        assert_eq!(docs[0].0, text);
        assert_eq!(docs[0].1.len(), 2);
    }
}
