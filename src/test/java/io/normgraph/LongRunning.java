package io.normgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An IT class that takes far longer than most (it starts the packaged jar several times, or
 * imports and detects over thousands of provisions): {@link LongestFirst} starts it before the
 * short ones, so that the full loop does not end with one slot busy on it while the other idles.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LongRunning {

}
