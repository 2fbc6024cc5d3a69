package com.bridgecoach.practice;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.PracticeContent;
import java.nio.file.Path;

/** The real coaching content, loaded once per test class that asks. */
final class PracticeFixtures {
    private PracticeFixtures() {
    }

    static Content content() {
        return new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
    }

    static PracticeContent practice() {
        return content().practice();
    }
}
