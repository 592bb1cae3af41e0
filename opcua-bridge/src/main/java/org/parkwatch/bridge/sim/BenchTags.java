package org.parkwatch.bridge.sim;

import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * Synthetic tags for throughput benchmarks (issue 2: 20,000 tags at 100 ms sampling): an extra
 * enterprise {@value #ENTERPRISE_ID} with namespace {@code urn:parkwatch:sim:BENCH} and {@code n}
 * drifting flow tags {@code BENCH.B0000.F00} … in equipment folders of {@value #TAGS_PER_FOLDER},
 * range 0..100 m3/h, sampling 100 ms.
 */
public final class BenchTags {
    public static final String ENTERPRISE_ID = "BENCH";
    public static final String NAMESPACE_URI = "urn:parkwatch:sim:BENCH";
    public static final int MAX_TAGS = 200_000;
    static final int TAGS_PER_FOLDER = 100;
    static final int SAMPLING_MS = 100;

    private BenchTags() {}

    /** {@code n} synthetic tags; their feature id is the park's (they belong to no map feature). */
    public static EnterpriseTags create(int n) {
        List<TagDefinition> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String ident = String.format("B%04d.F%02d", i / TAGS_PER_FOLDER, i % TAGS_PER_FOLDER);
            tags.add(
                    new TagDefinition(
                            ENTERPRISE_ID + "." + ident,
                            "nsu=" + NAMESPACE_URI + ";s=" + ident,
                            TagKind.FLOW,
                            "m3/h",
                            0,
                            100,
                            "BENCH",
                            "基准测试流量 " + ident,
                            "Benchmark flow " + ident,
                            SAMPLING_MS,
                            0,
                            new TagLimits(null, 10.0, 90.0, null)));
        }
        return new EnterpriseTags(ENTERPRISE_ID, NAMESPACE_URI, tags);
    }
}
