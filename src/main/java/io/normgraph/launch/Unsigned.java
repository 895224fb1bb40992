package io.normgraph.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signatures of the extracted layout's signed libraries (eclipse-collections, which
 * the database uses everywhere). Profiled: a JVM verifies a signed jar's entries as it loads
 * them (SHA digests, and RSA on the signature file), which was a third of the main thread's
 * CPU before the import command's work began, and class-data sharing does not archive classes
 * from signed jars at all, so every start paid it again. The classes are the same bytes; the
 * jars came from Maven Central, checked by their checksums, and nothing here relies on signers.
 */
final class Unsigned {

	/** A jar signature's files: META-INF/NAME.SF and its block (.RSA, .DSA, .EC), or SIG-*. */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+");

	private Unsigned() {
	}

	/** Rewrites every signed jar in the directory without its signature files. */
	static void strip(Path libraries) throws IOException {
		List<Path> jars;
		try (Stream<Path> listing = Files.list(libraries)) {
			jars = listing.filter((path) -> path.toString().endsWith(".jar")).toList();
		}
		for (Path jar : jars) {
			if (isSigned(jar)) {
				rewrite(jar);
			}
		}
	}

	static boolean isSigned(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch((entry) -> isSignature(entry.getName()));
		}
	}

	static boolean isSignature(String name) {
		return SIGNATURE.matcher(name.toUpperCase(Locale.ROOT)).matches();
	}

	private static void rewrite(Path jar) throws IOException {
		Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipFile zip = new ZipFile(jar.toFile());
				OutputStream file = Files.newOutputStream(unsigned);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : zip.stream().toList()) {
				if (isSignature(entry.getName())) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
	}

}
