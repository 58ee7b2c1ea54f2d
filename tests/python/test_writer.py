# SPDX-License-Identifier: LGPL-2.1-or-later
"""The canonical JSON form, checked against an independent writer: Python's json module.

The library's writer (Registry.to_json) promises the text json.dumps(data, indent=2,
ensure_ascii=False) writes, plus a final newline; these tests hold it to that on the shipped
dataset and on one made of hard characters, and check that saving gives the same bytes.
"""

import json

from gi.repository import Ccbnet, GLib, Gio


def python_form(text):
    return json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_shipped_dataset_is_what_python_writes():
    written = Ccbnet.Registry.get_default().to_json().get_data().decode("utf-8")
    assert written == python_form(written)
    assert json.loads(written)["title"] == Ccbnet.Registry.get_default().dup_title()


def test_hard_characters_are_written_as_python_writes_them():
    title = "tab\there \"q\" \\ \x01\x1f \u2028 \u00a0 Commission\u2019s \U0001F600"
    data = {"$schema": "https://example.org/ccbnet.schema.json", "format": "ccbnet/1", "title": title, "license": "CC0", "sources": [],
            "sections": [], "entities": [], "relations": []}
    registry = Ccbnet.Registry.new()
    registry.load_from_bytes(GLib.Bytes.new(json.dumps(data).encode("utf-8")), "hard.json", None)
    written = registry.to_json().get_data().decode("utf-8")
    assert written == python_form(json.dumps(data))
    assert registry.dup_title() == title
    assert registry.dup_license() == "CC0"


def test_saved_file_has_the_same_bytes(tmp_path):
    registry = Ccbnet.Registry.get_default()
    target = tmp_path / "saved.json"
    target.write_text("old")
    assert registry.write_json(Gio.File.new_for_path(str(target)), None)
    assert target.read_bytes() == registry.to_json().get_data()
    assert [p.name for p in tmp_path.iterdir()] == ["saved.json"]
