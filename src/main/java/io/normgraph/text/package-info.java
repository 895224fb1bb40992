/**
 * Words of a text with their character offsets: the one tokenisation that the word-level diff
 * and text-reuse detection share, so their offsets always point at the same characters.
 */
@NullMarked
package io.normgraph.text;

import org.jspecify.annotations.NullMarked;
