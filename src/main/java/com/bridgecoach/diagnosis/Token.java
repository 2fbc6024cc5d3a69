package com.bridgecoach.diagnosis;

/**
 * One word of a rep's message.
 *
 * @param text     the word as normalised for matching (lower case, straight apostrophes)
 * @param stem     a light stem, so "integrations" and "integration" count as one
 * @param start    offset of the word in the original message
 * @param end      offset just past the word
 * @param negated  inside the scope of a negation ("not a security thing")
 * @param clauseBreakBefore punctuation or a contrast word stands between this word and the previous one
 */
record Token(String text, String stem, int start, int end, boolean negated, boolean clauseBreakBefore) {
}
