// A map from the namespaces the reference links to, to where their references live.
//
// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
baseURLs = [
    ['GLib', 'https://docs.gtk.org/glib/'],
    ['GObject', 'https://docs.gtk.org/gobject/'],
    ['Gio', 'https://docs.gtk.org/gio/'],
]
