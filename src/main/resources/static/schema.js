// normgraph explorer: the schema in force (GET /api/v1/schema) as the page needs it: each
// label's colour (its declared one, or one generated from its name), each relationship type's
// colour (by its role, a stance by its polarity), which types a lineage follows, which labels
// are instruments. Nothing here knows any corpus's labels or types.
'use strict';

(() => {
  const { el } = window.normgraph.ui;

  /** Colours by what a type means, whatever a corpus calls it. */
  const ROLE_COLOURS = { derivation: '#1e3a8a', 'cross-reference': '#0e7490', containment: '#94a3b8', reuse: '#9333ea' };
  const POLARITY_COLOURS = { support: '#16a34a', opposition: '#dc2626', neutral: '#a16207' };
  const FALLBACK = '#475569';

  let labels = new Map();
  let types = new Map();

  /** A stable colour for a name: the same hue for the same name, readable on white. */
  function generated(name) {
    let hash = 0;
    for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
    return `hsl(${hash % 360}, 60%, 40%)`;
  }

  const schema = {
    ready: null,

    async load() {
      const view = await window.normgraph.ui.api('/api/v1/schema');
      labels = new Map(view.labels.map((label) => [label.name, label]));
      types = new Map(view.relationships.map((type) => [type.name, type]));
      return schema;
    },

    label: (name) => labels.get(name),
    type: (name) => types.get(name),
    labels: () => [...labels.values()],
    types: () => [...types.values()],

    labelColour(name) {
      const label = labels.get(name);
      return (label && label.colour) || (name ? generated(name) : FALLBACK);
    },

    typeColour(name) {
      const type = types.get(name);
      if (!type) return name ? generated(name) : FALLBACK;
      if (type.role === 'stance') return POLARITY_COLOURS[type.polarity] || POLARITY_COLOURS.neutral;
      return ROLE_COLOURS[type.role] || generated(name);
    },

    /** The label a node is drawn as: the first the schema gives a role, else the first. */
    primaryLabel(nodeLabels) {
      const list = nodeLabels || [];
      return list.find((l) => labels.get(l) && labels.get(l).role) || list[0] || 'Node';
    },

    colourOf(nodeLabels) {
      return schema.labelColour(schema.primaryLabel(nodeLabels));
    },

    /** The properties of these labels that hold a unit's verbatim text (role text), e.g. text or body. */
    textProperties(nodeLabels) {
      return [...new Set((nodeLabels || []).flatMap((name) => ((labels.get(name) || {}).properties || [])
        .filter((property) => property.role === 'text').map((property) => property.name)))];
    },

    labelsWithRole: (role) => [...labels.values()].filter((label) => label.role === role).map((label) => label.name),
    typesWithRole: (...roles) => [...types.values()].filter((type) => roles.includes(type.role)).map((type) => type.name),
    isStance: (name) => (types.get(name) || {}).role === 'stance',

    /**
     * The "Follow" checkboxes of the graph view: derivation, cross-reference and containment
     * types checked (containment switches on inheritance), every other type but stances under
     * "more", and one box for stances when the schema has any.
     */
    renderFollow(container) {
      const box = (type, checked) => el('label', { title: type.description || type.name },
        el('input', { type: 'checkbox', name: 'lineage-type', value: type.name, checked }), ` ${type.name}`);
      const main = schema.types().filter((t) => ['derivation', 'cross-reference', 'containment'].includes(t.role));
      const more = schema.types().filter((t) => !main.includes(t) && t.role !== 'stance' && t.role !== 'reuse')
        .sort((a, b) => a.name.localeCompare(b.name));
      window.normgraph.ui.fill(container, el('legend', {}, 'Follow'), ...main.map((type) => box(type, true)),
        more.length ? el('details', { class: 'more-types' }, el('summary', {}, `more (${more.length})`), ...more.map((type) => box(type, false))) : null,
        schema.typesWithRole('stance').length ? el('label', { title: 'Who took a stance on the nodes shown' },
          el('input', { type: 'checkbox', id: 'with-stances', checked: true }), ' stances') : null,
        schema.typesWithRole('reuse').length ? el('label', { title: 'Also follow text reuse normgraph detected (inferred, drawn dashed with its score)' },
          el('input', { type: 'checkbox', id: 'with-reuse' }), ' include detected reuse') : null);
    },
  };

  window.normgraph.schema = schema;
})();
