package io.normgraph.reuse;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Primitive arrays and strings to and from a channel through one buffer, in bulk: what
 * {@link ReuseIndex#writeTo} and {@link ReuseIndex#readFrom} are made of (an index of a million
 * provisions is hundreds of MiB of int arrays; element-by-element streams would cost seconds).
 */
final class IndexFile {

	private static final int BUFFER = 1 << 20;

	private IndexFile() {
	}

	static final class Writer {

		private final WritableByteChannel channel;

		private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

		Writer(WritableByteChannel channel) {
			this.channel = channel;
		}

		void writeInt(int value) throws IOException {
			room(4);
			this.buffer.putInt(value);
		}

		void writeLong(long value) throws IOException {
			room(8);
			this.buffer.putLong(value);
		}

		void writeString(String value) throws IOException {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			writeBytes(bytes);
		}

		void writeBytes(byte[] bytes) throws IOException {
			writeInt(bytes.length);
			for (int from = 0; from < bytes.length;) {
				room(1);
				int n = Math.min(this.buffer.remaining(), bytes.length - from);
				this.buffer.put(bytes, from, n);
				from += n;
			}
		}

		/** The first {@code length} ints of the array. */
		void writeInts(int[] values, int length) throws IOException {
			writeInt(length);
			for (int from = 0; from < length;) {
				room(4);
				int n = Math.min(this.buffer.remaining() / 4, length - from);
				this.buffer.asIntBuffer().put(values, from, n);
				this.buffer.position(this.buffer.position() + 4 * n);
				from += n;
			}
		}

		void writeLongs(long[] values, int length) throws IOException {
			writeInt(length);
			for (int from = 0; from < length;) {
				room(8);
				int n = Math.min(this.buffer.remaining() / 8, length - from);
				this.buffer.asLongBuffer().put(values, from, n);
				this.buffer.position(this.buffer.position() + 8 * n);
				from += n;
			}
		}

		void flush() throws IOException {
			this.buffer.flip();
			while (this.buffer.hasRemaining()) {
				this.channel.write(this.buffer);
			}
			this.buffer.clear();
		}

		private void room(int bytes) throws IOException {
			if (this.buffer.remaining() < bytes) {
				flush();
			}
		}

	}

	static final class Reader {

		private final ReadableByteChannel channel;

		private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

		Reader(ReadableByteChannel channel) {
			this.channel = channel;
			this.buffer.limit(0);
		}

		int readInt() throws IOException {
			need(4);
			return this.buffer.getInt();
		}

		long readLong() throws IOException {
			need(8);
			return this.buffer.getLong();
		}

		String readString() throws IOException {
			return new String(readBytes(), StandardCharsets.UTF_8);
		}

		byte[] readBytes() throws IOException {
			byte[] bytes = new byte[length()];
			for (int from = 0; from < bytes.length;) {
				need(1);
				int n = Math.min(this.buffer.remaining(), bytes.length - from);
				this.buffer.get(bytes, from, n);
				from += n;
			}
			return bytes;
		}

		/** An int array of at least {@code minLength} (the rest zero). */
		int[] readInts(int minLength) throws IOException {
			int length = length();
			int[] values = new int[Math.max(length, minLength)];
			for (int from = 0; from < length;) {
				need(4);
				int n = Math.min(this.buffer.remaining() / 4, length - from);
				this.buffer.asIntBuffer().get(values, from, n);
				this.buffer.position(this.buffer.position() + 4 * n);
				from += n;
			}
			return values;
		}

		long[] readLongs(int minLength) throws IOException {
			int length = length();
			long[] values = new long[Math.max(length, minLength)];
			for (int from = 0; from < length;) {
				need(8);
				int n = Math.min(this.buffer.remaining() / 8, length - from);
				this.buffer.asLongBuffer().get(values, from, n);
				this.buffer.position(this.buffer.position() + 8 * n);
				from += n;
			}
			return values;
		}

		private int length() throws IOException {
			int length = readInt();
			if (length < 0) {
				throw new IOException("a negative length in the index file: it is damaged");
			}
			return length;
		}

		private void need(int bytes) throws IOException {
			if (this.buffer.remaining() >= bytes) {
				return;
			}
			this.buffer.compact();
			while (this.buffer.position() < bytes) {
				if (this.channel.read(this.buffer) < 0) {
					throw new EOFException("the index file ends early: it is damaged");
				}
			}
			this.buffer.flip();
		}

	}

}
