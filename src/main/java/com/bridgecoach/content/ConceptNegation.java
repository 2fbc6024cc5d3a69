package com.bridgecoach.content;

import java.util.List;
import java.util.Map;

/**
 * How a claim says a concept is absent ("needs no on-prem servers", "nothing goes to the cloud"), and what that
 * absence means: a claim that there are no on-site servers is a claim about a hosted service.
 *
 * @param negators  words that, a few words before a concept's term in the same clause, say it is absent
 * @param scope     how many words before the term a negator still reaches
 * @param opposites the concept an absent concept means, by id ("zero downtime" is a claim about uptime)
 * @param dropped   concepts an absence removes, with nothing in their place: their lines would promise what the
 *                  claim rules out ("needs no training" must not offer elbow support while they learn)
 *
 * <p>An absent concept in neither list is kept as it is ("no new interfaces" is still about interfaces).
 */
public record ConceptNegation(List<String> negators, int scope, Map<String, String> opposites, List<String> dropped) {

    public ConceptNegation {
        negators = List.copyOf(negators);
        opposites = Map.copyOf(opposites);
        dropped = List.copyOf(dropped);
    }
}
