package com.bridgecoach.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code prompts/} into {@link Content}: strict YAML (unknown, missing and duplicate keys fail),
 * then cross-file checks. Every error is collected with its file, line and field, and reported at once.
 */
public final class ContentLoader {
    static final String TRIAGE_ID = "triage";

    static final String PATTERNS = "patterns.yml";
    static final String SEPARATORS = "separators.yml";
    static final String AUDIENCES = "audiences.yml";
    static final String CUES = "diagnosis/cues.yml";
    static final String EXAMPLES = "diagnosis/examples.yml";
    static final String CONCEPTS = "diagnosis/concepts.yml";
    static final String CLASSIFIER = "diagnosis/classifier.yml";
    static final String MESSAGES = "messages.yml";
    static final String INTERVIEW = "interview.yml";
    static final String TRANSLATION_CONCEPTS = "translation/concepts.yml";
    static final String FRAMES = "translation/frames.yml";
    static final String LEXICON = "translation/lexicon.yml";
    static final String KITS = "translation/kits.yml";
    static final String JOINT = "translation/joint.yml";
    static final String DEALS = "deals.yml";
    static final String PRACTICE_RUBRIC = "practice/rubric.yml";
    static final String PRACTICE_TECHNIQUES = "practice/techniques.yml";
    static final String PRACTICE_REACTIONS = "practice/reactions.yml";
    static final String PRACTICE_CIO = "practice/cio.yml";
    static final String PRACTICE_CMO = "practice/cmo.yml";

    private final YAMLFactory yaml = new YAMLFactory();
    private final ObjectMapper mapper;

    public ContentLoader() {
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper = new ObjectMapper(yaml)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Loads and validates everything, or throws a {@link ContentException} listing every error. */
    public Content load(ContentSource source) {
        List<ContentError> errors = new ArrayList<>();
        var patterns = read(source, PATTERNS, PatternsFile.class, errors);
        var separators = read(source, SEPARATORS, SeparatorsFile.class, errors);
        var audiences = read(source, AUDIENCES, AudiencesFile.class, errors);
        var cues = read(source, CUES, CueBook.class, errors);
        var examples = read(source, EXAMPLES, ExamplesFile.class, errors);
        var concepts = read(source, CONCEPTS, ConceptBook.class, errors);
        var classifier = read(source, CLASSIFIER, ClassifierSettings.class, errors);
        var messages = read(source, MESSAGES, Messages.class, errors);
        var interview = read(source, INTERVIEW, InterviewScript.class, errors);
        var translationConcepts = read(source, TRANSLATION_CONCEPTS, ConceptsFile.class, errors);
        var frames = read(source, FRAMES, TranslationFrames.class, errors);
        var lexicon = read(source, LEXICON, DraftLexicon.class, errors);
        var kits = read(source, KITS, KitsFile.class, errors);
        var joint = read(source, JOINT, JointPlan.class, errors);
        var deals = read(source, DEALS, DealWords.class, errors);
        var rubric = read(source, PRACTICE_RUBRIC, PracticeRubric.class, errors);
        var techniques = read(source, PRACTICE_TECHNIQUES, TechniqueBook.class, errors);
        var reactions = read(source, PRACTICE_REACTIONS, PracticeReactions.class, errors);
        var cioScenarios = read(source, PRACTICE_CIO, ScenariosFile.class, errors);
        var cmoScenarios = read(source, PRACTICE_CMO, ScenariosFile.class, errors);
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        var validator = new ContentValidator(errors);
        validator.patterns(patterns);
        validator.separators(separators);
        validator.audiences(audiences);
        validator.cues(cues);
        validator.examples(examples);
        validator.concepts(concepts);
        validator.classifier(classifier);
        validator.messages(messages);
        validator.interview(interview, separators.value());
        new TranslationValidator(errors).validate(translationConcepts, frames, lexicon, kits, joint);
        validator.deals(deals);
        new PracticeContentValidator(errors).validate(rubric, techniques, reactions, cioScenarios, cmoScenarios);
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        Map<PatternId, PatternPlaybook> playbooks = new EnumMap<>(PatternId.class);
        patterns.value().patterns().forEach(p -> playbooks.put(p.id(), p));
        Map<Audience, AudienceProfile> profiles = new EnumMap<>(Audience.class);
        audiences.value().audiences().forEach(a -> profiles.put(a.id(), a));
        Map<ChampionSide, ChampionKit> championKits = new EnumMap<>(ChampionSide.class);
        kits.value().kits().forEach(k -> championKits.put(k.side(), k));
        TranslationContent translation = new TranslationContent(translationConcepts.value().concepts(),
                translationConcepts.value().negation(), frames.value(),
                lexicon.value(), championKits, joint.value());
        List<PracticeScenario> scenarios = new ArrayList<>(cioScenarios.value().scenarios());
        scenarios.addAll(cmoScenarios.value().scenarios());
        PracticeContent practice = new PracticeContent(rubric.value(), techniques.value(), reactions.value(), scenarios);
        return new Content(playbooks, separators.value().questions(), profiles, cues.value(),
                examples.value().examples(), concepts.value(), classifier.value(), messages.value(),
                interview.value(), translation, deals.value(), practice);
    }

    private <T> Parsed<T> read(ContentSource source, String file, Class<T> type, List<ContentError> errors) {
        Optional<String> text = source.read(file);
        if (text.isEmpty()) {
            errors.add(new ContentError(file, 0, "", "file is missing from " + source.describe()));
            return null;
        }
        try {
            T value = mapper.readValue(text.get(), type);
            if (value == null) {
                errors.add(new ContentError(file, 1, "", "file is empty"));
                return null;
            }
            return new Parsed<>(file, value, new YamlLines(yaml, text.get()));
        } catch (JsonMappingException e) {
            errors.add(new ContentError(file, lineOf(e, text.get()), fieldOf(e), describe(e)));
        } catch (JsonProcessingException e) {
            errors.add(new ContentError(file, lineOf(e), "", "YAML syntax: " + e.getOriginalMessage()));
        }
        return null;
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /**
     * The line of the field itself when the text has it (an unknown key, a bad value): for a record, Jackson reports
     * where it stopped reading the whole map. A missing field keeps Jackson's line, the end of the map it belongs in.
     */
    private int lineOf(JsonMappingException e, String text) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                pointer.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append('/').append(ref.getIndex());
            }
        }
        int line = pointer.length() == 0 ? 0 : new YamlLines(yaml, text).exactLineOf(pointer.toString());
        return line > 0 ? line : lineOf(e);
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "' (allowed: " + u.getKnownPropertyIds() + ")";
        }
        if (e instanceof InvalidFormatException || e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            return cause instanceof IllegalArgumentException ? cause.getMessage() : firstLine(e.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m) {
            String msg = m.getOriginalMessage();
            if (msg.contains("Missing required creator property") || msg.contains("Missing creator property") || msg.contains("Null value for creator property")) {
                return "required field is missing or empty";
            }
            return firstLine(msg);
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A file's value with the line index of its text, for errors found after parsing. */
    record Parsed<T>(String file, T value, YamlLines lines) {
        ContentError error(String pointer, String message) {
            return new ContentError(file, lines.lineOf(pointer), pointer.isEmpty() ? "" : displayField(pointer), message);
        }

        private static String displayField(String pointer) {
            StringBuilder out = new StringBuilder();
            for (String part : pointer.substring(1).split("/")) {
                if (part.chars().allMatch(Character::isDigit)) {
                    out.append('[').append(part).append(']');
                } else {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(part);
                }
            }
            return out.toString();
        }
    }

    record PatternsFile(List<PatternPlaybook> patterns) {
    }

    record SeparatorsFile(List<SeparatorQuestion> questions) {
    }

    record AudiencesFile(List<AudienceProfile> audiences) {
    }

    record ExamplesFile(Map<PatternId, List<String>> examples) {
    }

    record ConceptsFile(List<TranslationConcept> concepts, ConceptNegation negation) {
    }

    record KitsFile(List<ChampionKit> kits) {
    }

    record ScenariosFile(List<PracticeScenario> scenarios) {
    }
}
