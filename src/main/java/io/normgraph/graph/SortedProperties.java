package io.normgraph.graph;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Entity;

/**
 * The properties of a {@link GraphNode} or {@link GraphRelationship}, in key order, unmodifiable:
 * two arrays, keys sorted, rather than a tree of entries. Made once when a record is made, not
 * copied again by the record's constructor, and cheap to make, to extend by a few properties (a
 * lineage's depth and path) and to write in order: an answer of hundreds of nodes did each of
 * those for every node through a {@code TreeMap}.
 */
final class SortedProperties extends AbstractMap<String, @Nullable Object> {

	private static final SortedProperties EMPTY = new SortedProperties(new String[0], new Object[0], 0);

	private final String[] keys;

	private final @Nullable Object[] values;

	private final int size;

	private SortedProperties(String[] keys, @Nullable Object[] values, int size) {
		this.keys = keys;
		this.values = values;
		this.size = size;
	}

	/** These properties as they are when already sorted by a record here, else a sorted copy. */
	static SortedProperties of(Map<String, ?> properties) {
		return (properties instanceof SortedProperties sorted) ? sorted : of(properties, Map.of());
	}

	/** A sorted copy of {@code properties} with {@code more} put over them. */
	static SortedProperties of(Map<String, ?> properties, Map<String, ?> more) {
		Builder builder = new Builder(properties.size() + more.size());
		if (properties instanceof SortedProperties sorted) {
			builder.addSorted(sorted);
		}
		else {
			properties.forEach(builder::add);
		}
		more.forEach(builder::add);
		return builder.build();
	}

	/**
	 * The properties of a node or relationship of the driver, with {@code more} put over them,
	 * read value by value (the driver's {@code asMap()} builds a map of its own first).
	 */
	static SortedProperties of(Entity entity, Map<String, ?> more) {
		Builder builder = new Builder(entity.size() + more.size());
		for (String key : entity.keys()) {
			builder.add(key, entity.get(key).asObject());
		}
		more.forEach(builder::add);
		return builder.build();
	}

	/** The properties of an entity of the embedded database, in the forms the driver gives them ({@link EmbeddedEntities}). */
	static SortedProperties of(org.neo4j.graphdb.Entity entity) {
		Map<String, Object> read = entity.getAllProperties();
		Builder builder = new Builder(read.size());
		read.forEach((key, value) -> builder.add(key, EmbeddedEntities.asTheDriverGives(value)));
		return builder.build();
	}

	/** These properties without the given keys. */
	SortedProperties without(String one, String other) {
		String[] keys = new String[this.size];
		Object[] values = new Object[this.size];
		int size = 0;
		for (int i = 0; i < this.size; i++) {
			if (!this.keys[i].equals(one) && !this.keys[i].equals(other)) {
				keys[size] = this.keys[i];
				values[size++] = this.values[i];
			}
		}
		return (size == 0) ? EMPTY : new SortedProperties(keys, values, size);
	}

	String key(int index) {
		return this.keys[index];
	}

	@Nullable Object value(int index) {
		return this.values[index];
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public @Nullable Object get(@Nullable Object key) {
		int index = indexOf(key);
		return (index >= 0) ? this.values[index] : null;
	}

	@Override
	public boolean containsKey(@Nullable Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public void forEach(BiConsumer<? super String, ? super @Nullable Object> action) {
		for (int i = 0; i < this.size; i++) {
			action.accept(this.keys[i], this.values[i]);
		}
	}

	@Override
	public Set<Entry<String, @Nullable Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, @Nullable Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < SortedProperties.this.size;
					}

					@Override
					public Entry<String, @Nullable Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int index = this.next++;
						return new SimpleImmutableEntry<>(SortedProperties.this.keys[index],
								SortedProperties.this.values[index]);
					}

				};
			}

			@Override
			public int size() {
				return SortedProperties.this.size;
			}

		};
	}

	private int indexOf(@Nullable Object key) {
		return (key instanceof String text) ? Arrays.binarySearch(this.keys, 0, this.size, text) : -1;
	}

	/** Keys and values gathered in any order, a later value for a key replacing an earlier one. */
	private static final class Builder {

		private String[] keys;

		private @Nullable Object[] values;

		private int size;

		/** Whether the keys so far are in order, as when copying a {@link SortedProperties}. */
		private boolean sorted = true;

		Builder(int capacity) {
			this.keys = new String[Math.max(capacity, 1)];
			this.values = new Object[this.keys.length];
		}

		void addSorted(SortedProperties properties) {
			System.arraycopy(properties.keys, 0, this.keys, 0, properties.size);
			System.arraycopy(properties.values, 0, this.values, 0, properties.size);
			this.size = properties.size;
		}

		void add(String key, @Nullable Object value) {
			if (this.size == this.keys.length) {
				this.keys = Arrays.copyOf(this.keys, this.size * 2);
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			if (this.size > 0 && this.keys[this.size - 1].compareTo(key) >= 0) {
				this.sorted = false;
			}
			this.keys[this.size] = key;
			this.values[this.size++] = value;
		}

		SortedProperties build() {
			if (this.size == 0) {
				return EMPTY;
			}
			if (!this.sorted) {
				sortKeepingLast();
			}
			return new SortedProperties(this.keys, this.values, this.size);
		}

		/** Insertion sort (a node has a few dozen properties at most), stable, then the last value of a key wins. */
		private void sortKeepingLast() {
			for (int i = 1; i < this.size; i++) {
				String key = this.keys[i];
				Object value = this.values[i];
				int j = i - 1;
				while (j >= 0 && this.keys[j].compareTo(key) > 0) {
					this.keys[j + 1] = this.keys[j];
					this.values[j + 1] = this.values[j];
					j--;
				}
				this.keys[j + 1] = key;
				this.values[j + 1] = value;
			}
			int kept = 0;
			for (int i = 0; i < this.size; i++) {
				if (kept > 0 && this.keys[kept - 1].equals(this.keys[i])) {
					this.values[kept - 1] = this.values[i];
				}
				else {
					this.keys[kept] = this.keys[i];
					this.values[kept++] = this.values[i];
				}
			}
			this.size = kept;
		}

	}

}
