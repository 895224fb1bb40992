package io.normgraph.stance;

import java.util.List;

/** The REST envelope of coalitions: {@code {rows}}. */
public record Coalitions(List<Coalition> rows) {
}
