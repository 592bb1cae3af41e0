package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RollupTierTest {
    static final long DAY0 = 1_700_006_400_000L; // a UTC midnight
    static final long HOUR = 3_600_000L, DAY = 86_400_000L;

    @Test
    void aDayInFiveHundredBucketsSnapsToFourHundredEightyOfThreeMinutes() {
        int n = RollupTier.snap(DAY0, DAY0 + DAY, 500);
        assertEquals(480, n);
        long width = TrendBuilder.bucketWidth(DAY0, DAY0 + DAY, n);
        assertEquals(180_000, width);
        assertEquals(RollupTier.MINUTE, RollupTier.pick(DAY0, width));
    }

    @Test
    void aStartOffTheMinuteEdgeKeepsTheBucketsAsked() {
        assertEquals(500, RollupTier.snap(DAY0 + 5_000, DAY0 + DAY + 5_000, 500));
    }

    @Test
    void bucketsNarrowerThanATierBucketKeepTheBucketsAsked() {
        assertEquals(100, RollupTier.snap(DAY0, DAY0 + HOUR, 100)); // 36 s buckets
    }

    @Test
    void bucketsATierAlreadyAnswersAreNotChanged() {
        assertEquals(48, RollupTier.snap(DAY0, DAY0 + DAY, 48)); // 30 min: 1-minute tier
        assertEquals(3, RollupTier.snap(DAY0, DAY0 + 3 * DAY, 3)); // 1 day: 1-hour tier
    }

    @Test
    void aSnapThatWouldLoseMoreThanFivePercentOfTheBucketsIsNotMade() {
        // 24 h in 700 buckets of 123.5 s: whole minutes would give 480 of 3 min (31 % fewer)
        assertEquals(700, RollupTier.snap(DAY0, DAY0 + DAY, 700));
    }
}
