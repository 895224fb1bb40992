// normgraph's side-by-side diff view: one self-contained component, used by the versions of a
// text (versions.js) and open to any other view that has two texts and aligned segments (text
// reuse). Needs diff.css. Every text reaches the page through textContent only.
//
//   NormgraphDiff.render(container, diff)   draws diff = {from: {name, text}, to: {name, text},
//                                           segments: [{kind, fromStart, fromEnd, toStart, toEnd}]}
//                                           (the shape of GET /api/v1/diff; kind EQUAL, INSERT,
//                                           DELETE or REPLACE; offsets in characters)
//                                           from.spans / to.spans (optional): [[start, end], …] character
//                                           ranges of that text to highlight (e.g. reused passages)
//   NormgraphDiff.open(fromId, toId)        fetches GET /api/v1/diff and shows it in a dialog
//   NormgraphDiff.show(diff)                shows an already computed diff in the dialog
'use strict';

(() => {
  const KINDS = { EQUAL: 'same', INSERT: 'added', DELETE: 'removed', REPLACE: 'changed' };

  function node(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') element.className = value;
      else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
      else element.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /**
   * The texts cut at the segments' starts, so each row holds a segment with the spacing and
   * punctuation that follow it; text before the first segment goes with it.
   */
  function rows(diff) {
    const from = diff.from.text || '';
    const to = diff.to.text || '';
    const segments = diff.segments || [];
    return segments.map((segment, i) => {
      const next = segments[i + 1];
      const leftStart = i === 0 ? 0 : segment.fromStart;
      const rightStart = i === 0 ? 0 : segment.toStart;
      return {
        kind: segment.kind,
        leftStart,
        left: from.slice(leftStart, next ? next.fromStart : from.length),
        rightStart,
        right: to.slice(rightStart, next ? next.toStart : to.length),
      };
    });
  }

  /** A cell's text starting at offset `start` of its whole text, the parts inside `spans` in <mark>s. */
  function highlighted(text, start, spans) {
    if (!spans || spans.length === 0) return [text];
    const end = start + text.length;
    const parts = [];
    let at = start;
    for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
      const a = Math.max(from, at);
      const b = Math.min(to, end);
      if (a >= b) continue;
      if (a > at) parts.push(text.slice(at - start, a - start));
      parts.push(node('mark', { class: 'diff-span' }, text.slice(a - start, b - start)));
      at = b;
    }
    if (at < end) parts.push(text.slice(at - start));
    return parts;
  }

  function render(container, diff) {
    const counts = { INSERT: 0, DELETE: 0, REPLACE: 0 };
    const body = rows(diff).map((row) => {
      if (row.kind in counts) counts[row.kind] += 1;
      const kind = KINDS[row.kind] || 'same';
      return node('tr', { class: `diff-${kind}`, 'data-kind': row.kind },
        node('td', { class: 'diff-from' }, highlighted(row.left, row.leftStart, diff.from.spans)),
        node('td', { class: 'diff-mark', 'aria-label': kind }, row.kind === 'EQUAL' ? '' : { INSERT: '+', DELETE: '−', REPLACE: '~' }[row.kind]),
        node('td', { class: 'diff-to' }, highlighted(row.right, row.rightStart, diff.to.spans)));
    });
    const view = node('div', { class: 'diff-view', 'data-testid': 'diff' },
      node('p', { class: 'diff-summary' },
        `${counts.REPLACE} changed, ${counts.INSERT} added, ${counts.DELETE} removed (word by word, ignoring case and punctuation)`),
      node('table', { class: 'diff-table' },
        node('thead', {}, node('tr', {},
          node('th', { scope: 'col' }, diff.from.name || diff.from.id || 'from'),
          node('th', { scope: 'col', class: 'diff-mark' }, ''),
          node('th', { scope: 'col' }, diff.to.name || diff.to.id || 'to'))),
        node('tbody', {}, body.length ? body : node('tr', {}, node('td', { colspan: 3, class: 'diff-empty' }, 'Both texts are empty.')))));
    container.replaceChildren(view);
    return view;
  }

  let dialog = null;

  function dialogElement() {
    if (dialog) return dialog;
    dialog = node('dialog', { class: 'diff-dialog', id: 'diff-dialog', 'aria-label': 'Side-by-side comparison' },
      node('div', { class: 'diff-head' },
        node('h2', { class: 'diff-title' }, 'Compare'),
        node('button', { type: 'button', class: 'diff-close', onclick: () => dialog.close() }, 'Close')),
      node('div', { class: 'diff-body' }));
    document.body.append(dialog);
    return dialog;
  }

  function show(diff) {
    const box = dialogElement();
    box.querySelector('.diff-title').textContent = `${diff.from.name || diff.from.id} → ${diff.to.name || diff.to.id}`;
    render(box.querySelector('.diff-body'), diff);
    if (!box.open) box.showModal();
    return box;
  }

  async function open(fromId, toId) {
    const response = await fetch(`/api/v1/diff?${new URLSearchParams({ from: fromId, to: toId })}`, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || response.statusText);
    return show(body);
  }

  window.NormgraphDiff = { render, show, open };
})();
