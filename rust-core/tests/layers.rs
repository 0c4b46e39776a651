//! The core's layering, read from its sources: the facade (`api`) on top; the screen models
//! (`screens`) and the coach (`coach`) below it; the store below the coach; the pure domain
//! modules at the bottom. No domain module reaches up, and no two modules import each other,
//! directly or round a longer loop. Test-only code (`#[cfg(test)]` items) is left out: a test
//! may gather samples from anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Modules above the domain, and what each may not import.
const RULES: [(&str, &[&str]); 3] = [
    ("store", &["api", "coach", "screens"]),
    ("coach", &["api", "screens"]),
    ("screens", &["api", "store"]),
];
const UPPER: [&str; 4] = ["api", "coach", "screens", "store"];

fn sources(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        files.extend(sources(&entry.unwrap().path()));
    }
    files.retain(|f| f.extension().is_some_and(|e| e == "rs"));
    files
}

/// The text without the items marked `#[cfg(test)]`.
fn without_tests(text: &str) -> String {
    let mut kept = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "#[cfg(test)]" {
            kept.push_str(line);
            kept.push('\n');
            continue;
        }
        let mut depth = 0i32;
        let mut opened = false;
        for line in lines.by_ref() {
            depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
            opened |= line.contains('{');
            if (opened && depth <= 0) || (!opened && line.trim_end().ends_with(';')) {
                break;
            }
        }
    }
    kept
}

/// Each top-level module with the other top-level modules its production code names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "lib" || !(path.is_dir() || path.extension().is_some_and(|e| e == "rs")) {
            continue;
        }
        let mut names = BTreeSet::new();
        for file in sources(&path) {
            let text = without_tests(&std::fs::read_to_string(&file).unwrap());
            for (i, _) in text.match_indices("crate::") {
                let used: String = text[i + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !used.is_empty() && used != name {
                    names.insert(used);
                }
            }
        }
        graph.insert(name, names);
    }
    graph
}

fn violations(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut found = Vec::new();
    for (module, names) in graph {
        let forbidden: Vec<&str> = match RULES.iter().find(|(m, _)| m == module) {
            Some((_, forbidden)) => forbidden.to_vec(),
            None if module == "api" => Vec::new(),
            None => UPPER.to_vec(),
        };
        for name in names {
            if forbidden.contains(&name.as_str()) {
                found.push(format!("{module} imports {name}"));
            }
        }
    }
    found
}

/// A loop of imports, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut found = path[start..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_reaches_up_and_none_import_each_other() {
    let graph = imports();
    assert!(graph.contains_key("history") && graph.contains_key("api"));
    assert_eq!(violations(&graph), Vec::<String>::new());
    assert_eq!(cycle(&graph), None);
}

#[test]
fn the_check_spots_a_domain_module_using_the_store_and_a_loop() {
    let mut graph = imports();
    graph.get_mut("program").unwrap().insert("store".to_owned());
    assert_eq!(violations(&graph), ["program imports store"]);
    assert!(cycle(&graph).is_some(), "program → store → program");
}

#[test]
fn test_only_items_are_left_out() {
    let text = "use crate::a;\n#[cfg(test)]\nmod tests {\n    use crate::b;\n}\nuse crate::c;\n";
    let kept = without_tests(text);
    assert!(kept.contains("crate::a") && kept.contains("crate::c"));
    assert!(!kept.contains("crate::b"));
}
