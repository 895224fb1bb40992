package io.normgraph.launch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relaunched child's options when the user gave JVM options of their own: theirs always win.
 */
class JvmOptionsTests {

	private static final List<String> OURS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms32m",
			"-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:SharedArchiveFile=/x/normgraph.jsa",
			"-Dnormgraph.embedded.seed=/x/seed");

	@Test
	void withoutOptionsOfTheUsersOwnTheChildGetsOurs() {
		assertThat(JvmOptions.merge(OURS, List.of())).isEqualTo(OURS);
	}

	@Test
	void aHeapLimitKeepsEveryOtherOptionOfOurs() {
		assertThat(JvmOptions.merge(OURS, List.of("-Xmx2g"))).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Xms32m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:SharedArchiveFile=/x/normgraph.jsa",
				"-Dnormgraph.embedded.seed=/x/seed", "-Xmx2g");
	}

	@Test
	void ourInitialHeapGoesWhenItExceedsTheUsersMaximum() {
		assertThat(JvmOptions.merge(OURS, List.of("-Xmx16m"))).doesNotContain("-Xms32m").endsWith("-Xmx16m");
		assertThat(JvmOptions.merge(OURS, List.of("-XX:MaxHeapSize=256m"))).contains("-Xms32m");
	}

	@Test
	void anOptionThatDecidesTheSameReplacesOurs() {
		assertThat(JvmOptions.merge(OURS, List.of("-XX:+UseG1GC"))).doesNotContain("-XX:+UseSerialGC").endsWith("-XX:+UseG1GC");
		assertThat(JvmOptions.merge(OURS, List.of("-XX:-TieredCompilation"))).doesNotContain("-XX:TieredStopAtLevel=1");
		assertThat(JvmOptions.merge(OURS, List.of("-XX:TieredStopAtLevel=4"))).doesNotContain("-XX:TieredStopAtLevel=1");
		assertThat(JvmOptions.merge(OURS, List.of("-XX:InitialHeapSize=64m"))).doesNotContain("-Xms32m");
		assertThat(JvmOptions.merge(OURS, List.of("-XX:MinHeapFreeRatio=50"))).doesNotContain("-XX:MinHeapFreeRatio=20",
				"-XX:MaxHeapFreeRatio=40");
		assertThat(JvmOptions.merge(OURS, List.of("-Xshare:off"))).doesNotContain("-XX:SharedArchiveFile=/x/normgraph.jsa");
		assertThat(JvmOptions.merge(OURS, List.of("-Dnormgraph.embedded.seed=/mine")))
			.doesNotContain("-Dnormgraph.embedded.seed=/x/seed")
			.endsWith("-Dnormgraph.embedded.seed=/mine");
	}

	@Test
	void namesAndSizes() {
		assertThat(JvmOptions.name("-XX:+UseSerialGC")).isEqualTo("-XX:UseSerialGC");
		assertThat(JvmOptions.name("-XX:MaxHeapFreeRatio=40")).isEqualTo("-XX:MaxHeapFreeRatio");
		assertThat(JvmOptions.name("-Dkey=value")).isEqualTo("-Dkey");
		assertThat(JvmOptions.name("-Xmx2g")).isEqualTo("-Xmx");
		assertThat(JvmOptions.bytes("256m")).hasValue(256L << 20);
		assertThat(JvmOptions.bytes("2G")).hasValue(2L << 30);
		assertThat(JvmOptions.bytes("1048576")).hasValue(1048576);
		assertThat(JvmOptions.bytes("lots")).isEmpty();
	}

	@Test
	void toolsAttachedToThisJvm() {
		assertThat(JvmOptions.attachesTool(List.of("-Xmx2g", "-agentpath:/opt/yourkit.so"))).isTrue();
		assertThat(JvmOptions.attachesTool(List.of("-Xmx2g", "-Dx=y"))).isFalse();
	}

}
