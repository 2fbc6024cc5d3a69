package com.bridgecoach.coach;

/** Something the persona says in a role-play, with who is saying it. */
public record PersonaLine(String name, String role, String hospital, String text) {
}
