package com.gridwall.geo.generate;

/**
 * A node of the recursive partition: either a cut (points with {@code nx·x + ny·y <= c} go low,
 * the rest high) or a unit, which may itself be refined by a finer partition. Walking the tree
 * is how every face of the final coverage is assigned, so all levels agree by construction.
 * Mutable only while the generator builds it; not thread-safe.
 */
final class PartitionNode {
    final String code;
    final double nx;
    final double ny;
    final double c;
    final PartitionNode low;
    final PartitionNode high;
    PartitionNode refinement;

    private PartitionNode(String code, double nx, double ny, double c, PartitionNode low, PartitionNode high) {
        this.code = code;
        this.nx = nx;
        this.ny = ny;
        this.c = c;
        this.low = low;
        this.high = high;
    }

    static PartitionNode unit(String code) {
        return new PartitionNode(code, 0, 0, 0, null, null);
    }

    static PartitionNode cut(double nx, double ny, double c, PartitionNode low, PartitionNode high) {
        return new PartitionNode(null, nx, ny, c, low, high);
    }

    /** The finest unit containing (x, y). */
    String locate(double x, double y) {
        PartitionNode n = this;
        while (true) {
            if (n.code == null) {
                n = n.nx * x + n.ny * y <= n.c ? n.low : n.high;
            } else if (n.refinement != null) {
                n = n.refinement;
            } else {
                return n.code;
            }
        }
    }
}
