package io.normgraph;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * The order in which failsafe's two slots take the IT classes (pom.xml, junit.jupiter.testclass.order.default):
 * the {@link LongRunning} classes first, then the others, then the {@link EndToEndTest} classes,
 * each group in the random order failsafe gave (the sort is stable). JUnit's parallel executor
 * hands one slot the classes from the front of the list and the other from the back, so one
 * slot starts on the long classes while the other works through the end-to-end classes (which
 * take turns on one database anyway), and both end on short classes instead of one waiting for
 * a long class that happened to come last. With any other executor this is merely an order.
 */
public final class LongestFirst implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparingInt(LongestFirst::group));
	}

	private static int group(ClassDescriptor descriptor) {
		if (descriptor.isAnnotated(EndToEndTest.class)) {
			return 2;
		}
		return descriptor.isAnnotated(LongRunning.class) ? 0 : 1;
	}

}
