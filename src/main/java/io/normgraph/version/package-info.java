/**
 * Versions of a text (draft, revised, adopted, amended, deleted): nodes whose label plays the
 * version role, linked to their text by the version types and in order by the succession types.
 */
@NullMarked
package io.normgraph.version;

import org.jspecify.annotations.NullMarked;
