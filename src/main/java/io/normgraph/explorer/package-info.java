/**
 * The explorer page's server side: id-or-name suggestions for its search box and the guide
 * to the example Cypher queries. The page itself is static (src/main/resources/static).
 */
@NullMarked
package io.normgraph.explorer;

import org.jspecify.annotations.NullMarked;
