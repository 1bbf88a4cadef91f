package dev.careeragent.match.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** NDCG@k and Spearman rank correlation of predicted scores against graded labels. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** NDCG@k with gain 2^grade - 1; ties in predicted score are broken pessimistically (lower grade first). */
    public static double ndcg(Map<String, Double> predicted, Map<String, Integer> grades, int k) {
        List<String> order = new ArrayList<>(grades.keySet());
        order.sort(Comparator.comparingDouble((String p) -> -predicted.get(p)).thenComparingInt(grades::get));
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(Comparator.reverseOrder());
        double idcg = dcg(ideal, k);
        return idcg == 0 ? Double.NaN : dcg(order.stream().map(grades::get).toList(), k) / idcg;
    }

    private static double dcg(List<Integer> gradesInOrder, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gradesInOrder.size()); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    /** Spearman's rho with average ranks for ties. */
    public static double spearman(Map<String, Double> predicted, Map<String, Integer> grades) {
        List<String> keys = new ArrayList<>(grades.keySet());
        double[] a = ranks(keys.stream().mapToDouble(predicted::get).toArray());
        double[] b = ranks(keys.stream().mapToDouble(k -> grades.get(k)).toArray());
        return pearson(a, b);
    }

    private static double[] ranks(double[] values) {
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && values[idx[j + 1]] == values[idx[i]]) {
                j++;
            }
            for (int t = i; t <= j; t++) {
                ranks[idx[t]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElse(0);
        double mb = java.util.Arrays.stream(b).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return va == 0 || vb == 0 ? 0 : cov / Math.sqrt(va * vb);
    }
}
