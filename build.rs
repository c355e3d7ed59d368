//! Build step for the locales: parse every `locales/<tag>/*.ftl` (one file per domain:
//! `people.ftl`, `diary.ftl`, …), fail the build on syntax errors, duplicate ids, ids
//! missing from a locale or absent from the `nb` reference, ids kept in another file than
//! in `nb`, and variables that differ from `nb`; then generate typed Rust accessors (one
//! method per message) and an index of the sources to embed in the binary.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

const REFERENCE: &str = "nb";

struct Locale {
    tag: String,
    files: Vec<PathBuf>,
    /// id → variables it uses ($name…)
    messages: BTreeMap<String, BTreeSet<String>>,
    /// id → the file (domain) it lives in
    homes: BTreeMap<String, String>,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = root.join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut problems = Vec::new();
    let mut locales = Vec::new();
    let mut tags: Vec<_> = std::fs::read_dir(&dir)
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    tags.sort();
    for tag in tags {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(&tag))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut messages = BTreeMap::new();
        let mut homes = BTreeMap::new();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            let before: BTreeSet<String> = messages.keys().cloned().collect();
            read_file(file, &mut messages, &mut problems);
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            for id in messages.keys().filter(|id| !before.contains(*id)) {
                homes.insert(id.clone(), name.clone());
            }
        }
        locales.push(Locale { tag, files, messages, homes });
    }
    let reference =
        locales.iter().find(|l| l.tag == REFERENCE).unwrap_or_else(|| panic!("locales/{REFERENCE} is the reference locale and must exist"));
    for locale in &locales {
        if locale.tag == REFERENCE {
            continue;
        }
        for (id, vars) in &reference.messages {
            match locale.messages.get(id) {
                None => problems.push(format!("{}: missing message `{id}`", locale.tag)),
                Some(theirs) if !id.starts_with('-') && theirs != vars => {
                    problems.push(format!("{}: `{id}` uses variables {:?}, but nb uses {:?}", locale.tag, theirs, vars))
                }
                _ => {}
            }
            if let (Some(ours), Some(theirs)) = (reference.homes.get(id), locale.homes.get(id)) {
                if ours != theirs {
                    problems.push(format!("{}: `{id}` is in {theirs}, but nb keeps it in {ours}", locale.tag));
                }
            }
        }
        for id in locale.messages.keys() {
            if !reference.messages.contains_key(id) {
                problems.push(format!("{}: `{id}` is not in nb", locale.tag));
            }
        }
    }
    if !problems.is_empty() {
        panic!("\nlocale check failed:\n  {}\n", problems.join("\n  "));
    }

    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("ftl_sources.rs"), sources_index(&locales)).unwrap();
    std::fs::write(out.join("messages.rs"), rust_accessors(&reference.messages)).unwrap();
    std::fs::write(out.join("speech_clips.rs"), speech_clips(&root.join("assets/speech"))).unwrap();
    let tags: Vec<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
    std::fs::write(out.join("word_pack_sources.rs"), content_pack(&root.join("assets/words"), &tags, "WORD")).unwrap();
    std::fs::write(out.join("recipe_pack_sources.rs"), content_pack(&root.join("assets/recipes"), &tags, "RECIPE")).unwrap();
    let mut fridge = content_pack(&root.join("assets/fridge"), &tags, "FRIDGE");
    fridge.push_str(&picture_looks(&[root.join("assets/words/pictures/SOURCES.json"), root.join("assets/recipes/pictures/SOURCES.json")]));
    std::fs::write(out.join("fridge_pack_sources.rs"), fridge).unwrap();
    std::fs::write(out.join("competence_pack_sources.rs"), content_pack(&root.join("assets/competence"), &tags, "COMPETENCE")).unwrap();
    let mut pictures = pictures(&root.join("assets/recipes/pictures"), "RECIPE_PICTURES");
    pictures.push_str(&self::pictures(&root.join("assets/recipes/allergens"), "ALLERGEN_PICTURES"));
    pictures.push_str(&self::pictures(&root.join("assets/pictures"), "UI_PICTURES"));
    pictures.push_str(&food_pictures(&root.join("assets/fridge/pack.json"), &root.join("assets/words/pictures")));
    std::fs::write(out.join("print_pictures.rs"), pictures).unwrap();
}

/// A content pack (`assets/words`, `assets/recipes`: `pack.json` and one `<tag>.ftl` of
/// texts per locale), embedded as `<NAME>_PACK_LISTING` and `<NAME>_PACK_TEXTS`; the build
/// fails when a locale lacks a text of `nb`, has one `nb` lacks, lists one twice, or
/// leaves one empty.
fn content_pack(dir: &Path, tags: &[&str], name: &str) -> String {
    let folder = dir.file_name().unwrap().to_string_lossy().to_string();
    println!("cargo:rerun-if-changed={}", dir.display());
    let listing = dir.join("pack.json");
    println!("cargo:rerun-if-changed={}", listing.display());
    let mut problems = Vec::new();
    let mut keys_of = BTreeMap::new();
    for tag in tags {
        let path = dir.join(format!("{tag}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let Ok(source) = std::fs::read_to_string(&path) else {
            problems.push(format!("{}: missing (every locale has the pack's texts)", path.display()));
            continue;
        };
        let mut keys = BTreeSet::new();
        match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => {
                for entry in resource.body {
                    if let ast::Entry::Message(m) = entry {
                        let empty = m.value.as_ref().is_none_or(|p| {
                            p.elements.iter().all(|e| matches!(e, ast::PatternElement::TextElement { value } if value.trim().is_empty()))
                        });
                        if empty {
                            problems.push(format!("{tag}.ftl: `{}` is empty", m.id.name));
                        }
                        if !keys.insert(m.id.name.to_string()) {
                            problems.push(format!("{tag}.ftl: `{}` twice", m.id.name));
                        }
                    }
                }
            }
            Err(_) => problems.push(format!("{}: syntax error", path.display())),
        }
        keys_of.insert(tag.to_string(), keys);
    }
    if let Some(reference) = keys_of.get(REFERENCE).cloned() {
        for (tag, keys) in &keys_of {
            for missing in reference.difference(keys) {
                problems.push(format!("assets/{folder}/{tag}.ftl: missing `{missing}`"));
            }
            for extra in keys.difference(&reference) {
                problems.push(format!("assets/{folder}/{tag}.ftl: `{extra}` is not in nb.ftl"));
            }
        }
    }
    if !problems.is_empty() {
        panic!("\n{folder} pack check failed:\n  {}\n", problems.join("\n  "));
    }
    let mut s = format!(
        "/// assets/{folder}/pack.json\npub static {name}_PACK_LISTING: &str = include_str!({:?});\n",
        listing.display().to_string()
    );
    writeln!(
        s,
        "/// (locale tag, assets/{folder}/<tag>.ftl) for every shipped locale.\npub static {name}_PACK_TEXTS: &[(&str, &str)] = &["
    )
    .unwrap();
    for tag in tags {
        writeln!(s, "    ({tag:?}, include_str!({:?})),", dir.join(format!("{tag}.ftl")).display().to_string()).unwrap();
    }
    s.push_str("];\n");
    s
}

/// Every `<name>.svg` of `dir`, embedded as `(name, bytes)` (the pictures PDFs print).
fn pictures(dir: &Path, name: &str) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "svg")).collect())
        .unwrap_or_default();
    files.sort();
    let mut s = format!("/// (name, SVG) of every picture in {}.\npub static {name}: &[(&str, &[u8])] = &[\n", dir.display());
    for path in files {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        writeln!(s, "    ({stem:?}, include_bytes!({:?})),", path.display().to_string()).unwrap();
    }
    s.push_str("];\n");
    s
}

/// The word pictures a fridge label prints: every `"picture"` of the food catalogue, the
/// pictures of the ingredient words (a café's own food may look like one), and the
/// pictures of the three zones. Only those, not the whole word pack.
fn food_pictures(listing: &Path, words: &Path) -> String {
    let text = std::fs::read_to_string(listing).unwrap_or_default();
    let mut names: BTreeSet<String> = ["refrigerator", "freezer", "shelf"].iter().map(|n| n.to_string()).collect();
    for part in text.split("\"picture\":").skip(1) {
        if let Some(name) = part.split('"').nth(1) {
            names.insert(name.to_string());
        }
    }
    let word_pack = std::fs::read_to_string(words.join("../pack.json")).unwrap_or_default();
    for line in word_pack.lines().filter(|l| l.contains("\"category\": \"ingredients\"")) {
        if let Some(key) = line.split("\"key\":").nth(1).and_then(|rest| rest.split('"').nth(1)) {
            names.insert(key.to_string());
        }
    }
    let mut s =
        String::from("/// (name, SVG) of the word pictures fridge labels print.\npub static FOOD_PICTURES: &[(&str, &[u8])] = &[\n");
    for name in names {
        let path = words.join(format!("{name}.svg"));
        if path.exists() {
            writeln!(s, "    ({name:?}, include_bytes!({:?})),", path.display().to_string()).unwrap();
        }
    }
    s.push_str("];\n");
    s
}

/// What each word and recipe picture looks like: the Noto Emoji it was taken from
/// (`SOURCES.json`), so a game never offers two foods that look the same ("meat" and
/// "minced-meat" are both Noto's cut of meat). A drawing of our own looks like itself.
fn picture_looks(sources: &[PathBuf]) -> String {
    let mut s = String::from(
        "/// (picture, what it looks like) of the word and recipe pictures.\npub static FOOD_PICTURE_LOOKS: &[(&str, &str)] = &[\n",
    );
    for path in sources {
        println!("cargo:rerun-if-changed={}", path.display());
        for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
            let parts: Vec<&str> = line.split('"').collect();
            if let [_, name, _, look, ..] = parts[..] {
                let look = if look == "drawn for Mestre" { name } else { look };
                writeln!(s, "    ({name:?}, {look:?}),").unwrap();
            }
        }
    }
    s.push_str("];\n");
    s
}

/// Shipped recorded prompts, `assets/speech/<tag>/<message-id>.{wav,ogg}`, embedded in the binary
/// so a fresh install speaks without finding files at run time.
fn speech_clips(dir: &Path) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut clips = Vec::new();
    if let Ok(tags) = std::fs::read_dir(dir) {
        for tag in tags.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
            for clip in std::fs::read_dir(tag.path()).unwrap().filter_map(|e| e.ok()) {
                let path = clip.path();
                if path.extension().is_some_and(|x| x == "wav" || x == "ogg") {
                    let id = path.file_stem().unwrap().to_string_lossy().to_string();
                    clips.push((tag.file_name().to_string_lossy().to_string(), id, path));
                }
            }
        }
    }
    clips.sort();
    let mut s = String::from("/// (locale tag, message id, WAV or Ogg/Opus bytes) of every shipped recorded prompt.\npub static SPEECH_CLIPS: &[(&str, &str, &[u8])] = &[\n");
    for (tag, id, path) in clips {
        writeln!(s, "    ({tag:?}, {id:?}, include_bytes!({:?})),", path.display().to_string()).unwrap();
    }
    s.push_str("];\n");
    s
}

fn read_file(path: &Path, messages: &mut BTreeMap<String, BTreeSet<String>>, problems: &mut Vec<String>) {
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            for e in errors {
                let line = source[..e.pos.start.min(source.len())].matches('\n').count() + 1;
                problems.push(format!("{}:{line}: syntax error {:?}", path.display(), e.kind));
            }
            return;
        }
    };
    for entry in resource.body {
        let (id, vars) = match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                (m.id.name.to_string(), vars)
            }
            ast::Entry::Term(t) => (format!("-{}", t.id.name), BTreeSet::new()),
            ast::Entry::Junk { content } => {
                problems.push(format!("{}: cannot parse `{}`", path.display(), content.trim()));
                continue;
            }
            _ => continue,
        };
        if messages.insert(id.clone(), vars).is_some() {
            problems.push(format!("{}: duplicate id `{id}`", path.display()));
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn sources_index(locales: &[Locale]) -> String {
    let mut s = String::from(
        "/// (locale tag, file name, Fluent source) for every shipped .ftl file.\npub static FTL_SOURCES: &[(&str, &str, &str)] = &[\n",
    );
    for l in locales {
        for f in &l.files {
            let name = f.file_name().unwrap().to_string_lossy();
            writeln!(s, "    ({:?}, {:?}, include_str!({:?})),", l.tag, name, f.display().to_string()).unwrap();
        }
    }
    s.push_str("];\n");
    s
}

fn rust_accessors(messages: &BTreeMap<String, BTreeSet<String>>) -> String {
    let mut s = String::from(
        "/// Typed accessors, one per message of the nb reference: a misspelt id or a missing\n/// argument is a compile error instead of a raw id on screen.\nimpl Localizer {\n",
    );
    for (id, vars) in messages {
        if id.starts_with('-') {
            continue;
        }
        let fn_name = id.replace('-', "_");
        let params: String = vars.iter().map(|v| format!(", {}: impl Into<FluentArg>", v.replace('-', "_"))).collect();
        let args: String = vars.iter().map(|v| format!("({v:?}, {}.into()), ", v.replace('-', "_"))).collect();
        writeln!(s, "    pub fn {fn_name}(&self, lang: &str{params}) -> String {{\n        self.format(lang, {id:?}, &[{args}])\n    }}")
            .unwrap();
    }
    s.push_str("}\n\n/// Every message id of the reference locale.\npub static MESSAGE_IDS: &[&str] = &[\n");
    for id in messages.keys().filter(|id| !id.starts_with('-')) {
        writeln!(s, "    {id:?},").unwrap();
    }
    s.push_str("];\n\n/// The variables each message takes, for the TypeScript accessors.\npub static MESSAGE_VARIABLES: &[(&str, &[&str])] = &[\n");
    for (id, vars) in messages.iter().filter(|(id, _)| !id.starts_with('-')) {
        let list: Vec<String> = vars.iter().map(|v| format!("{v:?}")).collect();
        writeln!(s, "    ({id:?}, &[{}]),", list.join(", ")).unwrap();
    }
    s.push_str("];\n");
    s
}
