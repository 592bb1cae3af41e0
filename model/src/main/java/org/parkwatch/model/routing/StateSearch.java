package org.parkwatch.model.routing;

import java.util.Arrays;

/**
 * Dijkstra over integer states with primitive arrays and a binary heap (lazy deletion), for the
 * searches that run many times per plan: the evacuation's layered graph (state = layer × nodes +
 * node, never materialised) and the responders' approach. JGraphT's general algorithms keep their
 * labels in hash maps keyed by vertex and edge objects, which cost a plan on a 5,000-edge park
 * about ten times more; point-to-point routes still use JGraphT ({@link RoadRouter}).
 */
final class StateSearch {
    /** The arcs out of a state: calls {@code relax} for each. */
    interface Expander {
        void expand(int state, Relax relax);
    }

    /** Offers a state reached over {@code arc} (a road arc id, or −1 for a step) at extra cost. */
    interface Relax {
        void to(int next, double cost, int arc);
    }

    final double[] dist;
    final int[] pred;
    final int[] predArc;

    private double[] heapKey = new double[64];
    private int[] heapVal = new int[64];
    private int size;

    private StateSearch(int states) {
        dist = new double[states];
        pred = new int[states];
        predArc = new int[states];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(pred, -1);
        Arrays.fill(predArc, -1);
    }

    /** Shortest distances from {@code source} to every state; {@code pred} points back to it. */
    static StateSearch run(int states, int source, Expander expander) {
        StateSearch s = new StateSearch(states);
        s.dist[source] = 0;
        s.push(0, source);
        int[] current = new int[1];
        Relax relax =
                (next, cost, arc) -> {
                    double d = s.dist[current[0]] + cost;
                    if (d < s.dist[next]) {
                        s.dist[next] = d;
                        s.pred[next] = current[0];
                        s.predArc[next] = arc;
                        s.push(d, next);
                    }
                };
        while (s.size > 0) {
            double d = s.heapKey[0];
            int v = s.pop();
            if (d > s.dist[v]) continue; // stale entry
            current[0] = v;
            expander.expand(v, relax);
        }
        return s;
    }

    private void push(double key, int val) {
        if (size == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, size * 2);
            heapVal = Arrays.copyOf(heapVal, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapKey[p] <= key) break;
            heapKey[i] = heapKey[p];
            heapVal[i] = heapVal[p];
            i = p;
        }
        heapKey[i] = key;
        heapVal[i] = val;
    }

    private int pop() {
        int top = heapVal[0];
        double key = heapKey[--size];
        int val = heapVal[size];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && heapKey[c + 1] < heapKey[c]) c++;
            if (heapKey[c] >= key) break;
            heapKey[i] = heapKey[c];
            heapVal[i] = heapVal[c];
            i = c;
        }
        heapKey[i] = key;
        heapVal[i] = val;
        return top;
    }
}
