package com.bridgecoach.content;

/**
 * Tuning of the pattern classifier, kept with the content so it is calibrated together with it.
 *
 * @param temperature      divides the model's scores before the softmax (calibration)
 * @param abstainBelow     top confidence under which the coach asks instead of answering
 * @param ambiguousMargin  when the top two are closer than this, the coach asks the question that separates them
 * @param cueScale         how much one unit of hand-written cue weight counts next to the learned features
 * @param epochs           training passes over the example utterances at start-up
 * @param regularization   L2 penalty of the learned model
 * @param unclearBias      added to the score of "unclear" before the softmax: below zero, the coach commits more often
 * @param charNgramWeight  weight of character n-grams (typo-proof word pieces) next to whole words
 * @param conceptWeight    weight of a word family ({@code concepts.yml}) next to a whole word
 * @param pairWeight       weight of two word families seen in the same message
 */
public record ClassifierSettings(
        double temperature,
        double abstainBelow,
        double ambiguousMargin,
        double cueScale,
        int epochs,
        double regularization,
        double unclearBias,
        double charNgramWeight,
        double conceptWeight,
        double pairWeight) {
}
