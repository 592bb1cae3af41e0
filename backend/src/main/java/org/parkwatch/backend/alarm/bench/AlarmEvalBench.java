package org.parkwatch.backend.alarm.bench;

import java.util.List;
import java.util.Random;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmEvaluator;
import org.parkwatch.backend.alarm.AlarmManager;
import org.parkwatch.backend.alarm.AlarmTagIndex;
import org.parkwatch.backend.alarm.DefaultAlarmDefinitions;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * Benchmark command: alarm evaluation throughput on one thread over the demo park's default
 * definitions. Samples are pre-generated (values wandering around mid-range, a few percent crossing
 * limits) so only {@link AlarmEvaluator#onSample(int, double, long, long)} is timed. Prints
 * samples/s and the core count. Usage: {@code java -cp ...
 * org.parkwatch.backend.alarm.bench.AlarmEvalBench [samples, default 50000000]}.
 */
public final class AlarmEvalBench {
    private static final int PREPARED = 1 << 20;

    private AlarmEvalBench() {}

    public static void main(String[] args) {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 50_000_000L;
        ParkCatalog park = ParkCatalog.loadDemo();
        List<AlarmDefinition> defs = DefaultAlarmDefinitions.from(park);
        AlarmTagIndex index = AlarmTagIndex.of(defs);
        long[] changes = new long[1];
        AlarmEvaluator eval = new AlarmEvaluator(defs, index, c -> changes[0]++);
        int[] tag = new int[PREPARED];
        double[] value = new double[PREPARED];
        Random rnd = new Random(42);
        for (int i = 0; i < PREPARED; i++) {
            int t = rnd.nextInt(index.size());
            TagDefinition def = park.tag(index.id(t)).orElseThrow();
            double span = def.max() - def.min();
            tag[i] = t;
            value[i] =
                    def.kind().isDiscrete()
                            ? (rnd.nextInt(1000) == 0 ? 1 : 0)
                            : def.min() + span * (0.5 + 0.3 * rnd.nextGaussian() / 2);
        }
        run(eval, tag, value, 10_000_000L, 0); // warm-up
        changes[0] = 0;
        long t0 = System.nanoTime();
        run(eval, tag, value, total, 10_000_000L);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "alarm evaluation: %d samples in %.2f s on one thread = %.0f samples/s%n",
                total, s, total / s);
        System.out.printf(
                "definitions: %d alarms on %d tags; condition changes: %d; cores available: %d%n",
                defs.size(), index.size(), changes[0], Runtime.getRuntime().availableProcessors());

        long[] entries = new long[1];
        AlarmManager manager = new AlarmManager(defs, e -> entries[0]++);
        int[] managerTag = new int[PREPARED];
        for (int i = 0; i < PREPARED; i++)
            managerTag[i] = manager.tagIndex().indexOf(index.id(tag[i]));
        runManager(manager, managerTag, value, 10_000_000L, 0);
        entries[0] = 0;
        t0 = System.nanoTime();
        runManager(manager, managerTag, value, total, 10_000_000L);
        s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "alarm manager (evaluator + state machines + journal): %.0f samples/s, %d journal entries%n",
                total / s, entries[0]);
    }

    private static void runManager(
            AlarmManager m, int[] tag, double[] value, long n, long timeOffset) {
        long base = 1_700_000_000_000L + timeOffset;
        for (long i = 0; i < n; i++) {
            int k = (int) (i & (PREPARED - 1));
            m.onSample(tag[k], value[k], 0L, base + i);
        }
    }

    private static void run(
            AlarmEvaluator eval, int[] tag, double[] value, long n, long timeOffset) {
        long base = 1_700_000_000_000L + timeOffset;
        for (long i = 0; i < n; i++) {
            int k = (int) (i & (PREPARED - 1));
            eval.onSample(tag[k], value[k], 0L, base + i);
        }
    }
}
