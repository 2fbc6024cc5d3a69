package com.bridgecoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of the house from ARCHITECTURE.md, kept by the build. */
@AnalyzeClasses(packages = "com.bridgecoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The domain: coaching logic and content, free of any adapter's library. */
    private static final String[] DOMAIN = {
        "com.bridgecoach.content..", "com.bridgecoach.diagnosis..", "com.bridgecoach.coach..", "com.bridgecoach.http..",
        "com.bridgecoach.translation..", "com.bridgecoach.practice..", "com.bridgecoach.deals.."};

    @ArchTest
    static final ArchRule domainKnowsNothingOfSlackJavalinOrJdbc = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "io.javalin..", "java.sql..", "javax.sql..")
            .because("the domain must stay renderable in Slack and the terminal, and storable anywhere");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.bridgecoach.slack..", "com.bridgecoach.web..", "com.bridgecoach.cli..", "com.bridgecoach.store..")
            .because("adapters depend on the domain, never the reverse; ports the domain needs live in the domain");

    @ArchTest
    static final ArchRule slackStandsAlone = noClasses().that().resideInAPackage("com.bridgecoach.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bridgecoach.cli..", "com.bridgecoach.web..");

    @ArchTest
    static final ArchRule cliStandsAlone = noClasses().that().resideInAPackage("com.bridgecoach.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bridgecoach.slack..", "com.bridgecoach.web..");

    @ArchTest
    static final ArchRule webStandsAlone = noClasses().that().resideInAPackage("com.bridgecoach.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bridgecoach.slack..", "com.bridgecoach.cli..");

    @ArchTest
    static final ArchRule javalinOnlyInWeb = noClasses().that().resideOutsideOfPackages("com.bridgecoach.web..")
            .and().resideInAPackage("com.bridgecoach..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule slackOnlyInSlack = noClasses().that().resideOutsideOfPackages("com.bridgecoach.slack..")
            .and().resideInAPackage("com.bridgecoach..")
            .should().dependOnClassesThat().resideInAPackage("com.slack..");

    @ArchTest
    static final ArchRule jdbcOnlyInStore = noClasses().that().resideOutsideOfPackages("com.bridgecoach.store..")
            .and().resideInAPackage("com.bridgecoach..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");
}
