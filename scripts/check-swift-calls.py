"""Checks the iOS app's hand-written Swift against the Swift bindings freshly generated from
the core: every core type it names, every method and function it calls with their argument
labels, every record field it reads, every enum case it uses and every core protocol it
implements must exist in the bindings as written. A renamed Rust function, a changed
argument, a removed field or enum case thus fails the test run on Linux, where no Swift
compiler runs.

    check-swift-calls.py BINDINGS.swift DIR...

Both sides are read with tree-sitter-swift. The hand-written side is typed just enough to
know what a name refers to: declared types of properties, parameters and closure
parameters, `if let`/`guard let`/`for` bindings, closures and key paths over arrays, the
values a `switch` case binds, return types, chains of fields, and type aliases (`typealias
X = KernkrachtCore.X`, the form the app names core types in). A call whose receiver cannot
be typed this way is not checked, so the app states a type where the checker needs it; in
files that import KernkrachtCore, every type name must be known, so a misspelt core type
cannot hide there.
"""

import pathlib
import re
import sys
from dataclasses import dataclass, field

import tree_sitter
import tree_sitter_swift

PARSER = tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))
CORE_MODULE = "KernkrachtCore"

# Apple and standard-library types the service files (which import the core) may name.
SYSTEM_TYPES = {
    "Any", "AnyObject", "Array", "AsyncStream", "Bool", "DateComponents", "Date",
    "Double", "Error", "Int", "Int64", "NSLock", "Never", "Sendable", "String", "Task",
    "TimeZone", "UInt8", "UInt16", "UInt32", "UInt64", "UNCalendarNotificationTrigger",
    "UNMutableNotificationContent", "UNNotificationRequest", "UNUserNotificationCenter", "Void",
}
# Generic types whose values are iterated as their one type argument.
SEQUENCES = {"Array", "Set", "AsyncStream"}
TYPE_NODES = ("user_type", "optional_type", "array_type", "tuple_type", "dictionary_type", "function_type")
# Views that take a collection first and hand each element to their closure.
COLLECTION_VIEWS = {"ForEach", "Chart", "List", "Table"}
# Words the grammar reads as type names in function types and attributes.
GRAMMAR_WORDS = {"throws", "rethrows", "async", "unchecked"}
# Array members that keep the element type, and those that return one element.
ARRAY_SAME = {"filter", "dropFirst", "dropLast", "prefix", "suffix", "sorted", "reversed"}
ARRAY_ELEMENT = {"first", "last", "randomElement", "min", "max"}
CLOSURE_OVER_ELEMENTS = {"filter", "forEach", "map", "compactMap", "flatMap", "contains",
                         "first", "allSatisfy", "sorted", "min", "max", "firstIndex", "lastIndex"}


@dataclass(frozen=True)
class Ref:
    """A resolved type: `core` or `app`, its qualified name, whether it is an array of that
    type, and whether the expression is the type itself rather than a value of it."""
    origin: str
    name: str
    array: bool = False
    meta: bool = False


@dataclass
class Member:
    kind: str  # field, method, static, init, case
    labels: tuple = ()
    defaults: tuple = ()
    type_node: object = None
    scope: tuple = ()
    # An enum case's associated value types, in order.
    values: tuple = ()


@dataclass
class TypeInfo:
    kind: str
    name: str = ""
    members: dict = field(default_factory=dict)
    inherits: list = field(default_factory=list)
    node: object = None
    path: str = ""


def text(node):
    return node.text.decode() if node is not None else ""


def child(node, name):
    return node.child_by_field_name(name)


def children(node, type_name):
    return [c for c in node.children if c.type == type_name]


def parameters(node):
    """The external labels of a declaration's parameters, and which have default values."""
    labels, defaults = [], []
    for i, c in enumerate(node.children):
        if c.type != "parameter":
            continue
        external = child(c, "external_name")
        labels.append(text(external) if external is not None else text(child(c, "name")))
        following = node.children[i + 1] if i + 1 < len(node.children) else None
        defaults.append(following is not None and following.type == "=")
    return tuple(labels), tuple(defaults)


def type_parts(node):
    """A type annotation's node as (dotted name, is array), or None for other shapes."""
    if node is None:
        return None
    if node.type in ("optional_type", "implicitly_unwrapped_type"):
        return type_parts(child(node, "wrapped") or node.named_children[0])
    if node.type == "array_type":
        inner = type_parts(child(node, "element") or node.named_children[0])
        return (inner[0], True) if inner else None
    if node.type == "user_type":
        name = ".".join(text(c) for c in children(node, "type_identifier"))
        arguments = children(node, "type_arguments")
        if name in SEQUENCES and arguments and arguments[0].named_children:
            inner = type_parts(arguments[0].named_children[0])
            return (inner[0], True) if inner else None
        return (name, False)
    if node.type == "type_annotation":
        return type_parts(child(node, "name"))
    return None


def collect_types(root, path, into, aliases, scope=()):
    """Every type declared under `root` by qualified name, with its members."""
    for node in root.named_children:
        if node.type in ("class_declaration", "protocol_declaration"):
            kind = text(child(node, "declaration_kind")) or "protocol"
            name = text(child(node, "name"))
            if kind == "extension":
                name = text(node.named_children[0]) if child(node, "name") is None else name
            qualified = ".".join(scope + (name,))
            info = into.setdefault(qualified, TypeInfo(kind=kind, name=qualified, node=node, path=path))
            if kind != "extension":
                info.kind, info.node, info.path = kind, node, path
            for spec in children(node, "inheritance_specifier"):
                info.inherits.append(text(spec).split("<")[0])
            body = child(node, "body")
            if body is not None:
                collect_members(body, info, scope + (name,))
                collect_types(body, path, into, aliases, scope + (name,))
        elif node.type == "typealias_declaration":
            aliases[".".join(scope + (text(child(node, "name")),))] = (child(node, "value") or node.named_children[-1], scope, path)


def collect_members(body, info, scope):
    for node in body.named_children:
        if node.type in ("function_declaration", "protocol_function_declaration"):
            labels, defaults = parameters(node)
            static = any(text(m) in ("static", "class") for m in node.children if m.type == "modifiers" for m in m.named_children)
            returns = [c for i, c in enumerate(node.children) if i and node.children[i - 1].type == "->"]
            member = Member("static" if static else "method", labels, defaults, returns[0] if returns else None, scope)
            info.members.setdefault(text(child(node, "name")).strip("`"), []).append(member)
        elif node.type == "init_declaration":
            labels, defaults = parameters(node)
            info.members.setdefault("init", []).append(Member("init", labels, defaults, None, scope))
        elif node.type in ("property_declaration", "protocol_property_declaration"):
            static = any(text(m) == "static" for m in node.children if m.type == "modifiers" for m in m.named_children)
            for pattern in children(node, "pattern"):
                name = text(child(pattern, "bound_identifier") or pattern)
                annotation = next((c for c in node.children if c.type == "type_annotation"), None)
                value = child(node, "value")
                info.members.setdefault(name, []).append(
                    Member("static" if static else "field", (), (), annotation if annotation is not None else value, scope))
        elif node.type == "enum_entry":
            for i, c in enumerate(node.children):
                if node.field_name_for_child(i) == "name" and c.type == "simple_identifier":
                    contents = node.children[i + 1] if i + 1 < len(node.children) and node.field_name_for_child(i + 1) == "data_contents" else None
                    values = tuple(t for t in contents.children if t.type in TYPE_NODES) if contents is not None else ()
                    info.members.setdefault(text(c), []).append(Member("case", case_labels(contents), (), None, scope, values))


def case_labels(contents):
    """An enum case's associated value labels (`_` where unlabelled), None without values."""
    if contents is None:
        return None
    labels, expect_label = [], True
    for c in contents.children:
        if c.type == "simple_identifier" and expect_label:
            labels.append(text(c))
            expect_label = False
        elif c.type in TYPE_NODES:
            if expect_label:
                labels.append("_")
            expect_label = True
        elif c.type == ",":
            expect_label = True
    return tuple(labels)


def labels_match(call, member):
    """Whether a call's labels fit a declaration's, defaulted parameters being optional."""
    i = 0
    for label, has_default in zip(member.labels, member.defaults or (False,) * len(member.labels)):
        if i < len(call) and call[i] == label:
            i += 1
        elif not has_default:
            return False
    return i == len(call)


class Checker:
    def __init__(self, bindings_path, files):
        self.errors = []
        # The places checked, by kind, for the summary: a check that checks nothing would
        # otherwise pass silently.
        self.counted = {"members": set(), "calls": set(), "cases": set(), "conformances": set()}
        self.checked_types = set()
        self.core, core_aliases = {}, {}
        source = pathlib.Path(bindings_path).read_text()
        # UniFFI wraps some attributes in `#if swift(>=5.8)`, which the grammar misreads.
        source = re.sub(r"#if swift\(>=5\.8\)\n@_documentation\(visibility: private\)\n#endif\n", "", source)
        core_root = PARSER.parse(source.encode()).root_node
        collect_types(core_root, bindings_path, self.core, core_aliases)
        # The bindings extend system types (Data, NSLock) for their own use: not core types.
        self.core = {name: info for name, info in self.core.items() if info.kind != "extension"}
        self.core_functions = {}
        for node in core_root.named_children:
            if node.type == "function_declaration":
                labels, defaults = parameters(node)
                self.core_functions.setdefault(text(child(node, "name")), []).append(Member("method", labels, defaults))
        self.app, self.aliases, self.trees = {}, {}, []
        # Closure parameters typed by the call that takes the closure, by the closure's node.
        self.closure_params = {}
        for path in files:
            tree = PARSER.parse(path.read_bytes())
            self.trees.append((path, tree))
            collect_types(tree.root_node, str(path), self.app, self.aliases)

    # Types.

    def resolve_name(self, name, scope, node=None, strict=False):
        if name.startswith(CORE_MODULE + "."):
            bare = name[len(CORE_MODULE) + 1:]
            self.checked_types.add(bare)
            if bare not in self.core:
                if node is not None:
                    self.error(node, f"{name}: no such type in the bindings")
                return None
            return Ref("core", bare)
        for i in range(len(scope), -1, -1):
            qualified = ".".join(scope[:i] + (name,))
            if qualified in self.aliases:
                value, alias_scope, _ = self.aliases[qualified]
                parts = type_parts(value)
                # Reported once, where the alias is declared (see `run`).
                return self.resolve_name(parts[0], alias_scope) if parts else None
            if qualified in self.app and self.app[qualified].kind != "extension":
                return Ref("app", qualified)
        if name in self.core:
            return Ref("core", name)
        if strict and name.split(".")[0] not in SYSTEM_TYPES:
            self.error(node, f"{name}: unknown type (neither the app's, the core's nor a known system type)")
        return None

    def ref_of_type_node(self, node, scope):
        parts = type_parts(node)
        if not parts:
            return None
        ref = self.resolve_name(parts[0], scope, node)
        return Ref(ref.origin, ref.name, parts[1]) if ref else None

    def info(self, ref):
        return (self.core if ref.origin == "core" else self.app).get(ref.name)

    # Expressions.

    def types_of(self, node, env):
        """The possible types of an expression, or an empty set when it cannot be typed."""
        kind = node.type
        if kind in ("try_expression", "await_expression"):
            return self.types_of(child(node, "expr") or node.named_children[-1], env)
        if kind == "tuple_expression" and len(node.named_children) == 1:
            return self.types_of(node.named_children[0], env)
        if kind == "simple_identifier":
            name = text(node)
            for scope in reversed(env.scopes):
                if name in scope:
                    return scope[name]
            if name[:1].isupper():
                ref = self.resolve_name(name, env.type_scope)
                return {Ref(ref.origin, ref.name, meta=True)} if ref else set()
            return self.member_types(env.self_refs(), name, node, check=False)
        if kind == "self_expression":
            return env.self_refs()
        if kind == "navigation_expression":
            suffix = child(node, "suffix")
            name = child(suffix, "suffix") if suffix is not None else None
            target = child(node, "target")
            if name is None or name.type != "simple_identifier" or target is None:
                return set()
            if target.type == "user_type" or (target.type == "simple_identifier" and text(target) == CORE_MODULE):
                ref = self.resolve_name(text(target) + "." + text(name), env.type_scope, node)
                return {Ref(ref.origin, ref.name, meta=True)} if ref else set()
            return self.member_types(self.types_of(target, env), text(name), name, check=True)
        if kind == "call_expression":
            return self.call_types(node, env)
        if kind == "ternary_expression":
            return self.types_of(child(node, "if_true"), env) | self.types_of(child(node, "if_false"), env)
        return set()

    def member_types(self, refs, name, node, check):
        """The types of `name` read on a value of one of `refs`; when every ref is a core
        type, `name` must be a member of one of them."""
        found = set()
        for ref in refs:
            if ref.array:
                if name in ARRAY_ELEMENT:
                    found.add(Ref(ref.origin, ref.name))
                continue
            info = self.info(ref)
            for member in self.members(info, name) if info is not None else []:
                found |= self.member_ref(ref, member)
        core_only = bool(refs) and all(r.origin == "core" and not r.array and self.info(r) for r in refs)
        # `T.self` is the type itself, which every type has.
        if check and core_only and name != "self":
            self.count("members", node)
            if not any(self.members(self.info(r), name) for r in refs):
                names = ", ".join(sorted(r.name for r in refs))
                self.error(node, f"{name}: no such member of {names} in the bindings")
        return found

    def members(self, info, name):
        found = list(info.members.get(name, []))
        # What the app adds to a core type in an extension (`extension Language { var code }`).
        added = self.app.get(info.name)
        if info.name in self.core and added is not None and added.kind == "extension":
            found += added.members.get(name, [])
        for base in info.inherits:
            base_info = self.app.get(base) or self.core.get(base)
            if base_info is not None and base_info is not info:
                found += base_info.members.get(name, [])
        return found

    def member_ref(self, owner, member):
        if member.kind == "case":
            return {Ref(owner.origin, owner.name)}
        if member.type_node is None:
            return set()
        if member.type_node.type == "call_expression":
            callee = member.type_node.named_children[0]
            ref = self.resolve_name(text(callee), member.scope) if callee.type == "simple_identifier" else None
            return {ref} if ref else set()
        ref = self.ref_of_type_node(member.type_node, member.scope)
        return {ref} if ref else set()

    def call_types(self, node, env):
        callee = node.named_children[0]
        suffix = next((c for c in node.children if c.type == "call_suffix"), None)
        arguments = next((c for c in suffix.children if c.type == "value_arguments"), None) if suffix else None
        labels = tuple(
            text(child(a, "name")).split(":")[0].strip() if child(a, "name") is not None else "_"
            for a in (children(arguments, "value_argument") if arguments is not None else [])
        )
        if callee.type == "simple_identifier":
            name = text(callee)
            if name[:1].isupper():
                ref = self.resolve_name(name, env.type_scope)
                if ref and ref.origin == "core":
                    self.check_overloads(self.core[ref.name].members.get("init", []), labels, node, f"{name}(…) initialiser")
                return {Ref(ref.origin, ref.name)} if ref else set()
            if name in self.core_functions and not any(name in s for s in env.scopes):
                self.check_overloads(self.core_functions[name], labels, node, f"{name}(…)")
                return set()
            # A method of the enclosing type: its declared return type.
            return self.member_types(env.self_refs(), name, callee, check=False)
        if callee.type != "navigation_expression":
            return set()
        suffix_node = child(child(callee, "suffix"), "suffix")
        if suffix_node is None:
            return set()
        method = text(suffix_node)
        receivers = self.types_of(child(callee, "target"), env)
        result = set()
        for ref in receivers:
            if ref.array:
                if method in ARRAY_SAME:
                    result.add(ref)
                elif method in ARRAY_ELEMENT:
                    result.add(Ref(ref.origin, ref.name))
                continue
            info = self.info(ref)
            if info is None:
                continue
            # On the type itself: static functions and enum cases; on a value: methods.
            wanted = ("static", "case") if ref.meta else ("method",)
            candidates = [m for m in self.members(info, method) if m.kind in wanted]
            if ref.origin == "core":
                if not candidates:
                    self.error(suffix_node, f"{method}: no such method of {ref.name} in the bindings")
                    continue
                with_labels = [m for m in candidates if m.labels is not None]
                self.check_overloads(with_labels, labels, suffix_node, f"{ref.name}.{method}(…)")
            for member in candidates:
                result |= self.member_ref(ref, member)
        return result

    def check_overloads(self, members, labels, node, what):
        self.count("calls", node)
        if members and not any(labels_match(labels, m) for m in members):
            expected = " or ".join(sorted({"(" + "".join(f"{l}:" for l in m.labels) + ")" for m in members}))
            given = "(" + "".join(f"{l}:" for l in labels) + ")"
            self.error(node, f"{what}: called with labels {given}, the bindings take {expected}")

    def check_case(self, refs, name, node):
        enums = [r for r in refs if r.origin == "core" and not r.array and self.core.get(r.name) and self.core[r.name].kind == "enum"]
        if enums and len(enums) == len(refs):
            self.count("cases", node)
        if enums and len(enums) == len(refs) and not any(
                m.kind == "case" for r in enums for m in self.core[r.name].members.get(name, [])):
            self.error(node, f".{name}: no such case of {', '.join(sorted(r.name for r in enums))} in the bindings")

    # The walk.

    def count(self, kind, node):
        """Notes a checked place once, however many times the walk reaches it."""
        self.counted[kind].add((str(self.current), node.start_byte))

    def error(self, node, message):
        where = f"{self.current}:{node.start_point[0] + 1}:{node.start_point[1] + 1}" if node is not None else str(self.current)
        if f"{where}: {message}" not in self.errors:
            self.errors.append(f"{where}: {message}")

    def run(self):
        for value, scope, path in self.aliases.values():
            self.current = path
            self.ref_of_type_node(value, scope)
        for path, tree in self.trees:
            self.current = path
            imports_core = any(n.type == "import_declaration" and CORE_MODULE in text(n) for n in tree.root_node.named_children)
            self.walk(tree.root_node, Env(self, ()), imports_core)
        for info in self.app.values():
            self.check_conformance(info)
        return self.errors

    def check_conformance(self, info):
        self.current = info.path
        for base in info.inherits:
            ref = self.resolve_name(base, ())
            if not ref or ref.origin != "core" or self.core[ref.name].kind != "protocol":
                continue
            self.count("conformances", info.node)
            for name, requirements in self.core[ref.name].members.items():
                implemented = info.members.get(name, [])
                for requirement in requirements:
                    if not any(m.labels == requirement.labels for m in implemented):
                        labels = "".join(f"{l}:" for l in requirement.labels)
                        self.error(info.node, f"{ref.name} requires {name}({labels}), which {text(child(info.node, 'name'))} lacks")

    def walk(self, node, env, strict):
        kind = node.type
        if kind == "type_parameter":
            env.generics.add(text(node.named_children[0]))
        if kind == "user_type" and strict:
            name = ".".join(text(c) for c in children(node, "type_identifier"))
            if name and name.split(".")[0] not in env.generics | GRAMMAR_WORDS:
                self.resolve_name(name, env.type_scope, node, strict=True)
        if kind == "class_declaration":
            name = text(child(node, "name")) or text(node.named_children[0])
            env = Env(self, env.type_scope + (name,), env.scopes, env.generics)
        elif kind in ("function_declaration", "init_declaration", "lambda_literal", "if_statement", "for_statement"):
            env = env.push()
            if kind in ("function_declaration", "init_declaration"):
                for p in children(node, "parameter"):
                    annotation = [c for c in p.children if p.field_name_for_child(p.children.index(c)) == "name"]
                    ref = self.ref_of_type_node(annotation[-1], env.type_scope) if len(annotation) > 1 else None
                    if ref:
                        env.bind(text(annotation[0]), {ref})
        if kind in ("if_statement", "guard_statement"):
            self.bind_conditions(node, env)
        elif kind == "for_statement":
            item, collection = child(node, "item"), child(node, "collection")
            if item is not None and collection is not None:
                env.bind(text(item), {Ref(r.origin, r.name) for r in self.types_of(collection, env) if r.array})
        elif kind == "property_declaration" and node.parent.type in ("statements", "function_body"):
            self.bind_property(node, env)
        elif kind == "call_expression":
            self.types_of(node, env)
            self.bind_closure(node, env)
            self.element_key_paths(node, env)
            self.check_implicit_arguments(node, env)
        elif kind == "navigation_expression" and node.parent.type != "call_expression":
            self.types_of(node, env)
        elif kind == "switch_statement":
            subject = self.types_of(child(node, "expr"), env)
            for entry in children(node, "switch_entry"):
                entry_env = env.push()
                for pattern in children(entry, "switch_pattern"):
                    inner = pattern.named_children[0] if pattern.named_children else None
                    if inner is not None and inner.children and inner.children[0].type == ".":
                        case = text(inner.named_children[0])
                        self.check_case(subject, case, inner)
                        self.bind_case_values(subject, case, inner, entry_env)
                for c in entry.children:
                    self.walk(c, entry_env, strict)
            for c in node.children:
                if c.type != "switch_entry":
                    self.walk(c, env, strict)
            return
        elif kind == "equality_expression" or (kind == "infix_expression" and text(child(node, "op")) in ("==", "!=")):
            lhs, rhs = child(node, "lhs"), child(node, "rhs")
            if rhs is not None and rhs.type == "prefix_expression" and text(child(rhs, "operation")) == ".":
                self.check_case(self.types_of(lhs, env), text(child(rhs, "target")), rhs)
        if kind == "lambda_literal" and node.id in self.closure_params:
            name, refs = self.closure_params.pop(node.id)
            env.bind(name, refs)
        if kind == "lambda_parameter" and len(node.named_children) > 1:
            ref = self.ref_of_type_node(node.named_children[-1], env.type_scope)
            env.bind(text(node.named_children[0]), {ref} if ref else set())
        for c in node.children:
            self.walk(c, env, strict)

    def bind_case_values(self, subject, case, pattern, env):
        """`case .reading(let reading)`: `reading` has the case's associated value's type."""
        bound = [p for p in children(pattern, "pattern") if child(p, "bound_identifier") is not None]
        for ref in subject:
            info = self.info(ref) if not ref.array else None
            for member in self.members(info, case) if info is not None else []:
                for binding, value in zip(bound, member.values):
                    typed = self.ref_of_type_node(value, member.scope)
                    env.bind(text(child(binding, "bound_identifier")), {typed} if typed else set())

    def bind_conditions(self, node, env):
        """`if let x = value`, `guard let x = value` and the shorthand `if let x`."""
        nodes = node.children
        for i, bound in enumerate(nodes):
            if node.field_name_for_child(i) != "bound_identifier":
                continue
            source = bound
            if i + 2 < len(nodes) and nodes[i + 1].type == "=":
                source = nodes[i + 2]
            env.bind(text(bound), self.types_of(source, env))

    def bind_property(self, node, env):
        for pattern in children(node, "pattern"):
            name = text(child(pattern, "bound_identifier") or pattern)
            annotation = next((c for c in node.children if c.type == "type_annotation"), None)
            value = child(node, "value")
            if annotation is not None:
                ref = self.ref_of_type_node(annotation, env.type_scope)
                env.bind(name, {ref} if ref else set())
            elif value is not None:
                env.bind(name, self.types_of(value, env))

    def bind_closure(self, node, env):
        """Closure parameters over an array's elements: `xs.filter { $0 … }`, `ForEach(xs) { x in … }`."""
        callee = node.named_children[0]
        suffix = next((c for c in node.children if c.type == "call_suffix"), None)
        if suffix is None:
            return
        closure = next((c for c in suffix.children if c.type == "lambda_literal"), None)
        if closure is None:
            return
        if callee.type == "navigation_expression" and text(child(child(callee, "suffix"), "suffix")) in CLOSURE_OVER_ELEMENTS:
            source = self.types_of(child(callee, "target"), env)
        elif text(callee) in COLLECTION_VIEWS:
            arguments = next((c for c in suffix.children if c.type == "value_arguments"), None)
            first = children(arguments, "value_argument")[0] if arguments is not None and children(arguments, "value_argument") else None
            source = self.types_of(child(first, "value"), env) if first is not None else set()
        else:
            return
        elements = {Ref(r.origin, r.name) for r in source if r.array}
        self.check_key_paths(suffix, elements)
        signature = child(closure, "type")
        names = [text(child(p, "name")) for p in signature.named_children[0].named_children] if signature is not None and signature.named_children else []
        if len(names) <= 1:
            self.closure_params[closure.id] = ((names or ["$0"])[0], elements)

    def check_key_paths(self, suffix, elements):
        """Key paths (`\\.date`) among a call's arguments name members of the elements."""
        arguments = next((c for c in suffix.children if c.type == "value_arguments"), None)
        for argument in children(arguments, "value_argument") if arguments is not None else []:
            value = child(argument, "value")
            if value is not None and value.type == "navigation_expression" and child(value, "target").type == "key_path_expression":
                name = child(child(value, "suffix"), "suffix")
                self.member_types(elements, text(name), name, check=True)

    def element_key_paths(self, node, env):
        """Key paths given to an array's own methods: `days.filter(\\.selected)`."""
        callee = node.named_children[0]
        suffix = next((c for c in node.children if c.type == "call_suffix"), None)
        if callee.type == "navigation_expression" and suffix is not None and not any(c.type == "lambda_literal" for c in suffix.children):
            elements = {Ref(r.origin, r.name) for r in self.types_of(child(callee, "target"), env) if r.array}
            self.check_key_paths(suffix, elements)

    def check_implicit_arguments(self, node, env):
        """`.case` arguments to a method whose parameter there is a core enum, and to an
        array of core enums' `contains`."""
        callee = node.named_children[0]
        suffix = next((c for c in node.children if c.type == "call_suffix"), None)
        arguments = next((c for c in suffix.children if c.type == "value_arguments"), None) if suffix else None
        if arguments is None:
            return
        values = [child(a, "value") for a in children(arguments, "value_argument")]
        method = text(child(child(callee, "suffix"), "suffix")) if callee.type == "navigation_expression" else text(callee)
        receivers = self.types_of(child(callee, "target"), env) if callee.type == "navigation_expression" else env.self_refs()
        for index, value in enumerate(values):
            if value is None or value.type != "prefix_expression" or text(child(value, "operation")) != ".":
                continue
            target = child(value, "target")
            name = text(target.named_children[0] if target.type == "call_expression" else target)
            if method == "contains":
                self.check_case({Ref(r.origin, r.name) for r in receivers if r.array}, name, value)
                continue
            overloads = [m for r in receivers if not r.array and self.info(r) for m in self.members(self.info(r), method)
                         if m.kind in ("method", "static") and m.type_node is not None or m.kind == "method"]
            params = set()
            for member in overloads:
                declaration = member.type_node.parent if member.type_node is not None else None
                if declaration is None:
                    continue
                declared = children(declaration, "parameter")
                if index < len(declared):
                    annotation = [c for c in declared[index].children
                                  if declared[index].field_name_for_child(declared[index].children.index(c)) == "name"]
                    ref = self.ref_of_type_node(annotation[-1], member.scope) if len(annotation) > 1 else None
                    params.add(ref)
            if params and None not in params:
                self.check_case(params, name, value)


class Env:
    """What names mean at a point of the walk: the enclosing type and the typed locals."""

    def __init__(self, checker, type_scope, scopes=None, generics=None):
        self.checker, self.type_scope = checker, type_scope
        self.scopes = list(scopes) if scopes else [{}]
        # Generic parameters seen in the file (`T`), which are not types to look up.
        self.generics = generics if generics is not None else set()

    def push(self):
        env = Env(self.checker, self.type_scope, self.scopes + [{}], self.generics)
        return env

    def bind(self, name, refs):
        self.scopes[-1][name] = refs

    def self_refs(self):
        for i in range(len(self.type_scope), 0, -1):
            qualified = ".".join(self.type_scope[:i])
            if qualified in self.checker.app:
                info = self.checker.app[qualified]
                if info.kind == "extension":
                    ref = self.checker.resolve_name(qualified, ())
                    return {ref} if ref else set()
                return {Ref("app", qualified)}
        return set()


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    files = sorted(f for arg in argv[1:] for f in (pathlib.Path(arg).rglob("*.swift") if pathlib.Path(arg).is_dir() else [pathlib.Path(arg)]))
    checker = Checker(argv[0], files)
    errors = checker.run()
    for line in errors:
        print(line, file=sys.stderr)
    if errors:
        print(f"check-swift-calls: {len(errors)} calls into the core do not match the bindings", file=sys.stderr)
        return 1
    counts = ", ".join([f"{len(checker.checked_types)} core types"] + [f"{len(places)} {kind}" for kind, places in checker.counted.items()])
    print(f"check-swift-calls: ok ({len(files)} files; checked {counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
