// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The application: one window on the default registry (the shipped dataset), and the files given
// on the command line or opened from the desktop loaded into it.

import GObject from 'gi://GObject';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Gdk from 'gi://Gdk?version=4.0';
import Gtk from 'gi://Gtk?version=4.0';
import Adw from 'gi://Adw?version=1';
import Ccbnet from 'gi://Ccbnet?version=1.0';

import {_} from './i18n.js';
import {BrowserWindow} from './window.js';

export const APPLICATION_ID = 'org.ccbnet.Browser';

const here = Gio.File.new_for_uri(import.meta.url).get_parent();

export const BrowserApplication = GObject.registerClass({
    GTypeName: 'CcbnetBrowserApplication',
}, class BrowserApplication extends Adw.Application {
    _init(params = {}) {
        super._init({
            application_id: APPLICATION_ID,
            flags: Gio.ApplicationFlags.HANDLES_OPEN,
            ...params,
        });
        // Translators: the application's name, as in its desktop file and its About window
        GLib.set_application_name(_('CCB Network Browser'));
    }

    vfunc_startup() {
        super.vfunc_startup();

        const display = Gdk.Display.get_default();
        const css = new Gtk.CssProvider();
        css.load_from_file(here.get_child('style.css'));
        Gtk.StyleContext.add_provider_for_display(display, css,
            Gtk.STYLE_PROVIDER_PRIORITY_APPLICATION);

        // The icon, when the browser runs from the source tree or from a prefix that is not in
        // XDG_DATA_DIRS.
        const theme = Gtk.IconTheme.get_for_display(display);
        for (const path of ['../data/icons', '../icons']) {
            const dir = here.resolve_relative_path(path);
            if (dir.query_exists(null))
                theme.add_search_path(dir.get_path());
        }
        Gtk.Window.set_default_icon_name(APPLICATION_ID);

        const about = new Gio.SimpleAction({name: 'about'});
        about.connect('activate', () => this._showAbout());
        this.add_action(about);
        const quit = new Gio.SimpleAction({name: 'quit'});
        quit.connect('activate', () => this.quit());
        this.add_action(quit);

        this.set_accels_for_action('app.quit', ['<Control>q']);
        this.set_accels_for_action('window.close', ['<Control>w']);
        this.set_accels_for_action('win.open', ['<Control>o']);
        this.set_accels_for_action('win.back', ['<Alt>Left']);
        this.set_accels_for_action('win.search', ['<Control>f']);
    }

    get window() {
        let window = this.active_window;
        if (!window)
            window = new BrowserWindow({application: this, registry: Ccbnet.Registry.get_default()});
        return window;
    }

    vfunc_activate() {
        this.window.present();
    }

    vfunc_open(files, _hint) {
        const window = this.window;
        window.present();
        if (files.length > 0)
            window.loadFile(files[0]);
    }

    _showAbout() {
        const about = new Adw.AboutWindow({
            transient_for: this.active_window,
            modal: true,
            application_name: _('CCB Network Browser'),
            application_icon: APPLICATION_ID,
            version: Ccbnet.VERSION_S,
            developer_name: 'The libccbnet authors',
            // Translators: the About window's description of the application
            comments: _('The organisations, consultation platforms and relations of the Centre ' +
                'for Cybersecurity Belgium’s networks, each with the sentence it comes from.'),
            license_type: Gtk.License.LGPL_2_1,
        });
        about.present();
    }
});
