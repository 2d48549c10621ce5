package org.junheng.indicators.inequality;

/** Neumaier's compensated sum: long streams of doubles keep their low-order digits. */
final class Sum {
    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    void add(Sum other) {
        // read both parts first: other may be this sum
        double s = other.sum;
        double c = other.compensation;
        add(s);
        add(c);
    }

    void scale(double factor) {
        sum *= factor;
        compensation *= factor;
    }

    double value() {
        return sum + compensation;
    }
}
