-- registry: search at city scale (1.5 M entities). A name fragment of two or more characters is found through the
-- GIN index of each name's character bigrams (Chinese brand names are often two characters, which trigrams cannot
-- index), then checked exactly with ILIKE; a USCC prefix through a pattern index on the code; results are ordered by
-- the (name, uscc) index.
CREATE FUNCTION registry_bigrams(s text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    grams text[] := '{}';
    l text := lower(s);
    n int := char_length(s);
BEGIN
    FOR i IN 1 .. n - 1 LOOP
        grams := grams || substr(l, i, 2);
    END LOOP;
    RETURN grams;
END
$$;

CREATE INDEX registry_entity_name_bigrams ON registry_entity USING gin (registry_bigrams(name));
CREATE INDEX registry_entity_uscc_prefix ON registry_entity (uscc bpchar_pattern_ops);
CREATE INDEX registry_entity_name_order ON registry_entity (name, uscc);
CREATE INDEX registry_entity_district ON registry_entity (district_code);
CREATE INDEX registry_qualification_code_uscc ON registry_qualification (code, uscc);
