// normgraph explorer: detected text reuse (docs/reuse.md). Relationships of the schema's reuse
// type get their properties (score, spans) so groups.js can draw them dashed with the score;
// the side panel lists what a node reuses and what reuses it; "Side by side" opens the earlier
// and the later text next to each other, the reused spans lit and the differences marked
// (diff.js, over GET /api/v1/diff).
'use strict';

(() => {
  const ng = window.normgraph;
  const { el } = ng;
  /** Most reuse relationships whose properties are fetched per load (each is one small request). */
  const MAX_LOOKUPS = 200;

  const reuseTypes = () => new Set(ng.schema.typesWithRole('reuse'));

  /** Lineage and neighbourhood answers are minimal: fetch the properties of the reuse relationships. */
  async function withProperties(model) {
    const types = reuseTypes();
    const bare = [...model.edges.values()].filter((edge) => types.has(edge.type) && edge.props.inferred === undefined)
      .slice(0, MAX_LOOKUPS);
    await Promise.all(bare.map(async (edge) => {
      try {
        const { id, type, start, end, ...props } = await ng.api(`/explorer/relationship?${new URLSearchParams({ id: edge.id })}`);
        edge.props = { ...edge.props, ...props };
      } catch (ignored) { /* drawn as a plain edge */ }
    }));
  }

  /** A finding as GET /api/v1/nodes/{id}/reuse gives it, from a relationship's properties. */
  function fromRelationship(data) {
    const p = data.props;
    const spans = (p.laterStarts || []).map((laterStart, i) => ({ laterStart, laterEnd: p.laterEnds[i],
      earlierStart: p.earlierStarts[i], earlierEnd: p.earlierEnds[i] }));
    return { later: data.source, earlier: data.target, level: p.level, score: p.score, spans };
  }

  async function sideBySide(finding) {
    try {
      const diff = await ng.api(`/api/v1/diff?${new URLSearchParams({ from: finding.earlier, to: finding.later })}`);
      diff.from.spans = finding.spans.map((span) => [span.earlierStart, span.earlierEnd]);
      diff.to.spans = finding.spans.map((span) => [span.laterStart, span.laterEnd]);
      const dialog = window.NormgraphDiff.show(diff);
      dialog.querySelector('.diff-title').textContent = `${diff.to.name} reuses ${diff.from.name} (score ${finding.score.toFixed(2)}): earlier left, later right`;
    } catch (error) {
      ng.showError(`Could not show the two texts: ${error.message}`);
    }
  }

  const sideBySideButton = (finding) => (finding.level === 'provision' && finding.spans.length
    ? el('button', { type: 'button', class: 'side-by-side', 'data-later': finding.later, 'data-earlier': finding.earlier,
      onclick: () => sideBySide(finding) }, 'Side by side')
    : null);

  function onSelectEdge(data, panel) {
    if (data.props.inferred !== true || !reuseTypes().has(data.type)) return;
    const button = sideBySideButton(fromRelationship(data));
    if (button) panel.append(el('div', { class: 'actions' }, button));
  }

  async function onSelect(data, panel) {
    if (data.group) return;
    let found;
    try {
      found = await ng.api(`/api/v1/nodes/${encodeURIComponent(data.id)}/reuse`);
    } catch (ignored) {
      return;
    }
    const shown = panel.querySelector('.id');
    if (!shown || shown.textContent !== data.id || found.length === 0) return;
    panel.querySelector('section.reuse')?.remove();
    const stances = [...panel.querySelectorAll('h3')].find((h) => h.textContent === 'Stances on it');
    panel.insertBefore(el('section', { class: 'reuse', 'data-testid': 'reuse' },
      el('h3', {}, 'Detected reuse'),
      el('ul', {}, found.map((finding) => el('li', { 'data-other': finding.other.id },
        finding.direction === 'reuses' ? 'reuses ' : 'reused by ',
        el('button', { type: 'button', class: 'linklike', onclick: () => ng.choose(finding.other.id) }, finding.other.name),
        ` · score ${finding.score.toFixed(2)}`, finding.directed ? '' : ' (dates do not decide)',
        el('div', { class: 'hint' }, `${finding.source} · ${finding.locator}`),
        sideBySideButton(finding))))), stances || null);
  }

  ng.hooks.onModel.push(withProperties);
  ng.hooks.onSelect.push((data, panel) => { onSelect(data, panel); });
  ng.hooks.onSelectEdge.push(onSelectEdge);
  ng.reuse = { sideBySide };
})();
