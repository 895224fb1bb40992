// normgraph explorer: the small helpers every module of the page shares (window.normgraph.ui).
// Every text from the graph reaches the page through textContent only.
'use strict';

(() => {
  const $ = (selector) => document.querySelector(selector);

  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') element.className = value;
      else if (key === 'style') element.style.cssText = value;
      else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
      else element.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /** Replaces an element's children, skipping absent ones (replaceChildren would print "null"). */
  function fill(parent, ...children) {
    parent.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  }

  function showError(message) {
    $('#status').textContent = message || '';
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch (ignored) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  /** A query string from an object, leaving out empty values. */
  function query(parameters) {
    const kept = Object.entries(parameters).filter(([, value]) => value !== null && value !== undefined && value !== '');
    return new URLSearchParams(kept).toString();
  }

  const number = (n) => Number(n).toLocaleString('en');

  window.normgraph = Object.assign(window.normgraph || {}, { ui: { $, el, fill, showError, api, query, number } });
})();
