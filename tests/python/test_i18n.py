# SPDX-License-Identifier: LGPL-2.1-or-later
"""The library's words in the user's language, from Python: labels of the vocabularies, a
relation's sentence, and dataset errors. A language is chosen per process, so each check in a
language runs a small program in a new interpreter with LANGUAGE set."""

import os
import subprocess
import sys
import textwrap

import gi

gi.require_version("Ccbnet", "1.0")
from gi.repository import Ccbnet, GLib  # noqa: E402


def run_in(language, program):
    env = dict(os.environ, LANGUAGE=language, LC_ALL="C.UTF-8")
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(program)], env=env,
                            capture_output=True, text=True, check=True)
    return result.stdout.splitlines()


# A Python program sets its locale from the environment, as every GNOME application does; without
# it, Python leaves LC_MESSAGES at "C" and gettext ignores LANGUAGE.
PROGRAM = """
    import locale
    locale.setlocale(locale.LC_ALL, "")
    import gi
    gi.require_version("Ccbnet", "1.0")
    from gi.repository import Ccbnet, GLib
    registry = Ccbnet.Registry.get_default()
    relation = registry.lookup_relation("r050")
    print(relation.to_sentence(LANG))
    print(Ccbnet.RelationKind.get_label(Ccbnet.RelationKind.MEMBER_OF))
    print(Ccbnet.EntityType.get_label(Ccbnet.EntityType.ORGANISATION))
    try:
        Ccbnet.Registry.new().load_from_bytes(GLib.Bytes.new(b'{"format": "ccbnet/1", "colour": 1}'), "bad.json", None)
    except GLib.Error as error:
        print(error.message)
"""


def test_labels_in_english():
    assert Ccbnet.RelationKind.get_label(Ccbnet.RelationKind.REPRESENTS_IN) == "represents"
    assert Ccbnet.Scope.get_label(Ccbnet.Scope.EUROPEAN) == "European"
    assert Ccbnet.Cadence.get_label(Ccbnet.Cadence.BIMONTHLY) == "every two months"
    assert Ccbnet.Condition.get_label(Ccbnet.Condition.ON_REQUEST) == "only on request"
    assert Ccbnet.RelationKind.get_label(Ccbnet.RelationKind.ANY) is None
    assert Ccbnet.Cadence.get_label(Ccbnet.Cadence.UNSPECIFIED) is None


def test_sentence_in_english():
    registry = Ccbnet.Registry.get_default()
    relation = registry.lookup_relation("r050")
    sentence = relation.to_sentence(None)
    assert sentence == "%s represents %s in %s" % (relation.subject.name, relation.on_behalf_of.name,
                                                   relation.object.name)
    # Names in another language, words in the process's (English here).
    dutch = relation.to_sentence("nl")
    assert dutch.startswith(relation.subject.get_name_for_language("nl") + " represents ")


def test_each_language():
    registry = Ccbnet.Registry.get_default()
    relation = registry.lookup_relation("r050")
    english = run_in("", PROGRAM.replace("LANG", "None"))
    assert english[3] == 'bad.json: $.colour: unknown member "colour" in the dataset'
    seen = set()
    for language in ("nl", "fr", "de"):
        lines = run_in(language, PROGRAM.replace("LANG", repr(language)))
        sentence, label, type_label, error = lines
        # The names are the dataset's in that language; the words are not English.
        for entity in (relation.subject, relation.object, relation.on_behalf_of):
            assert entity.get_name_for_language(language) in sentence
        assert " represents " not in sentence
        assert label != "member of"
        assert error.startswith("bad.json: $.colour: ")
        assert error != english[3]
        assert '"colour"' in error
        seen.add(sentence)
    assert len(seen) == 3
