// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Ccbnet.js: the GJS override of libccbnet.
//
// GJS 1.74 lets `for…of` iterate only the types its own overrides make iterable, such as
// Gio.ListStore. The registry's entity and relation listings are a Ccbnet.RecordList, a list
// model that makes each object only when it is read; this override makes it iterable too, with
// the same iterator GJS gives Gio.ListStore (get_n_items(), then get_item() one by one).
//
// GJS loads overrides from the directories of imports.overrides.searchPath when a namespace is
// first imported. This file is installed in $datadir/ccbnet-1/gjs/overrides; put that directory
// first on the path, before anything imports Ccbnet:
//
//     imports.overrides.searchPath.unshift('/usr/share/ccbnet-1/gjs/overrides');
//     const {default: Ccbnet} = await import('gi://Ccbnet?version=1.0');
//
// (an ES module's static imports run before its code, hence the dynamic import). Without the
// override, index the list: for (let i = 0; i < list.get_n_items(); i++) list.get_item(i).

/* exported _init */

function _init() {
    const Ccbnet = this;

    Ccbnet.RecordList.prototype[Symbol.iterator] = function* () {
        const n = this.get_n_items();

        for (let i = 0; i < n; i++)
            yield this.get_item(i);
    };
}
