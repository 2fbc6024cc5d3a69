package com.bridgecoach.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps each JSON-pointer path of a YAML document to the line it starts on, so errors can name the line. The
 * document is read for its lines only when an error asks for one: content without errors is parsed once.
 */
final class YamlLines {
    private final YAMLFactory factory;
    private final String text;
    private Map<String, Integer> lines;

    YamlLines(YAMLFactory factory, String text) {
        this.factory = factory;
        this.text = text;
    }

    private Map<String, Integer> lines() {
        if (lines == null) {
            lines = new HashMap<>();
            try (JsonParser parser = factory.createParser(text)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME) {
                        continue;
                    }
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            } catch (IOException e) {
                // a broken document is reported by the real read; lines stay unknown
            }
        }
        return lines;
    }

    /** The line of the pointer itself; 0 when the document does not have it. */
    int exactLineOf(String pointer) {
        return lines().getOrDefault(pointer, 0);
    }

    /** The line of the pointer, or of its nearest ancestor that has one; 0 when unknown. */
    int lineOf(String pointer) {
        Map<String, Integer> lines = lines();
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = p.lastIndexOf('/');
            if (cut <= 0) {
                return lines.getOrDefault("", 0);
            }
            p = p.substring(0, cut);
        }
    }
}
