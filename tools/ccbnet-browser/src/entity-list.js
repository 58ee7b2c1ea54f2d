// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The sidebar: a search entry, filters for scope, section and entity type, and a Gtk.ListView of
// the registry's entities. The view is bound to the registry's own list model through a
// Gtk.FilterListModel and a Gtk.SortListModel, so it follows every load of the registry.

import GObject from 'gi://GObject';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Gtk from 'gi://Gtk?version=4.0';
import Adw from 'gi://Adw?version=1';
import Ccbnet from 'gi://Ccbnet?version=1.0';

import {_, ngettext, format} from './i18n.js';
import * as Words from './words.js';

// Drop-down items as labels that ellipsize, so that a long choice does not widen the sidebar.
function labelFactory(text) {
    const factory = new Gtk.SignalListItemFactory();
    factory.connect('setup', (_f, item) => {
        item.child = new Gtk.Label({xalign: 0, ellipsize: 3 /* END */});
    });
    factory.connect('bind', (_f, item) => {
        item.child.label = text(item.item);
        item.child.tooltip_text = item.child.label;
    });
    return factory;
}

function stringDropDown(strings) {
    return new Gtk.DropDown({
        model: Gtk.StringList.new(strings),
        factory: labelFactory(item => item.string),
    });
}

export const EntityList = GObject.registerClass({
    GTypeName: 'CcbnetBrowserEntityList',
    Signals: {
        // The user picked an entity in the list (or none).
        'entity-selected': {param_types: [GObject.TYPE_OBJECT]},
    },
}, class EntityList extends Gtk.Box {
    _init(registry) {
        super._init({orientation: Gtk.Orientation.VERTICAL});
        this._registry = registry;
        this._languages = Words.userLanguages();
        this._searchHits = null;      // id -> rank from registry.find_all(), or null
        this._searchKey = '';
        this._queryIds = null;        // ids from registry.query_entities(), or null for all
        this._haystacks = new Map();  // id -> folded names, rebuilt after each load
        this._wantedId = null;        // the entity shown, selected whenever the filters let it be
        this._restoreSource = 0;

        this._buildFilters();
        this._buildList();

        const entities = registry.get_entities();
        entities.connect('items-changed', () => this._datasetChanged());
    }

    _buildFilters() {
        const box = new Gtk.Box({
            orientation: Gtk.Orientation.VERTICAL,
            spacing: 6,
            margin_top: 6,
            margin_bottom: 6,
            margin_start: 6,
            margin_end: 6,
        });
        this.append(box);

        this.searchEntry = new Gtk.SearchEntry({
            // Translators: the search entry's placeholder
            placeholder_text: _('Search names in any language'),
            hexpand: true,
        });
        // Translators: the search entry's name for screen readers
        this.searchEntry.update_property([Gtk.AccessibleProperty.LABEL], [_('Search entities')]);
        this.searchEntry.connect('search-changed', () => this._searchChanged());
        // Enter picks the library's best match, as `ccbnet show NAME` would.
        this.searchEntry.connect('activate', () => this._searchActivated());
        box.append(this.searchEntry);

        const grid = new Gtk.Grid({column_spacing: 6, row_spacing: 6, column_homogeneous: true});
        box.append(grid);

        // The choices are the library's labels of the scopes and types, after an "any" item.
        this.scopeDropDown = stringDropDown([
            // Translators: the first choice of the scope filter: no filter
            _('Any scope'),
            ...Words.SCOPES.map(Words.scopeLabel),
        ]);
        // Translators: the tooltip of the scope filter (national, European, international networks)
        this.scopeDropDown.tooltip_text = _('The page’s grouping');
        this.scopeDropDown.connect('notify::selected', () => this._filtersChanged());
        grid.attach(this.scopeDropDown, 0, 0, 1, 1);

        this.typeDropDown = stringDropDown([
            // Translators: the first choice of the type filter: no filter
            _('Any type'),
            ...Words.ENTITY_TYPES.map(Words.entityTypeLabel),
        ]);
        // Translators: the tooltip of the type filter (organisation, platform, law…)
        this.typeDropDown.tooltip_text = _('What kind of thing it is');
        this.typeDropDown.connect('notify::selected', () => this._filtersChanged());
        grid.attach(this.typeDropDown, 1, 0, 1, 1);

        // The section choices are the registry's sections model itself, after an "any" item.
        const any = new Gio.ListStore({item_type: GObject.Object.$gtype});
        // Translators: the first choice of the section filter: no filter
        any.append(Gtk.StringObject.new(_('Any section of the page')));
        const parts = new Gio.ListStore({item_type: Gio.ListModel.$gtype});
        parts.append(any);
        parts.append(this._registry.get_sections());
        this.sectionDropDown = new Gtk.DropDown({
            model: new Gtk.FlattenListModel({model: parts}),
            factory: labelFactory(item => item instanceof Ccbnet.Section
                ? Words.sectionHeading(item, this._languages) : item.string),
            // Translators: the tooltip of the section filter
            tooltip_text: _('The section of the page that introduces it'),
        });
        this.sectionDropDown.connect('notify::selected', () => this._filtersChanged());
        grid.attach(this.sectionDropDown, 0, 1, 2, 1);

        this.countLabel = new Gtk.Label({xalign: 0, margin_start: 2, css_classes: ['dim-label', 'caption']});
        box.append(this.countLabel);
    }

    _buildList() {
        this._searchFilter = Gtk.CustomFilter.new(entity => this._matchesSearch(entity));
        this._queryFilter = Gtk.CustomFilter.new(entity =>
            this._queryIds === null || this._queryIds.has(entity.id));
        const filter = new Gtk.EveryFilter();
        filter.append(this._queryFilter);
        filter.append(this._searchFilter);

        this._filterModel = new Gtk.FilterListModel({
            model: this._registry.get_entities(),
            filter,
        });
        this._sorter = Gtk.CustomSorter.new((a, b) => this._compare(a, b));
        this._sortModel = new Gtk.SortListModel({model: this._filterModel, sorter: this._sorter});
        this.selection = new Gtk.SingleSelection({
            model: this._sortModel,
            autoselect: false,
            can_unselect: true,
        });
        // notify::selected-item, not selection-changed: a selection model reports the changes
        // that come from its model's items-changed only through notify.
        this.selection.connect('notify::selected-item', () => {
            const entity = this.selection.selected_item;
            if (entity) {
                this._wantedId = entity.id;
                this.emit('entity-selected', entity);
            }
        });
        this._sortModel.connect('items-changed', () => {
            this._updateCount();
            this._scheduleRestore();
        });

        const factory = new Gtk.SignalListItemFactory();
        factory.connect('setup', (_f, item) => {
            const box = new Gtk.Box({
                orientation: Gtk.Orientation.VERTICAL,
                spacing: 2,
                margin_top: 6,
                margin_bottom: 6,
                margin_start: 6,
                margin_end: 6,
            });
            box.append(new Gtk.Label({xalign: 0, wrap: true, wrap_mode: 2 /* WORD_CHAR */}));
            box.append(new Gtk.Label({xalign: 0, ellipsize: 3, css_classes: ['dim-label', 'caption']}));
            item.child = box;
        });
        factory.connect('bind', (_f, item) => {
            const entity = item.item;
            const title = item.child.get_first_child();
            const subtitle = title.get_next_sibling();
            title.label = Words.entityLabel(entity, this._languages);
            const details = [Words.entityTypeLabel(entity.entityType)];
            if (entity.shortName && entity.shortName !== title.label)
                details.unshift(entity.shortName);
            subtitle.label = details.join(' · ');
        });

        this.listView = new Gtk.ListView({
            model: this.selection,
            factory,
            single_click_activate: false,
            css_classes: ['navigation-sidebar'],
        });
        // Translators: the list's name for screen readers
        this.listView.update_property([Gtk.AccessibleProperty.LABEL], [_('Entities')]);

        const scrolled = new Gtk.ScrolledWindow({
            child: this.listView,
            vexpand: true,
            hscrollbar_policy: Gtk.PolicyType.NEVER,
        });
        const empty = new Adw.StatusPage({
            icon_name: 'edit-find-symbolic',
            // Translators: the list's empty state, when the search and the filters leave nothing
            title: _('No Matching Entities'),
            description: _('Try another name, or clear the filters.'),
            css_classes: ['compact'],
        });
        this._stack = new Gtk.Stack();
        this._stack.add_named(scrolled, 'list');
        this._stack.add_named(empty, 'empty');
        this.append(this._stack);
        this._updateCount();
    }

    // The folded names an entity is known by, for matching parts of names.
    _haystack(entity) {
        let haystack = this._haystacks.get(entity.id);
        if (haystack === undefined) {
            const names = [entity.id, entity.name, entity.shortName ?? ''];
            for (const name of entity.get_other_names())
                names.push(name.text);
            haystack = names.map(Words.fold).join('\n');
            this._haystacks.set(entity.id, haystack);
        }
        return haystack;
    }

    _matchesSearch(entity) {
        if (!this._searchKey)
            return true;
        return this._searchHits.has(entity.id) || this._haystack(entity).includes(this._searchKey);
    }

    // Exact finds first, in the library's order (id, name, acronym, other name), then names that
    // start with the text, then the rest; alphabetically by the name shown within each group.
    // Returns -1, 0 or 1: with GTK 4.8, touching Gtk.Ordering makes GJS look for a function that
    // only GTK 4.10 has.
    _compare(a, b) {
        const rank = entity => {
            if (!this._searchKey)
                return 0;
            const hit = this._searchHits.get(entity.id);
            if (hit !== undefined)
                return hit;
            const label = Words.fold(Words.entityLabel(entity, this._languages));
            return label.startsWith(this._searchKey) ? 1000 : 2000;
        };
        const difference = rank(a) - rank(b);
        if (difference !== 0)
            return difference < 0 ? -1 : 1;
        const order = Words.entityLabel(a, this._languages)
            .localeCompare(Words.entityLabel(b, this._languages));
        if (order !== 0)
            return order < 0 ? -1 : 1;
        return 0;
    }

    _searchChanged() {
        const text = this.searchEntry.text.trim();
        this._searchKey = Words.fold(text);
        this._searchHits = new Map();
        if (text) {
            // find_all() knows ids, names, acronyms and other names in every language, whole.
            const found = this._registry.find_all(text);
            for (let i = 0; i < found.get_n_items(); i++)
                this._searchHits.set(found.get_item(i).id, i);
        }
        this._searchFilter.changed(Gtk.FilterChange.DIFFERENT);
        this._sorter.changed(Gtk.SorterChange.DIFFERENT);
    }

    _searchActivated() {
        const text = this.searchEntry.text.trim();
        const entity = text ? this._registry.find(text) : null;
        if (entity)
            this.selectEntity(entity);
        else if (this._sortModel.get_n_items() > 0)
            this.selection.set_selected(0);
    }

    _selectedSection() {
        const item = this.sectionDropDown.selected_item;
        return item instanceof Ccbnet.Section ? item : null;
    }

    // The dropdowns become one Ccbnet.Query; its entities are the ones the list shows.
    _filtersChanged() {
        const scope = this.scopeDropDown.selected > 0
            ? Words.SCOPES[this.scopeDropDown.selected - 1] : Ccbnet.Scope.ANY;
        const type = this.typeDropDown.selected > 0
            ? Words.ENTITY_TYPES[this.typeDropDown.selected - 1] : Ccbnet.EntityType.ANY;
        const section = this._selectedSection();

        if (scope === Ccbnet.Scope.ANY && type === Ccbnet.EntityType.ANY && !section) {
            this._queryIds = null;
        } else {
            const query = new Ccbnet.Query({scope, entityType: type, section});
            const found = this._registry.query_entities(query);
            this._queryIds = new Set();
            for (let i = 0; i < found.get_n_items(); i++)
                this._queryIds.add(found.get_item(i).id);
        }
        this._queryFilter.changed(Gtk.FilterChange.DIFFERENT);
    }

    get filtersActive() {
        return this.searchEntry.text !== '' || this.scopeDropDown.selected !== 0 ||
            this.typeDropDown.selected !== 0 || this.sectionDropDown.selected !== 0;
    }

    clearFilters() {
        this.searchEntry.text = '';
        // search-changed is delayed; apply the empty search now.
        this._searchChanged();
        this.scopeDropDown.selected = 0;
        this.typeDropDown.selected = 0;
        this.sectionDropDown.selected = 0;
    }

    _positionOf(id) {
        for (let i = 0; i < this._sortModel.get_n_items(); i++) {
            if (this._sortModel.get_item(i).id === id)
                return i;
        }
        return -1;
    }

    // Selects the entity (by id, so that an entity of an earlier load finds its successor). With
    // reveal, clears the filters if they hide it. Returns whether it is in the list.
    selectEntity(entity, {reveal = true} = {}) {
        this._wantedId = entity?.id ?? null;
        if (!entity) {
            this.selection.unselect_all();
            return false;
        }
        let position = this._positionOf(entity.id);
        if (position < 0 && reveal && this.filtersActive) {
            this.clearFilters();
            position = this._positionOf(entity.id);
        }
        if (position < 0)
            return false;
        if (this.selection.selected !== position)
            this.selection.set_selected(position);
        // Gtk.ListView.scroll_to() is GTK 4.12; the list's own action does it on 4.8.
        this.listView.activate_action('list.scroll-to-item', new GLib.Variant('u', position));
        return true;
    }

    // When the filters change or the registry loads, the entity shown stays selected if it is
    // (still, or again) in the list.
    _scheduleRestore() {
        if (this._restoreSource)
            return;
        this._restoreSource = GLib.idle_add(GLib.PRIORITY_DEFAULT, () => {
            this._restoreSource = 0;
            const id = this._wantedId;
            if (id !== null && this.selection.selected_item?.id !== id) {
                const position = this._positionOf(id);
                if (position >= 0)
                    this.selection.set_selected(position);
            }
            return GLib.SOURCE_REMOVE;
        });
    }

    _datasetChanged() {
        // The old entities' names are gone with them; the query holds the old snapshot's ids.
        this._haystacks.clear();
        if (this.sectionDropDown.selected !== 0)
            this.sectionDropDown.selected = 0;
        this._searchChanged();
        this._filtersChanged();
        this._updateCount();
    }

    _updateCount() {
        const total = this._registry.get_entities().get_n_items();
        const shown = this._sortModel.get_n_items();
        this.countLabel.label = shown === total
            // Translators: under the filters, how many entities the list shows: all of them
            ? format(ngettext('%d entity', '%d entities', total), total)
            // Translators: under the filters, how many entities the list shows, of how many
            : format(ngettext('%1$d of %2$d entity', '%1$d of %2$d entities', total), shown, total);
        this._stack.visible_child_name = shown > 0 ? 'list' : 'empty';
    }
});
