package io.normgraph.stance;

import java.util.List;

/** The REST envelope of a list of stances: {@code {rows}}. */
public record Stances(List<Stance> rows) {
}
