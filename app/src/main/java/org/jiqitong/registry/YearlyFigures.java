package org.jiqitong.registry;

/** One year of figures; money in fen; null where no source delivered the value. Each value has its provenance. */
public record YearlyFigures(int year, Long employees, Long revenueFen, Long totalAssetsFen, Long taxFen, Long rndFen,
        Provenance employeesFrom, Provenance revenueFrom, Provenance totalAssetsFrom, Provenance taxFrom,
        Provenance rndFrom) {
}
