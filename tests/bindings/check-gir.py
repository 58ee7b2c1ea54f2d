#!/usr/bin/python3
# check-gir.py: every public symbol of the GIR has a description and a `Since:` naming a stable
# version of the library (1.0, 1.2, …), and every parameter and return value a description. gi-docgen check covers descriptions; this also
# covers versions, parameters, return values, enumeration members, properties and signals.
#
# With a Vala metadata file, also checks that it marks exactly the nullable properties: the GIR
# cannot say that a property may be NULL (g-ir-scanner 1.74 rejects the annotation there), so
# bindings/vala/Ccbnet-1.0.metadata lists the properties whose getters are (nullable).
#
# Usage: check-gir.py GIR [VERSIONS [VALA-METADATA]], VERSIONS being the allowed `Since:`
# versions, comma-separated (default 1.0). Prints TAP: one line per kind of symbol.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import sys
import xml.etree.ElementTree as ET

CORE = "{http://www.gtk.org/introspection/core/1.0}"
GLIB = "{http://www.gtk.org/introspection/glib/1.0}"

SYMBOLS = ("class", "interface", "record", "union", "enumeration", "bitfield", "function",
           "method", "constructor", "virtual-method", "property", "signal", "constant",
           "callback", "alias")


def has_doc(element):
    doc = element.find(CORE + "doc")
    return doc is not None and (doc.text or "").strip() != ""


def check(gir, versions):
    problems = {}
    counts = {}

    def problem(kind, text):
        problems.setdefault(kind, []).append(text)

    def walk(element, path):
        for child in element:
            tag = child.tag[len(CORE):] if child.tag.startswith(CORE) else None
            if tag not in SYMBOLS:
                continue
            # The class structs of final and derivable types are private: no page, no docs.
            if tag == "record" and child.get(GLIB + "is-gtype-struct-for") is not None:
                continue
            name = f"{path}.{child.get('name')}"
            if tag == "signal":
                name = f"{path}::{child.get('name')}"
            elif tag == "property":
                name = f"{path}:{child.get('name')}"
            counts[tag] = counts.get(tag, 0) + 1
            if not has_doc(child):
                problem(tag, f"{name} has no description")
            if child.get("version") not in versions:
                problem(tag, f"{name} has no Since: {' or '.join(versions)} "
                             f"(version={child.get('version')!r})")
            for member in child.findall(CORE + "member"):
                if not has_doc(member):
                    problem(tag, f"{name}.{member.get('name')} (a member) has no description")
            parameters = child.find(CORE + "parameters")
            if parameters is not None:
                for parameter in parameters:
                    if parameter.tag == CORE + "instance-parameter":
                        continue
                    if not has_doc(parameter):
                        problem(tag, f"{name}: parameter {parameter.get('name')} "
                                     "has no description")
            result = child.find(CORE + "return-value")
            if result is not None:
                rtype = result.find(CORE + "type")
                void = rtype is not None and rtype.get("name") == "none"
                if not void and not has_doc(result):
                    problem(tag, f"{name}: the return value has no description")
            walk(child, name)

    root = ET.parse(gir).getroot()
    for namespace in root.findall(CORE + "namespace"):
        walk(namespace, namespace.get("name"))
    return counts, problems


def nullable_properties(gir):
    """Class.property for every property whose getter may return NULL."""
    found = set()
    root = ET.parse(gir).getroot()
    for cls in root.iter(CORE + "class"):
        methods = {method.get("name"): method for method in cls.findall(CORE + "method")}
        for prop in cls.findall(CORE + "property"):
            name = prop.get("name").replace("-", "_")
            getter = methods.get(prop.get("getter") or f"get_{name}")
            if getter is not None and getter.find(CORE + "return-value").get("nullable") == "1":
                found.add(f"{cls.get('name')}.{name}")
    return found


def metadata_nullable(path):
    marked = set()
    with open(path, encoding="utf-8") as metadata:
        for line in metadata:
            words = line.split()
            if len(words) == 2 and words[1] == "nullable":
                marked.add(words[0])
    return marked


def main(argv):
    gir = argv[1]
    versions = (argv[2] if len(argv) > 2 else "1.0").split(",")
    metadata = argv[3] if len(argv) > 3 else None
    counts, problems = check(gir, versions)
    kinds = sorted(counts)
    print(f"1..{len(kinds) + (1 if metadata else 0)}")
    failed = False
    for number, kind in enumerate(kinds, 1):
        found = problems.get(kind, [])
        status = "not ok" if found else "ok"
        failed = failed or bool(found)
        print(f"{status} {number} - {counts[kind]} {kind} symbols documented, "
              f"Since: {' or '.join(versions)}")
        for text in found:
            print(f"# {text}")
    if metadata:
        expected, marked = nullable_properties(gir), metadata_nullable(metadata)
        ok = expected == marked
        failed = failed or not ok
        print(f"{'ok' if ok else 'not ok'} {len(kinds) + 1} - the Vala metadata marks the "
              f"{len(expected)} nullable properties")
        for name in sorted(expected - marked):
            print(f"# not marked nullable in {metadata}: {name}")
        for name in sorted(marked - expected):
            print(f"# marked nullable in {metadata}, but not a nullable property: {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
