package com.bridgecoach.translation;

import org.junit.jupiter.api.Test;

class PrintTranslationsTest {
    @Test
    void print() throws Exception {
        AudienceTranslator t = new AudienceTranslator(TranslationSamples.content().translation());
        StringBuilder out = new StringBuilder();
        for (var c : TranslationSamples.claims()) {
            Translation tr = t.translate(c.text());
            out.append("CLAIM ").append(c).append("\n concepts ").append(tr.concepts())
               .append("\n CMO: ").append(tr.cmo()).append("\n CIO: ").append(tr.cio()).append("\n BRIDGE: ").append(tr.bridge())
               .append(tr.hasHint() ? "\n HINT" : "").append("\n\n");
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/translations.txt"), out);
    }
}
