package dk.referatarkiv.eval;

/** Precision, recall and F1 from counts; 0 where nothing was predicted or expected. */
final class Fscore {

    private Fscore() {
    }

    static double precision(int matched, int predicted) {
        return predicted == 0 ? 0 : matched / (double) predicted;
    }

    static double recall(int matched, int gold) {
        return gold == 0 ? 0 : matched / (double) gold;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
