package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.normgraph.synthetic.PlantedReuseCorpus;

/** An index written and read back is the same index: the next incremental run finds the same. */
class ReuseIndexFileTests {

	final ReuseSettings settings = ReuseSettings.defaults();

	final PlantedRun planted = new PlantedRun(new PlantedReuseCorpus(3_000, 0.2, 7), this.settings);

	@Test
	void anIndexReadBackFindsWhatTheOriginalFindsInTheNextRun() throws IOException {
		List<ProvisionText> all = PlantedRun.provisions(this.planted.corpus);
		int split = all.size() * 9 / 10;
		ReuseIndex original = new ReuseIndex(this.settings);
		ReuseDetector detector = new ReuseDetector(this.settings);
		detector.run(original, all.subList(0, split), TextLookup.of(this.planted.texts), (finding) -> {
		});
		original.remove(all.get(3).id());
		byte[] file = write(original);
		ReuseIndex read = ReuseIndex.readFrom(Channels.newChannel(new ByteArrayInputStream(file)), this.settings);

		assertThat(read.provisions()).isEqualTo(original.provisions());
		assertThat(read.ids()).isEqualTo(original.ids());
		assertThat(read.holds(all.get(5).id(), all.get(5).text())).isTrue();
		assertThat(read.holds(all.get(3).id(), all.get(3).text())).as("removed before it was written").isFalse();
		String instrument = all.get(5).instrumentId();
		assertThat(read.instrumentChars(instrument)).isEqualTo(original.instrumentChars(instrument));
		assertThat(write(read)).as("written again, the same bytes").isEqualTo(file);

		List<ReuseFinding> fromOriginal = new ArrayList<>();
		List<ReuseFinding> fromRead = new ArrayList<>();
		List<ProvisionText> added = all.subList(split, all.size());
		detector.run(original, added, TextLookup.of(this.planted.texts), fromOriginal::add);
		detector.run(read, added, TextLookup.of(this.planted.texts), fromRead::add);
		assertThat(fromOriginal).isNotEmpty();
		assertThat(fromRead).isEqualTo(fromOriginal);
	}

	@Test
	void aFileOfOtherSettingsOrCutShortIsRefused() throws IOException {
		ReuseIndex index = new ReuseIndex(this.settings);
		new ReuseDetector(this.settings).index(index, PlantedRun.provisions(this.planted.corpus).subList(0, 100));
		byte[] file = write(index);
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> ReuseIndex.readFrom(Channels.newChannel(new ByteArrayInputStream(file)),
					this.settings.withThreshold(0.7)))
			.withMessageContaining("another version");
		byte[] cut = Arrays.copyOf(file, file.length / 2);
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> ReuseIndex.readFrom(Channels.newChannel(new ByteArrayInputStream(cut)), this.settings));
	}

	private static byte[] write(ReuseIndex index) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		index.writeTo(Channels.newChannel(bytes));
		return bytes.toByteArray();
	}

}
