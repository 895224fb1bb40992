// normgraph explorer: the versions of the selected text (or of the selected version's text) in
// the side panel, earliest first, each a click away from a side-by-side diff with the one above
// it (diff.js). As of the replay's date, only the versions dated by then.
'use strict';

(() => {
  const ng = window.normgraph;
  const { el } = ng;

  function hasText(version) {
    return typeof version.text === 'string' && version.text.trim() !== '';
  }

  function item(entry, previous) {
    const version = entry.version;
    const compare = previous && hasText(version) && hasText(previous.version)
      ? el('button', { type: 'button', class: 'compare', 'data-from': previous.version.id, 'data-to': version.id,
        title: `Word by word: ${previous.version.name} → ${version.name}`,
        onclick: () => window.NormgraphDiff.open(previous.version.id, version.id).catch((error) => ng.showError(`Could not compare: ${error.message}`)) },
      'Compare with the one above')
      : null;
    return el('li', { 'data-id': version.id, class: entry.current ? 'current' : null },
      el('span', { class: 'when' }, version.date || 'undated'), ' ',
      version.status ? el('span', { class: 'badge status' }, version.status) : null, ' ',
      el('button', { type: 'button', class: 'linklike', onclick: () => ng.choose(version.id) }, version.name),
      entry.current ? el('span', { class: 'hint' }, ' (current)') : null,
      entry.supersedes.length === 0 && previous ? el('span', { class: 'hint' }, ' (parallel wording)') : null,
      el('div', { class: 'hint' }, `${version.source || ''} · ${version.locator || ''}`),
      compare);
  }

  async function showVersions(data, panel) {
    const path = `/api/v1/nodes/${encodeURIComponent(data.id)}/versions`;
    let versions;
    try {
      versions = await ng.api(ng.state.asOf ? `${path}?asOf=${encodeURIComponent(ng.state.asOf)}` : path);
    } catch (ignored) {
      return;
    }
    const shown = panel.querySelector('.id');
    if (!shown || shown.textContent !== data.id || versions.versions.length === 0) return;
    const section = el('section', { class: 'versions', 'data-testid': 'versions' },
      el('h3', {}, versions.text.id === data.id ? 'Versions' : `Versions of ${versions.text.name}`),
      el('ol', {}, versions.versions.map((entry, i) => item(entry, versions.versions[i - 1]))));
    const stances = [...panel.querySelectorAll('h3')].find((h) => h.textContent === 'Stances on it');
    panel.querySelector('section.versions')?.remove();
    panel.insertBefore(section, stances || null);
  }

  ng.hooks.onSelect.push((data, panel) => { showVersions(data, panel); });
})();
