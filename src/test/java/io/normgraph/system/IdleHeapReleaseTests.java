package io.normgraph.system;

import java.util.List;

import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdleHeapReleaseTests {

	private static final List<String> G1 = List.of("G1 Young Generation", "G1 Concurrent GC", "G1 Old Generation");

	private static final List<String> SERIAL = List.of("Copy", "MarkSweepCompact");

	@Test
	void underG1WithTheDefaultTheIdleIntervalIsSet() {
		assertThat(IdleHeapRelease.interval(G1, option("0", VMOption.Origin.DEFAULT))).contains("30000");
	}

	@Test
	void aUsersOwnIntervalIsKeptEvenZero() {
		assertThat(IdleHeapRelease.interval(G1, option("0", VMOption.Origin.VM_CREATION))).isEmpty();
		assertThat(IdleHeapRelease.interval(G1, option("5000", VMOption.Origin.ENVIRON_VAR))).isEmpty();
	}

	@Test
	void otherCollectorsAreLeftAlone() {
		assertThat(IdleHeapRelease.interval(SERIAL, option("0", VMOption.Origin.DEFAULT))).isEmpty();
		assertThat(IdleHeapRelease.interval(List.of("PS Scavenge", "PS MarkSweep"), option("0", VMOption.Origin.DEFAULT)))
			.isEmpty();
	}

	private static VMOption option(String value, VMOption.Origin origin) {
		return new VMOption(IdleHeapRelease.FLAG, value, true, origin);
	}

}
