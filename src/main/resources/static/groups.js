// normgraph explorer: what the graph draws of a lineage. Units of text are grouped by the
// instrument they belong to (the answer's `within`, asked with fields=minimal): an instrument's
// parts become one node ("cbp-2011 · 14 parts") until the user expands it, and the
// relationships into a group become one edge per type and direction, with a count. So a
// lineage of thousands of nodes draws as a few hundred, quickly and readably.
'use strict';

(() => {
  const schema = () => window.normgraph.schema;

  /** Fewest members that make a group: a lone part stays itself. */
  const MIN_MEMBERS = 2;

  const groupId = (within) => `group:${within}`;

  function mostCommon(values) {
    const counts = new Map();
    values.forEach((value) => counts.set(value, (counts.get(value) || 0) + 1));
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  /**
   * The parts to group, by the id of their instrument: nodes with a `within`, the root and the
   * expanded groups' members excepted, where there are at least MIN_MEMBERS of them.
   */
  function groupsOf(model, root, expanded) {
    const groups = new Map();
    for (const node of model.nodes.values()) {
      if (!node.within || node.id === root || expanded.has(node.within) || node.within === node.id) continue;
      if (!groups.has(node.within)) groups.set(node.within, []);
      groups.get(node.within).push(node);
    }
    for (const [within, members] of groups) if (members.length < MIN_MEMBERS) groups.delete(within);
    return groups;
  }

  function nodeElement(node, classes) {
    const label = schema().primaryLabel(node.labels);
    return { group: 'nodes', classes, data: { id: node.id, name: node.name || node.id, labels: node.labels || [], label,
      colour: schema().labelColour(label), props: node.props || {}, partial: !!node.partial, within: node.within || null } };
  }

  /** An edge; one normgraph inferred (detected reuse, `inferred: true`) is drawn dashed and labelled with its score. */
  function edgeElement(edge) {
    const props = edge.props || {};
    const inferred = props.inferred === true;
    const label = inferred && typeof props.score === 'number' ? `${edge.type} ${props.score.toFixed(2)}` : edge.type;
    return { group: 'edges', classes: inferred ? 'inferred' : '', data: { id: edge.id, source: edge.start, target: edge.end,
      type: edge.type, label, colour: schema().typeColour(edge.type), props } };
  }

  /**
   * The elements to draw: every node not in a collapsed group, a node per collapsed group,
   * every edge between drawn nodes, and one edge per (ends, type) for those into or out of a
   * group, counting the relationships it stands for.
   */
  function elements(model, { root, expanded = new Set(), group = true }) {
    const groups = group ? groupsOf(model, root, expanded) : new Map();
    const shownAs = new Map();
    const nodes = [];
    for (const [within, members] of groups) {
      const id = groupId(within);
      const container = model.nodes.get(within);
      const label = mostCommon(members.map((member) => schema().primaryLabel(member.labels)));
      const depths = members.map((member) => (member.props || {}).depth).filter((d) => typeof d === 'number');
      members.forEach((member) => shownAs.set(member.id, id));
      nodes.push({ group: 'nodes', classes: 'group', data: { id, name: `${container ? container.name : within} · ${members.length} parts`,
        labels: [label], label, colour: schema().labelColour(label), group: within, members: members.map((m) => m.id),
        props: depths.length ? { depth: Math.min(...depths) } : {} } });
    }
    for (const node of model.nodes.values()) {
      if (!shownAs.has(node.id)) nodes.push(nodeElement(node, node.within && expanded.has(node.within) ? 'in-group' : ''));
    }
    const edges = [];
    const merged = new Map();
    for (const edge of model.edges.values()) {
      const source = shownAs.get(edge.start) || edge.start;
      const target = shownAs.get(edge.end) || edge.end;
      if (source === target && source !== edge.start) continue; // inside one group
      if (source === edge.start && target === edge.end) {
        edges.push(edgeElement(edge));
        continue;
      }
      const key = `${source}|${edge.type}|${target}`;
      if (!merged.has(key)) {
        merged.set(key, { group: 'edges', classes: 'merged', data: { id: `merged:${key}`, source, target, type: edge.type,
          colour: schema().typeColour(edge.type), members: [], props: {} } });
      }
      merged.get(key).data.members.push(edge.id);
    }
    for (const element of merged.values()) {
      const count = element.data.members.length;
      element.data.label = count > 1 ? `${element.data.type} ×${count}` : element.data.type;
      edges.push(element);
    }
    return { nodes, edges, groups: groups.size };
  }

  window.normgraph.groups = { elements, groupId, MIN_MEMBERS };
})();
