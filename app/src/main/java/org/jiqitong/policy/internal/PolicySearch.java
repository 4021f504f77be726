package org.jiqitong.policy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.PolicyQuery;
import org.jiqitong.policy.SearchHit;
import org.jiqitong.rules.condition.RuleText;
import org.springframework.stereotype.Component;

/**
 * Chinese full-text search of the published items (Lucene, smartcn): name, content, beneficiaries and the
 * conditions in words, with filters and highlighted snippets. The index lives in memory and is rebuilt when the
 * set of published versions changes (a published version never changes, so its id stands for its text).
 */
@Component
public class PolicySearch {

    private static final Map<String, Float> FIELDS = Map.of("name", 3f, "content", 1f, "beneficiaries", 1f, "conditions", 0.5f);

    private final ItemLifecycle lifecycle;
    private final java.time.Clock clock;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private List<Long> indexedVersions = List.of();
    private Directory directory;
    private Map<Long, CompiledItem> byVersion = Map.of();

    PolicySearch(ItemLifecycle lifecycle, java.time.Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /**
     * Ranked in tiers: items holding each part of the query as a phrase first, then items holding all of its words
     * (tokens of two or more characters); only when neither finds anything, items holding all of its characters
     * (so "专精特新" never drifts to items that merely contain 新, nor "首贷" to 首台(套)).
     */
    public List<SearchHit> search(PolicyQuery q) {
        Snapshot snapshot = current();
        try (DirectoryReader reader = DirectoryReader.open(snapshot.directory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<SearchHit> hits = new ArrayList<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            if (q.words() == null || q.words().isBlank()) {
                collect(searcher, new MatchAllDocsQuery(), q, snapshot, seen, hits);
                return hits;
            }
            collect(searcher, parts(q.words(), false), q, snapshot, seen, hits);
            collect(searcher, parts(q.words(), true), q, snapshot, seen, hits);
            if (hits.isEmpty()) {
                collect(searcher, words(q.words()), q, snapshot, seen, hits);
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(IndexSearcher searcher, Query words, PolicyQuery q, Snapshot snapshot,
            java.util.Set<Integer> seen, List<SearchHit> hits) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        if (q.type() != null) {
            query.add(new TermQuery(new Term("type", q.type().name())), BooleanClause.Occur.FILTER);
        }
        if (q.department() != null && !q.department().isBlank()) {
            query.add(new TermQuery(new Term("department", q.department())), BooleanClause.Occur.FILTER);
        }
        if (q.noApplication() != null) {
            query.add(new TermQuery(new Term("noApplication", q.noApplication().toString())), BooleanClause.Occur.FILTER);
        }
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                new QueryScorer(words));
        int max = Math.max(1, searcher.getIndexReader().maxDoc());
        for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
            if (!seen.add(hit.doc)) {
                continue;
            }
            Document doc = searcher.storedFields().document(hit.doc);
            CompiledItem item = snapshot.items().get(doc.getField("version").numericValue().longValue());
            if (q.openOn() != null && !open(item, q.openOn())) {
                continue;
            }
            if (!couldApply(item, q)) {
                continue;
            }
            hits.add(new SearchHit(item, snippet(highlighter, doc)));
        }
    }

    /**
     * Every whitespace-separated part of the query required, in any field: as a phrase, or ({@code words}) as its
     * words in any order where all its tokens are words of two or more characters (a part that has single
     * characters stays a phrase: its characters alone say nothing).
     */
    private Query parts(String words, boolean asWords) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : words.strip().split("\\s+")) {
            List<String> tokens = new ArrayList<>();
            tokens("name", part, (term, position) -> tokens.add(term));
            if (tokens.isEmpty()) {
                continue;
            }
            boolean allWords = tokens.stream().allMatch(t -> t.codePointCount(0, t.length()) >= 2);
            all.add(asWords && allWords ? allTokens(part) : phrase(part), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private Query phrase(String part) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            org.apache.lucene.search.PhraseQuery.Builder phrase = new org.apache.lucene.search.PhraseQuery.Builder();
            tokens(field.getKey(), part, (term, position) -> phrase.add(new Term(field.getKey(), term), position));
            anyField.add(new org.apache.lucene.search.BoostQuery(phrase.build(), field.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
        return anyField.build();
    }

    /** Every token of the text, each in some field (the last resort: characters of a query that matched nothing). */
    private Query words(String words) {
        return allTokens(words.strip());
    }

    private Query allTokens(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int[] count = {0};
        tokens("name", text, (term, position) -> {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            FIELDS.forEach((field, boost) -> anyField.add(
                    new org.apache.lucene.search.BoostQuery(new TermQuery(new Term(field, term)), boost),
                    BooleanClause.Occur.SHOULD));
            all.add(anyField.build(), BooleanClause.Occur.MUST);
            count[0]++;
        });
        return count[0] == 0 ? new org.apache.lucene.search.MatchNoDocsQuery() : all.build();
    }

    private void tokens(String field, String text, java.util.function.ObjIntConsumer<String> each) {
        try (org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var increment = stream.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                each.accept(term.toString(), position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String snippet(Highlighter highlighter, Document doc) throws IOException {
        try {
            String text = doc.get("content");
            String fragment = highlighter.getBestFragment(analyzer, "content", text);
            return fragment != null ? fragment : new SimpleHTMLEncoder().encodeText(text.length() > 120 ? text.substring(0, 120) + "…" : text);
        } catch (InvalidTokenOffsetsException e) {
            return new SimpleHTMLEncoder().encodeText(doc.get("content"));
        }
    }

    /** With industry, size class or district given: the item is not ruled out by them alone. */
    private boolean couldApply(CompiledItem item, PolicyQuery q) {
        Map<String, Object> facts = new HashMap<>();
        if (q.industry() != null && !q.industry().isBlank()) {
            facts.put("industry", q.industry().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.sizeClass() != null && !q.sizeClass().isBlank()) {
            facts.put("size_class", q.sizeClass());
        }
        if (q.district() != null && !q.district().isBlank()) {
            facts.put("district", q.district());
        }
        if (facts.isEmpty()) {
            return true;
        }
        var day = org.jiqitong.shared.ChinaTime.today(clock);
        return org.jiqitong.rules.eval.RowEvaluator.evaluate(item.rule(), new org.jiqitong.rules.eval.MapFacts(day, facts))
                .verdict() != org.jiqitong.rules.eval.Verdict.INELIGIBLE;
    }

    private static boolean open(CompiledItem item, java.time.LocalDate day) {
        var c = item.view().content();
        return (c.windowFrom() == null || !day.isBefore(c.windowFrom())) && (c.windowTo() == null || !day.isAfter(c.windowTo()));
    }

    private record Snapshot(Directory directory, Map<Long, CompiledItem> items) {
    }

    private synchronized Snapshot current() {
        List<CompiledItem> published = lifecycle.publishedCompiled();
        List<Long> versions = published.stream().map(i -> i.view().versionId()).sorted().toList();
        if (directory == null || !versions.equals(indexedVersions)) {
            directory = index(published);
            byVersion = new HashMap<>();
            published.forEach(i -> byVersion.put(i.view().versionId(), i));
            indexedVersions = versions;
        }
        return new Snapshot(directory, byVersion);
    }

    private Directory index(List<CompiledItem> items) {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (CompiledItem item : items) {
                var c = item.view().content();
                Document doc = new Document();
                doc.add(new StoredField("version", item.view().versionId()));
                doc.add(new TextField("name", c.name(), Field.Store.YES));
                doc.add(new TextField("content", c.content(), Field.Store.YES));
                doc.add(new TextField("beneficiaries", c.beneficiaries(), Field.Store.YES));
                doc.add(new TextField("conditions", RuleText.render(item.rule()), Field.Store.NO));
                doc.add(new StringField("type", c.benefitType().name(), Field.Store.NO));
                doc.add(new StringField("department", item.view().departmentCode(), Field.Store.NO));
                doc.add(new StringField("noApplication", String.valueOf(c.noApplication()), Field.Store.NO));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
