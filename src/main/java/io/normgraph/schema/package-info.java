/**
 * The schema of the graph, declared once: the built-in model (schema/built-in.yml) and what each
 * loaded corpus's corpus.yml adds. Labels, relationship types and properties have value types
 * and roles, and every feature reads them from here instead of naming SECURE's types.
 */
@NullMarked
package io.normgraph.schema;

import org.jspecify.annotations.NullMarked;
