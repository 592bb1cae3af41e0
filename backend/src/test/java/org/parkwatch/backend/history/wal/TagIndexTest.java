package org.parkwatch.backend.history.wal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TagIndexTest {
    @Test
    void tagsAreNumberedInArrivalOrderAndFoundAgainPastManyGrowths() {
        TagIndex index = new TagIndex();
        int n = 100_000; // names that differ in their last digits, as a park's tags do
        for (int i = 0; i < n; i++) assertEquals(i, index.add("PARK.T" + i));
        assertEquals(n, index.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, index.add("PARK.T" + i)); // known: same number, nothing added
            assertEquals(i, index.indexOf(new String("PARK.T" + i))); // by value, not identity
            assertEquals("PARK.T" + i, index.tag(i));
        }
        assertEquals(n, index.size());
        assertEquals(-1, index.indexOf("PARK.T" + n));
    }

    @Test
    void truncateForgetsTheNewestTagsOnly() {
        TagIndex index = new TagIndex();
        for (int i = 0; i < 2_000; i++) index.add("E01.T" + i);
        index.truncate(1_500);
        assertEquals(1_500, index.size());
        assertEquals(1_499, index.indexOf("E01.T1499"));
        assertEquals(-1, index.indexOf("E01.T1500"));
        assertEquals(1_500, index.add("E01.T1999")); // the next free number again
        index.clear();
        assertEquals(0, index.size());
        assertEquals(-1, index.indexOf("E01.T0"));
    }

    /**
     * Tags whose hash codes are equal ("Aa" and "BB" hash alike, and so do their concatenations)
     * share a home slot and are told apart by their names, also after a truncation rebuilds the
     * table.
     */
    @Test
    void tagsOfEqualHashCodesAreToldApart() {
        TagIndex index = new TagIndex();
        String[] parts = {"Aa", "BB"};
        java.util.List<String> tags = new java.util.ArrayList<>();
        for (int i = 0; i < 256; i++) {
            StringBuilder b = new StringBuilder("E01.");
            for (int bit = 0; bit < 8; bit++) b.append(parts[(i >> bit) & 1]);
            tags.add(b.toString());
        }
        assertEquals(1, tags.stream().map(String::hashCode).distinct().count());
        for (int i = 0; i < tags.size(); i++) assertEquals(i, index.add(tags.get(i)));
        index.truncate(100);
        for (int i = 0; i < 100; i++) assertEquals(i, index.indexOf(tags.get(i)));
        for (int i = 100; i < tags.size(); i++) assertEquals(-1, index.indexOf(tags.get(i)));
        assertEquals(100, index.add(tags.get(200)));
    }
}
