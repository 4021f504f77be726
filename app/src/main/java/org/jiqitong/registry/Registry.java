package org.jiqitong.registry;

import java.io.InputStream;
import org.jiqitong.shared.Page;
import org.jiqitong.shared.Uscc;
import java.util.List;
import java.util.Optional;
import org.jiqitong.registry.internal.EntityQueries;
import org.jiqitong.registry.internal.ImportPipeline;
import org.jiqitong.registry.internal.ImportRuns;
import org.springframework.stereotype.Service;

/** The entity registry (市场主体库): read an entity, search, and take deliveries from other systems. */
@Service
public class Registry {

    private final EntityQueries queries;
    private final org.jiqitong.registry.internal.FactsQuery factsQuery;
    private final ImportPipeline pipeline;
    private final ImportRuns runs;

    private final PopulationLoader population;

    private final org.jiqitong.registry.internal.ImportExecutor executor;
    private final org.jiqitong.registry.internal.Summaries summaries;

    Registry(EntityQueries queries, ImportPipeline pipeline, ImportRuns runs, PopulationLoader population,
            org.jiqitong.registry.internal.ImportExecutor executor, org.jiqitong.registry.internal.FactsQuery factsQuery,
            org.jiqitong.registry.internal.Summaries summaries) {
        this.summaries = summaries;
        this.executor = executor;
        this.factsQuery = factsQuery;
        this.queries = queries;
        this.population = population;
        this.pipeline = pipeline;
        this.runs = runs;
    }

    public Optional<EntityProfile> profile(Uscc uscc) {
        return queries.profile(uscc.value());
    }

    /** What the registry knows of an entity, as the rule engine's facts on {@code asOf}. */
    public Optional<org.jiqitong.rules.eval.Facts> facts(Uscc uscc, java.time.LocalDate asOf) {
        return factsQuery.profile(uscc.value()).map(p -> EntityFacts.of(p, asOf));
    }

    /** The whole registry on {@code asOf}, indexed by entity id (for population sweeps). */
    public Population population(java.time.LocalDate asOf) {
        return population.load(asOf);
    }

    /** Reads one entity's row of {@code population} again from the registry (after its data changed). */
    public void refresh(Population population, int entityId) {
        this.population.refresh(population, entityId);
    }

    /** The entity's numeric id (stable; the rows of a population sweep). */
    public java.util.OptionalInt entityId(Uscc uscc) {
        return queries.entityId(uscc.value());
    }

    /**
     * The deliveries that finished after run {@code afterRunId} (their ids, ascending): an instance that did not run
     * them itself learns so that its kept population is behind the registry.
     */
    public List<Long> runsFinishedAfter(long afterRunId) {
        return runs.finishedAfter(afterRunId);
    }

    /** Whether this instance ran the delivery (its events reach this instance's listeners). */
    public boolean ranHere(long runId) {
        return runs.ranHere(runId);
    }

    /** The last finished delivery's id (0 before any). */
    public long latestFinishedRun() {
        return runs.latestFinished();
    }

    /** The numeric ids of many entities at once (the unknown ones are absent). */
    public java.util.Map<String, Integer> entityIds(java.util.Collection<String> usccs) {
        return queries.entityIds(usccs);
    }

    /** The summaries of the entities with these ids, in the order given. */
    public List<EntitySummary> summaries(int[] ids) {
        return queries.summaries(ids);
    }

    /** A data error found elsewhere (e.g. by a reviewer of a 免申即享 list), fed back to the registry's sources. */
    public long reportDataError(Uscc uscc, String message, String raisedBy, String context) {
        return queries.feedback(uscc.value(), message, raisedBy, context);
    }

    public boolean exists(Uscc uscc) {
        return queries.exists(uscc.value());
    }

    /** A qualification an entity holds, with its holder (the vault issues the matching e-licences). */
    public record Holding(String uscc, HeldQualification qualification) {
    }

    /** The first {@code limit} entities' USCCs, in order (the demo's vault gives them business licences). */
    public java.util.List<String> firstUsccs(int limit) {
        return queries.firstUsccs(limit);
    }

    /** Qualifications (not credit flags) valid on {@code day}, at most {@code limit}, by holder. */
    // ---------------------------------------------------------------- the dashboards' figures

    /**
     * The population counted by one dimension from the summaries (as of {@link #summariesAsOf()}): filtered by district
     * (GB/T 2260), economic type ({@link Ownership} name, "UNKNOWN", or "PRIVATE_ECONOMY" for 私营 and 个体) and status.
     */
    public java.util.Map<String, Long> count(Breakdown by, String district, String ownership, String status) {
        return summaries.counts(by, district, ownership, status);
    }

    /** Entities founded in each month of [from, to) under the filters (every month listed). */
    public java.util.Map<String, Long> foundedByMonth(java.time.LocalDate from, java.time.LocalDate to, String district,
            String ownership) {
        return summaries.foundedByMonth(from, to, district, ownership);
    }

    /** Entities holding any qualification of these types on the day, each counted once. */
    public long holders(java.util.List<QualificationType> types, java.time.LocalDate day) {
        return summaries.holders(types.stream().map(Enum::name).toList(), day);
    }

    /** Recomputes the summaries (after deliveries and nightly; readers keep the previous ones meanwhile). */
    public void refreshSummaries() {
        summaries.refresh();
    }

    public java.time.OffsetDateTime summariesAsOf() {
        return summaries.refreshedAt();
    }

    /** The USCCs of the entities holding a qualification of this type on the day (at most {@code limit}). */
    public java.util.List<String> holdersOn(QualificationType type, java.time.LocalDate day, int limit) {
        return queries.holdersOn(type, day, limit);
    }

    public java.util.List<Holding> qualificationsValidOn(java.time.LocalDate day, int limit) {
        return queries.qualificationsValidOn(day, limit);
    }

    public Page<EntitySummary> search(EntitySearch search) {
        return queries.search(search);
    }

    public long count() {
        return queries.count();
    }

    /** Takes one delivery synchronously; refuses it whole when the source or the header is wrong. */
    public ImportResult importFeed(ImportRequest request, InputStream data, Long bytesTotal) {
        pipeline.check(request);
        long runId = runs.start(request, bytesTotal);
        return pipeline.run(runId, request, data);
    }

    /**
     * Takes one delivery as a job in the background (the upload stored first); returns the job, whose result is the
     * {@link ImportResult}. Refuses at once when the source is wrong.
     */
    public org.jiqitong.jobs.JobView submitImport(ImportRequest request, InputStream data) throws java.io.IOException {
        return executor.submit(request, data).job();
    }


    public List<String> sources() {
        return runs.sources();
    }

    /** The data sources' names by code, in Chinese or English. */
    public java.util.Map<String, String> sourceNames(boolean english) {
        return runs.sourceNames(english);
    }
}
