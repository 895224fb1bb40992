package io.normgraph.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed libraries lose their signature files and nothing else; unsigned ones are left alone.
 */
class UnsignedTests {

	@TempDir
	Path lib;

	@Test
	void signatureFilesAreTheSignersOnly() {
		assertThat(Unsigned.isSignature("META-INF/ECLIPSE_.SF")).isTrue();
		assertThat(Unsigned.isSignature("META-INF/ECLIPSE_.RSA")).isTrue();
		assertThat(Unsigned.isSignature("META-INF/signer.dsa")).isTrue();
		assertThat(Unsigned.isSignature("META-INF/SIG-BOB")).isTrue();
		assertThat(Unsigned.isSignature("META-INF/MANIFEST.MF")).isFalse();
		assertThat(Unsigned.isSignature("META-INF/services/org.eclipse.collections.api.factory.list.MutableListFactory"))
			.isFalse();
		assertThat(Unsigned.isSignature("META-INF/versions/9/module-info.class")).isFalse();
	}

	@Test
	void aSignedJarKeepsEveryOtherEntry() throws IOException {
		Path signed = jar("signed.jar", "META-INF/MANIFEST.MF", "META-INF/SIGNER.SF", "META-INF/SIGNER.RSA",
				"org/example/A.class", "META-INF/services/org.example.Service");
		Path plain = jar("plain.jar", "META-INF/MANIFEST.MF", "org/example/B.class");
		long plainModified = Files.getLastModifiedTime(plain).toMillis();

		Unsigned.strip(this.lib);

		assertThat(entries(signed)).containsExactly("META-INF/MANIFEST.MF", "org/example/A.class",
				"META-INF/services/org.example.Service");
		assertThat(Unsigned.isSigned(signed)).isFalse();
		try (ZipFile zip = new ZipFile(signed.toFile())) {
			assertThat(new String(zip.getInputStream(zip.getEntry("org/example/A.class")).readAllBytes(),
					StandardCharsets.UTF_8)).isEqualTo("org/example/A.class");
		}
		assertThat(Files.getLastModifiedTime(plain).toMillis()).isEqualTo(plainModified);
		assertThat(this.lib.resolve("signed.jar.unsigned")).doesNotExist();
	}

	private Path jar(String name, String... entries) throws IOException {
		Path jar = this.lib.resolve(name);
		try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
			for (String entry : entries) {
				out.putNextEntry(new ZipEntry(entry));
				out.write(entry.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return jar;
	}

	private static List<String> entries(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().map(ZipEntry::getName).toList();
		}
	}

}
