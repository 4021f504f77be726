package org.jiqitong.matching.internal;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.rules.eval.Explanation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's view of a match: verdict values exactly ELIGIBLE|INELIGIBLE|UNDETERMINED, money in fen. */
@JsonSerialize(using = MatchJson.Writer.class)
record MatchJson(long itemId, int version, String name, String benefitType, String department, String verdict,
        Long amountFen, boolean amountIllustrative, boolean amountCapped, List<Line> explanations, List<String> missing,
        LocalDate deadline, Boolean noApplication) {

    record Line(String wording, String actual, String outcome, String document, String clause) {
        static Line of(Explanation e) {
            return new Line(e.wording(), e.actual(), e.outcome().name(), e.citation().document(), e.citation().clause());
        }
    }

    static MatchJson of(ItemMatch m) {
        return new MatchJson(m.itemId(), m.version(), m.name(), m.benefitType().name(), m.departmentCode(),
                m.verdict().name(), m.amountFen(), m.amountIllustrative(), m.amountCapped(),
                m.explanations().stream().map(Line::of).toList(), List.copyOf(m.missing()), m.deadline(),
                m.noApplication());
    }

    /**
     * The same JSON as the record's properties in their order, nulls left out (as everywhere in the API), written
     * straight to the generator: an entity's matches are 31 of these with about 110 lines, and writing them through
     * bean introspection was a third of the answer's cost (issue 12). {@code MatchJsonTest} holds it to the record.
     */
    static final class Writer extends ValueSerializer<MatchJson> {

        private static final SerializableString ITEM_ID = name("itemId"), VERSION = name("version"),
                NAME = name("name"), BENEFIT_TYPE = name("benefitType"), DEPARTMENT = name("department"),
                VERDICT = name("verdict"), AMOUNT_FEN = name("amountFen"),
                AMOUNT_ILLUSTRATIVE = name("amountIllustrative"), AMOUNT_CAPPED = name("amountCapped"),
                EXPLANATIONS = name("explanations"), MISSING = name("missing"), DEADLINE = name("deadline"),
                NO_APPLICATION = name("noApplication"), WORDING = name("wording"), ACTUAL = name("actual"),
                OUTCOME = name("outcome"), DOCUMENT = name("document"), CLAUSE = name("clause");

        private static SerializableString name(String name) {
            return new SerializedString(name);
        }

        @Override
        public void serialize(MatchJson m, JsonGenerator g, SerializationContext context) {
            g.writeStartObject();
            g.writeName(ITEM_ID);
            g.writeNumber(m.itemId());
            g.writeName(VERSION);
            g.writeNumber(m.version());
            fixed(g, NAME, m.name());
            string(g, BENEFIT_TYPE, m.benefitType());
            string(g, DEPARTMENT, m.department());
            string(g, VERDICT, m.verdict());
            if (m.amountFen() != null) {
                g.writeName(AMOUNT_FEN);
                g.writeNumber(m.amountFen());
            }
            g.writeName(AMOUNT_ILLUSTRATIVE);
            g.writeBoolean(m.amountIllustrative());
            g.writeName(AMOUNT_CAPPED);
            g.writeBoolean(m.amountCapped());
            if (m.explanations() != null) {
                g.writeName(EXPLANATIONS);
                g.writeStartArray();
                for (Line l : m.explanations()) {
                    g.writeStartObject();
                    fixed(g, WORDING, l.wording());
                    string(g, ACTUAL, l.actual());
                    string(g, OUTCOME, l.outcome());
                    fixed(g, DOCUMENT, l.document());
                    fixed(g, CLAUSE, l.clause());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (m.missing() != null) {
                g.writeName(MISSING);
                g.writeStartArray();
                for (String s : m.missing()) {
                    g.writeString(s);
                }
                g.writeEndArray();
            }
            if (m.deadline() != null) {
                string(g, DEADLINE, m.deadline().toString());
            }
            if (m.noApplication() != null) {
                g.writeName(NO_APPLICATION);
                g.writeBoolean(m.noApplication());
            }
            g.writeEndObject();
        }

        /**
         * A Chinese text of the published items themselves (a name, a condition's wording, a citation): the same few
         * hundred in every answer, so each is encoded (UTF-8, quoted) once and its bytes copied after that — encoding
         * them char by char was most of the writing. Codes are ASCII (written as fast as copied); the entity's own
         * values ({@code actual}) are not kept.
         */
        private static void fixed(JsonGenerator g, SerializableString name, String value) {
            if (value != null) {
                g.writeName(name);
                SerializableString encoded = ENCODED.get(value);
                if (encoded == null) {
                    encoded = new SerializedString(value);
                    if (ENCODED.size() < ENCODED_AT_MOST) {
                        ENCODED.put(value, encoded);
                    }
                }
                g.writeString(encoded);
            }
        }

        /** Texts of items long withdrawn stay until a restart; the bound keeps a changing library from growing it. */
        private static final int ENCODED_AT_MOST = 20_000;
        private static final java.util.concurrent.ConcurrentHashMap<String, SerializableString> ENCODED =
                new java.util.concurrent.ConcurrentHashMap<>();

        private static void string(JsonGenerator g, SerializableString name, String value) {
            if (value != null) {
                g.writeName(name);
                g.writeString(value);
            }
        }
    }
}
