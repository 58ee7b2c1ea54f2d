// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The entry point: gjs -m main.js [FILE]

import GLib from 'gi://GLib';
import Gettext from 'gettext';
import System from 'system';

import {GETTEXT_DOMAIN} from './i18n.js';
import {BrowserApplication} from './application.js';

// The browser's translations (domain "ccbnet", the ccbnet program's) are in $CCBNET_LOCALEDIR:
// the launcher sets it to the install's locale directory (<prefix>/<localedir>), the uninstalled
// launcher and the tests to the build tree's. Without it (gjs -m main.js), gettext's own
// directory. The library binds its domain, libccbnet-1, itself.
const localedir = GLib.getenv('CCBNET_LOCALEDIR');
if (localedir)
    Gettext.bindtextdomain(GETTEXT_DOMAIN, localedir);
Gettext.textdomain(GETTEXT_DOMAIN);

const application = new BrowserApplication();
const status = application.run([System.programInvocationName, ...System.programArgs]);
System.exit(status);
