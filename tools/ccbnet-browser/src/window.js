// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The main window: the entity list beside the selected entity, a header bar to open datasets and
// go back, a spinner while a dataset loads in the library's worker thread, and the loader's error
// in a banner when a file does not load (the registry, and so the window, keep what they had).

import GObject from 'gi://GObject';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Gdk from 'gi://Gdk?version=4.0';
import Gtk from 'gi://Gtk?version=4.0';
import Adw from 'gi://Adw?version=1';
import Ccbnet from 'gi://Ccbnet?version=1.0';

import {_, ngettext, format} from './i18n.js';
import {EntityList} from './entity-list.js';
import {EntityDetails} from './details.js';

Gio._promisify(Ccbnet.Registry.prototype, 'load_from_file_async', 'load_from_file_finish');

// The copy of the shipped dataset that libccbnet installs (share/ccbnet-1/ccbnet.json), or the
// source tree's when the browser runs uninstalled. The registry cannot be reset to the compiled-in
// dataset once it has loaded a file, so "Open Shipped Dataset" loads this file.
export function shippedDatasetFile() {
    const candidates = [GLib.get_user_data_dir(), ...GLib.get_system_data_dirs()]
        .map(dir => GLib.build_filenamev([dir, 'ccbnet-1', 'ccbnet.json']));
    const here = Gio.File.new_for_uri(import.meta.url).get_parent();
    if (here.resolve_relative_path('../meson.build').query_exists(null))
        candidates.push(here.resolve_relative_path('../../../data/ccbnet.json').get_path());
    const path = candidates.find(candidate => GLib.file_test(candidate, GLib.FileTest.IS_REGULAR));
    return path ? Gio.File.new_for_path(path) : null;
}

// "97 relations", "1 entity": the counts of the summaries, as parts of the sentences above.
function entitiesText(n) {
    // Translators: a count in a sentence: "Loaded 12 entities and 97 relations from …"
    return format(ngettext('%d entity', '%d entities', n), n);
}

function relationsText(n) {
    // Translators: a count in a sentence: "Loaded 12 entities and 97 relations from …"
    return format(ngettext('%d relation', '%d relations', n), n);
}

export const BrowserWindow = GObject.registerClass({
    GTypeName: 'CcbnetBrowserWindow',
}, class BrowserWindow extends Adw.ApplicationWindow {
    _init({registry, ...params}) {
        super._init({
            default_width: 1180,
            default_height: 760,
            // Translators: the application's name, as in its desktop file and its About window
            title: _('CCB Network Browser'),
            ...params,
        });
        this.registry = registry;
        this._history = [];           // ids of the entities shown before, for Back
        this._currentId = null;
        this._remember = true;
        this._loadCancellable = null;
        // get_default() loads CCBNET_DATASET instead of the shipped dataset when it is set.
        const override = GLib.getenv('CCBNET_DATASET');
        // Translators: in the window's subtitle, the dataset shown when no file was opened
        this._datasetName = override ? GLib.path_get_basename(override) : _('Shipped dataset');

        // Once a load has replaced the content and every model of the registry has followed.
        registry.connect('loaded', () => this._datasetReplaced());

        this._buildUi();
        this._installActions();
        this.setAsOf(GLib.DateTime.new_now_local().format('%Y-%m-%d'));
        this._updateTitle();
        this.connect('close-request', () => {
            this._loadCancellable?.cancel();
            return false;
        });
    }

    _buildUi() {
        const header = new Adw.HeaderBar();
        // Translators: the application's name, as in its desktop file and its About window
        this.windowTitle = new Adw.WindowTitle({title: _('CCB Network Browser')});
        header.title_widget = this.windowTitle;

        this.backButton = new Gtk.Button({
            icon_name: 'go-previous-symbolic',
            // Translators: a tooltip: back to the entity shown before
            tooltip_text: _('Back'),
            action_name: 'win.back',
        });
        header.pack_start(this.backButton);
        const openButton = new Gtk.Button({
            icon_name: 'document-open-symbolic',
            // Translators: a tooltip, and the file chooser's title
            tooltip_text: _('Open a Dataset'),
            action_name: 'win.open',
        });
        header.pack_start(openButton);

        // As of which day: the relations that may hold then (CcbnetQuery:valid-at), today by
        // default, or everything the dataset knows.
        this.asOfCalendar = new Gtk.Calendar();
        this.asOfCalendar.connect('day-selected', () => {
            this.setAsOf(this.asOfCalendar.get_date().format('%Y-%m-%d'));
        });
        // Translators: a button under the calendar: show the relations that may hold today
        const todayButton = new Gtk.Button({label: _('_Today'), use_underline: true});
        todayButton.connect('clicked', () => {
            this.setAsOf(GLib.DateTime.new_now_local().format('%Y-%m-%d'));
            this.asOfButton.popdown();
        });
        // Translators: a button under the calendar: show every relation, whatever its dates
        this.allDatesButton = new Gtk.Button({label: _('_All Dates'), use_underline: true});
        this.allDatesButton.connect('clicked', () => {
            this.setAsOf(null);
            this.asOfButton.popdown();
        });
        const asOfButtons = new Gtk.Box({spacing: 6, homogeneous: true});
        asOfButtons.append(todayButton);
        asOfButtons.append(this.allDatesButton);
        const asOfBox = new Gtk.Box({orientation: Gtk.Orientation.VERTICAL, spacing: 6});
        asOfBox.append(new Gtk.Label({
            label: _('Show the relations that may hold on a day, or all the dataset knows.'),
            wrap: true,
            max_width_chars: 30,
            xalign: 0,
        }));
        asOfBox.append(this.asOfCalendar);
        asOfBox.append(asOfButtons);
        this.asOfButton = new Gtk.MenuButton({
            popover: new Gtk.Popover({child: asOfBox}),
            // Translators: the tooltip of the button that opens the calendar
            tooltip_text: _('As of Which Day'),
            always_show_arrow: true,
        });
        header.pack_end(this.asOfButton);

        const menu = new Gio.Menu();
        // Translators: a menu item: choose a dataset file to open
        menu.append(_('_Open Dataset…'), 'win.open');
        // Translators: a menu item: open the dataset that comes with the library again
        menu.append(_('Open _Shipped Dataset'), 'win.open-shipped');
        const aboutSection = new Gio.Menu();
        aboutSection.append(_('_About CCB Network Browser'), 'app.about');
        menu.append_section(null, aboutSection);
        header.pack_end(new Gtk.MenuButton({
            icon_name: 'open-menu-symbolic',
            menu_model: menu,
            tooltip_text: _('Main Menu'),
            primary: true,
        }));
        this.spinner = new Gtk.Spinner({visible: false, tooltip_text: _('Loading the dataset')});
        header.pack_end(this.spinner);

        // The loader's error, until dismissed or until a dataset loads.
        this._errorTitle = new Gtk.Label({xalign: 0, wrap: true, css_classes: ['heading']});
        this._errorMessage = new Gtk.Label({xalign: 0, wrap: true, wrap_mode: 2, selectable: true});
        const errorText = new Gtk.Box({orientation: Gtk.Orientation.VERTICAL, spacing: 2, hexpand: true});
        errorText.append(this._errorTitle);
        errorText.append(this._errorMessage);
        const dismiss = new Gtk.Button({
            icon_name: 'window-close-symbolic',
            // Translators: the tooltip of the button that closes the error banner
            tooltip_text: _('Dismiss'),
            valign: Gtk.Align.CENTER,
            css_classes: ['flat', 'circular'],
        });
        dismiss.connect('clicked', () => {
            this.errorBanner.reveal_child = false;
        });
        const errorBox = new Gtk.Box({spacing: 12, css_classes: ['error-banner']});
        errorBox.append(new Gtk.Image({icon_name: 'dialog-error-symbolic', valign: Gtk.Align.CENTER}));
        errorBox.append(errorText);
        errorBox.append(dismiss);
        this.errorBanner = new Gtk.Revealer({child: errorBox, reveal_child: false});

        this.entityList = new EntityList(this.registry);
        this.entityList.connect('entity-selected', (_list, entity) => this._entitySelected(entity));
        this.details = new EntityDetails(this.registry);
        this.details.connect('follow', (_details, entity) => this.showEntity(entity));

        const paned = new Gtk.Paned({
            start_child: this.entityList,
            end_child: this.details,
            position: 380,
            resize_start_child: false,
            shrink_start_child: false,
            shrink_end_child: false,
            vexpand: true,
        });
        this.entityList.set_size_request(280, -1);
        this.details.set_size_request(420, -1);

        this.toastOverlay = new Adw.ToastOverlay({child: paned, vexpand: true});
        const box = new Gtk.Box({orientation: Gtk.Orientation.VERTICAL});
        box.append(header);
        box.append(this.errorBanner);
        box.append(this.toastOverlay);
        this.content = box;

        // A dataset file dropped on the window loads like an opened one.
        const drop = Gtk.DropTarget.new(Gio.File.$gtype, Gdk.DragAction.COPY);
        drop.connect('drop', (_target, file) => {
            if (!(file instanceof Gio.File) || this.loading)
                return false;
            this.loadFile(file);
            return true;
        });
        this.add_controller(drop);
    }

    _installActions() {
        const add = (name, callback) => {
            const action = new Gio.SimpleAction({name});
            action.connect('activate', callback);
            this.add_action(action);
            return action;
        };
        this._openAction = add('open', () => this._chooseFile());
        this._openShippedAction = add('open-shipped', () => {
            const file = shippedDatasetFile();
            if (file)
                this.loadFile(file, _('Shipped dataset'));
        });
        this._openShippedAction.enabled = shippedDatasetFile() !== null;
        this._backAction = add('back', () => this.goBack());
        this._backAction.enabled = false;
        add('search', () => this.entityList.searchEntry.grab_focus());
    }

    _chooseFile() {
        const chooser = new Gtk.FileChooserNative({
            title: _('Open a Dataset'),
            transient_for: this,
            modal: true,
            action: Gtk.FileChooserAction.OPEN,
            // Translators: the file chooser's button
            accept_label: _('_Open'),
        });
        // Translators: a file type in the file chooser
        const json = new Gtk.FileFilter({name: _('Datasets (JSON)')});
        json.add_mime_type('application/json');
        json.add_suffix('json');
        chooser.add_filter(json);
        // Translators: a file type in the file chooser
        const all = new Gtk.FileFilter({name: _('All files')});
        all.add_pattern('*');
        chooser.add_filter(all);
        chooser.connect('response', (_chooser, response) => {
            if (response === Gtk.ResponseType.ACCEPT)
                this.loadFile(chooser.get_file());
            chooser.destroy();
            this.chooser = null;
        });
        this.chooser = chooser; // kept alive until it answers
        chooser.show();
    }

    get loading() {
        return this._loadCancellable !== null;
    }

    // Loads a dataset file into the registry without blocking the main loop. The list, the
    // filters and the details follow through the registry's models; on error the registry keeps
    // its content and the banner says what is wrong and where.
    async loadFile(file, name = null) {
        this._loadCancellable?.cancel();
        const cancellable = new Gio.Cancellable();
        this._loadCancellable = cancellable;
        const displayName = name ?? file.get_basename();
        this.spinner.visible = true;
        this.spinner.spinning = true;
        this._openAction.enabled = false;
        // Translators: the window's subtitle while a dataset loads; %s is its file name
        this.windowTitle.subtitle = format(_('Loading %s…'), displayName);

        try {
            await this.registry.load_from_file_async(file, cancellable);
            this._datasetName = displayName;
            this.errorBanner.reveal_child = false;
            const entities = this.registry.get_entities().get_n_items();
            const relations = this.registry.get_relations().get_n_items();
            this.toastOverlay.add_toast(new Adw.Toast({
                // Translators: %1$s is "N entities", %2$s "N relations", %3$s the file name
                title: format(_('Loaded %1$s and %2$s from %3$s'), entitiesText(entities),
                    relationsText(relations), displayName),
                timeout: 4,
            }));
            return true;
        } catch (e) {
            if (e instanceof GLib.Error && e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED))
                return false;
            // Translators: the error banner's heading; %1$s is the file that did not load, %2$s the
            // dataset still shown (a file name, or "Shipped dataset"). The loader's message follows.
            this._showError(format(_('Could not open “%1$s”; still showing %2$s'), displayName,
                this._datasetName), e.message);
            return false;
        } finally {
            if (this._loadCancellable === cancellable) {
                this._loadCancellable = null;
                this.spinner.spinning = false;
                this.spinner.visible = false;
                this._openAction.enabled = true;
                this._updateTitle();
            }
        }
    }

    _showError(title, message) {
        this._errorTitle.label = title;
        this._errorMessage.label = message;
        this.errorBanner.reveal_child = true;
    }

    _primaryDocument() {
        const documents = this.registry.get_documents();
        for (let i = 0; i < documents.get_n_items(); i++) {
            const document = documents.get_item(i);
            if (document.kind === Ccbnet.DocumentKind.PRIMARY)
                return document;
        }
        return null;
    }

    // The day the details are about (YYYY-MM-DD), or null for everything the dataset knows.
    setAsOf(day) {
        this.asOf = day;
        // Translators: the label of the calendar's button: %s is a day, YYYY-MM-DD; or all dates
        this.asOfButton.label = day ? format(_('As of %s'), day) : _('All Dates');
        if (day) {
            const [year, month, date] = day.split('-').map(Number);
            const shown = this.asOfCalendar.get_date();
            if (shown.get_year() !== year || shown.get_month() !== month || shown.get_day_of_month() !== date)
                this.asOfCalendar.select_day(GLib.DateTime.new_local(year, month, date, 0, 0, 0));
        }
        this.details.setAsOf(day);
    }

    _updateTitle() {
        this.windowTitle.subtitle = this._datasetName;
        const entities = this.registry.get_entities().get_n_items();
        const relations = this.registry.get_relations().get_n_items();
        const document = this._primaryDocument();
        const counts = document
            // Translators: what the dataset holds, on the page shown before an entity is picked:
            // %1$s is "N entities", %2$s "N relations", %3$s the title of the dataset's page
            ? format(_('%1$s and %2$s from “%3$s”.'), entitiesText(entities), relationsText(relations),
                document.title)
            // Translators: %1$s is "N entities", %2$s "N relations"
            : format(_('%1$s and %2$s.'), entitiesText(entities), relationsText(relations));
        const invitation = _('Pick one in the list, or search for a name in any language.');
        this.details.setSummary(`${counts}\n${invitation}`);
    }

    _datasetReplaced() {
        // What is shown belongs to the old dataset: show its successor (same id), if any. The
        // registry's ::loaded comes after all its models have followed.
        this._updateTitle();
        const entity = this._currentId ? this.registry.lookup(this._currentId) : null;
        if (entity) {
            this.entityList.selectEntity(entity, {reveal: false});
            this._entitySelected(entity);
        } else {
            this._currentId = null;
            this.entityList.selectEntity(null);
            this.details.showEntity(null);
        }
    }

    _entitySelected(entity) {
        if (entity.id === this._currentId && this.details.entity === entity)
            return;
        if (this._currentId !== null && this._currentId !== entity.id && this._remember) {
            this._history.push(this._currentId);
            this._backAction.enabled = true;
        }
        this._currentId = entity.id;
        this.details.showEntity(entity);
    }

    // Shows an entity: selects it in the list (clearing filters that hide it) and in the details.
    showEntity(entity, {remember = true} = {}) {
        this._remember = remember;
        try {
            this.entityList.selectEntity(entity);
            this._entitySelected(entity);
        } finally {
            this._remember = true;
        }
    }

    goBack() {
        while (this._history.length > 0) {
            const entity = this.registry.lookup(this._history.pop());
            if (entity) {
                this.showEntity(entity, {remember: false});
                break;
            }
        }
        this._backAction.enabled = this._history.length > 0;
    }
});
