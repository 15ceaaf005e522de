// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the command's JSON back with Jackson's strict streaming parser (duplicate fields are an error): a list
 * of top-level objects, each a map of its top-level fields to their scalar value or, for arrays and objects, the
 * list of their scalar values.
 */
final class JsonFields {

    private JsonFields() {
    }

    static List<Map<String, Object>> objects(String json) {
        JsonFactory f = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (JsonParser p = f.createParser(json)) {
            List<Map<String, Object>> out = new ArrayList<>();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    out.add(object(p));
                }
            } else if (t == JsonToken.START_OBJECT) {
                out.add(object(p));
            } else {
                throw new IllegalArgumentException("not JSON: " + json);
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("trailing content after the JSON value");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isArray(String json) {
        return json.strip().startsWith("[");
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            m.put(name, value(p, v));
        }
        return m;
    }

    private static Object value(JsonParser p, JsonToken v) throws IOException {
        switch (v) {
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(value(p, t));
                }
                return list;
            }
            case START_OBJECT:
                return object(p);
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NUMBER_INT:
                return p.getIntValue();
            default:
                return p.getText();
        }
    }
}
