package dk.referatarkiv.qa;

import java.util.List;

/**
 * Plain L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares), for the
 * answer ranker's few dozen features: deterministic (no seed, no sampling), converges in a handful of iterations.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-7;

    private LogisticRegression() {
    }

    /**
     * Fits weights and a bias (last element of the result, not regularised).
     *
     * @param x      the feature rows, all of the same length
     * @param y      the labels, one per row
     * @param lambda the L2 penalty on the weights
     */
    public static double[] fit(List<double[]> x, List<Boolean> y, double lambda) {
        if (x.isEmpty() || x.size() != y.size()) {
            throw new IllegalArgumentException("need one label per row and at least one row (" + x.size() + " rows, "
                    + y.size() + " labels)");
        }
        int d = x.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] row = x.get(n);
                double z = w[d - 1];
                for (int i = 0; i < d - 1; i++) {
                    z += w[i] * row[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double r = (y.get(n) ? 1 : 0) - p;
                double s = p * (1 - p);
                for (int i = 0; i < d; i++) {
                    double xi = i == d - 1 ? 1 : row[i];
                    if (xi == 0) {
                        continue;
                    }
                    gradient[i] += r * xi;
                    for (int j = 0; j <= i; j++) {
                        double xj = j == d - 1 ? 1 : row[j];
                        hessian[i][j] += s * xi * xj;
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[j][i] = hessian[i][j];
                }
                if (i < d - 1) {
                    gradient[i] -= lambda * w[i];
                    hessian[i][i] += lambda;
                } else {
                    hessian[i][i] += 1e-9;
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a and b are overwritten). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                if (f == 0) {
                    continue;
                }
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : s / a[r][r];
        }
        return x;
    }
}
