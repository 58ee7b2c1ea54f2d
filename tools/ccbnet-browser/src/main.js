// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The entry point: gjs -m main.js [FILE]

import System from 'system';

import {BrowserApplication} from './application.js';

const application = new BrowserApplication();
const status = application.run([System.programInvocationName, ...System.programArgs]);
System.exit(status);
