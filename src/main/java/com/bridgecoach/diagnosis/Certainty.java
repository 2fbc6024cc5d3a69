package com.bridgecoach.diagnosis;

/** How far the coach can stand behind a diagnosis, which decides what it says next. */
public enum Certainty {
    /** One pattern clearly leads: give the playbook. */
    CONFIDENT,
    /** Two patterns are close: give the leading one and ask the question that separates them. */
    AMBIGUOUS,
    /** Nothing leads: ask the rep before guessing. */
    UNCLEAR
}
