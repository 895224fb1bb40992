/**
 * The public surface: reading is open, every write needs an authenticated importer; rate
 * limits, request size limits and CORS protect the server from its clients.
 */
@NullMarked
package io.normgraph.security;

import org.jspecify.annotations.NullMarked;
