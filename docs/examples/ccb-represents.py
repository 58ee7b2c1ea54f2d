#!/usr/bin/python3
# ccb-represents.py: where does an organisation represent someone, on what condition, and which
# sentence says so? The same program as ccb-represents.c, in Python.
#
# Run it as `/usr/bin/python3 ccb-represents.py [NAME [LANGUAGE]]` (default: CCB, English). It
# uses libccbnet's PyGObject override, which lets a query take keywords, names and nicks.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import sys

import gi

gi.require_version("Ccbnet", "1.0")
from gi.repository import Ccbnet  # noqa: E402


def main(argv):
    name = argv[1] if len(argv) > 1 else "CCB"
    language = argv[2] if len(argv) > 2 else "en"
    registry = Ccbnet.Registry.get_default()
    entity = registry.find(name)

    if entity is None:
        print(f"No entity is known as “{name}”.", file=sys.stderr)
        return 2

    # Every involvement (membership, representation, point of contact) of the entity or of one of
    # its parts, such as CERT.be for the CCB.
    relations = registry.query(kind="participates-in", include_subkinds=True, subject=entity,
                               include_parts=True)

    print(f"{entity.get_name_for_language(language)} ({entity.props.id}) "
          "acts on someone's behalf in:\n")

    for relation in relations:
        principal = relation.props.on_behalf_of
        if principal is None:
            continue

        print(f"- {relation.object.get_name_for_language(language)}")
        print(f"  {relation.props.kind.value_nick} on behalf of "
              f"{principal.get_name_for_language(language)} (relation {relation.props.id})")
        if relation.subject is not entity:
            print(f"  through: {relation.subject.get_name_for_language(language)}")
        if relation.props.capacity is not None:
            print(f"  capacity: {relation.props.capacity.get_name_for_language(language)}")
        if relation.props.condition != Ccbnet.Condition.NONE:
            print(f"  condition: {relation.props.condition.value_nick} "
                  f"(“{relation.props.condition_text}”)")
        if relation.props.non_exhaustive:
            print("  one of several the page names (“such as”)")
        print(f"  source: “{relation.get_sources()[0].props.quote}”\n")

    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
