package com.bridgecoach.cli;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.bridgecoach.translation.AudienceTranslator;
import com.bridgecoach.translation.DraftChecker;

/** What the command line needs from the composition root; each is built only when a command asks. */
public interface Dependencies {

    ContentSource contentSource();

    PatternClassifier classifier();

    Coach coach();

    /** The audience translator, built from the content alone (no classifier to train). */
    AudienceTranslator translator();

    /** The draft fit check, built from the content alone. */
    DraftChecker draftChecker();

    /** All the coaching content, loaded once by the composition root. */
    com.bridgecoach.content.Content content();

    /** The role-play content: scenarios, rubric, technique cues. */
    com.bridgecoach.content.PracticeContent practice();

    /** True when the Slack credentials for HTTP mode are in the environment. */
    boolean hasSlackCredentials();

    /** Runs the HTTP server until the process is stopped; returns the exit code. */
    int serve();

    /** Runs Socket Mode until the process is stopped; returns the exit code. */
    int socket();
}
