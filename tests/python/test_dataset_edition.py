# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The dataset edition at the top of NEWS is the shipped dataset's: the newest day on which one
of its sources was read, as the library reports the sources (CONTRIBUTING.md, "Versions")."""

import os
import re

# This file is tests/python/ of the source tree, which NEWS tops.
NEWS = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "NEWS")


def test_news_names_the_shipped_edition(registry):
    with open(NEWS, encoding="utf-8") as news:
        text = news.read()
    editions = re.findall(r"^Dataset edition (\d{4}-\d{2}-\d{2})(?:\.(\d+))?", text, re.M)
    assert editions, "NEWS names no dataset edition"
    newest = max(d.props.retrieved for d in registry.get_documents() if d.props.retrieved)
    assert editions[0][0] == newest
    # Editions only move forward.
    assert [e[0] for e in editions] == sorted((e[0] for e in editions), reverse=True)
