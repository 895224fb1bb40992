/**
 * Starting fast without JVM options: the fast-start files (the extracted jar, a class-data
 * sharing archive, a seed store) and the relaunch of {@code java -jar normgraph.jar} with them.
 */
@NullMarked
package io.normgraph.launch;

import org.jspecify.annotations.NullMarked;
