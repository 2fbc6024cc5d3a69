package com.bridgecoach.content;

/**
 * One variant of a scenario's persona.
 *
 * @param counterpart   the other executive in the deal, as the persona refers to them
 * @param startingTrust where trust starts (0 to 100)
 */
public record PracticePersona(String name, String role, String hospital, String ehr, String temperament,
                              String counterpart, int startingTrust) {
}
