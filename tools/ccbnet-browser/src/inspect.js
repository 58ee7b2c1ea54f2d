// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Test hooks: what a window shows, read from its widgets, and a picture of it. The browser's test
// (tests/browser) drives the application in process and checks the window through these.

import GLib from 'gi://GLib';
import Graphene from 'gi://Graphene';
import Gtk from 'gi://Gtk?version=4.0';

// Every widget under root, depth first, in the order GTK lays them out.
export function* widgets(root) {
    yield root;
    for (let child = root.get_first_child(); child; child = child.get_next_sibling())
        yield* widgets(child);
}

// Whether the user can see the widget: it and its ancestors are mapped and drawn.
export function isShowing(widget) {
    return widget.get_mapped() && widget.get_child_visible() && widget.get_opacity() > 0;
}

// The texts of the labels the user can see under root, in layout order.
export function visibleTexts(root) {
    const texts = [];
    for (const widget of widgets(root)) {
        if (widget instanceof Gtk.Label && isShowing(widget) && widget.label !== '')
            texts.push(widget.label);
    }
    return texts;
}

export function findWidget(root, predicate) {
    for (const widget of widgets(root)) {
        if (predicate(widget))
            return widget;
    }
    return null;
}

export function findWidgets(root, predicate) {
    return [...widgets(root)].filter(predicate);
}

// The rows of a list view that GTK shows as selected (the :selected state), not what the model
// says: the texts of their visible labels.
export function selectedRowsTexts(listView) {
    const rows = [];
    for (let row = listView.get_first_child(); row; row = row.get_next_sibling()) {
        if (isShowing(row) && (row.get_state_flags() & Gtk.StateFlags.SELECTED))
            rows.push(visibleTexts(row));
    }
    return rows;
}

// Resolves after the main loop has run for ms milliseconds (layout, idle handlers, frames).
export function wait(ms = 50) {
    return new Promise(resolve => {
        GLib.timeout_add(GLib.PRIORITY_LOW, ms, () => {
            resolve();
            return GLib.SOURCE_REMOVE;
        });
    });
}

// Resolves when predicate() holds, rejects after timeout ms.
export async function waitFor(predicate, what, timeout = 10000) {
    const start = GLib.get_monotonic_time();
    while (!predicate()) {
        if (GLib.get_monotonic_time() - start > timeout * 1000)
            throw new Error(`timed out waiting for ${what}`);
        // eslint-disable-next-line no-await-in-loop
        await wait(20);
    }
}

// Renders the widget as it is on screen, with the renderer of its window, and saves a PNG.
// Under Xvfb use GSK_RENDERER=cairo: there is no GL.
export function saveScreenshot(widget, path) {
    const paintable = new Gtk.WidgetPaintable({widget});
    const width = widget.get_width();
    const height = widget.get_height();
    const snapshot = new Gtk.Snapshot();
    paintable.snapshot(snapshot, width, height);
    const node = snapshot.to_node();
    if (!node)
        throw new Error('the widget drew nothing');
    const renderer = widget.get_native().get_renderer();
    const viewport = new Graphene.Rect();
    viewport.init(0, 0, width, height);
    const texture = renderer.render_texture(node, viewport);
    if (!texture.save_to_png(path))
        throw new Error(`could not save ${path}`);
    return texture;
}
