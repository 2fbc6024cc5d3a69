package com.bridgecoach.content;

import java.util.List;
import java.util.Map;

/**
 * How a claim says a concept is absent ("needs no on-prem servers", "nothing goes to the cloud"), and what that
 * absence means: a claim that there are no on-site servers is a claim about a hosted service.
 *
 * @param negators  words that, a few words before a concept's term in the same clause, say it is absent
 * @param scope     how many words before the term a negator still reaches
 * @param opposites the concept an absent concept means, by id; an absent concept not listed here is kept as it is
 *                  ("no new interfaces" is still about interfaces)
 */
public record ConceptNegation(List<String> negators, int scope, Map<String, String> opposites) {

    public ConceptNegation {
        negators = List.copyOf(negators);
        opposites = Map.copyOf(opposites);
    }
}
