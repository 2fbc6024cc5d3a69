package com.bridgecoach.bench;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.bridgecoach.translation.AudienceTranslator;
import com.bridgecoach.translation.Translation;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Throughput of diagnosis and translation on one thread, over realistic inputs in rotation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifierBench {
    private PatternClassifier classifier;
    private AudienceTranslator translator;
    private int next;

    @Setup
    public void load() {
        Content content = new ContentLoader().load(ContentSource.folder(Path.of(System.getProperty("prompts", "../prompts"))));
        classifier = new PatternClassifier(content);
        translator = new AudienceTranslator(content.translation());
    }

    private long unique;

    /** A text the classifier has not seen (it keeps recent answers): the real cost of a diagnosis. */
    @Benchmark
    public Diagnosis classify() {
        next = (next + 1) % Situations.TEXTS.length;
        return classifier.classify(Situations.TEXTS[next] + " (deal " + unique++ + ")");
    }

    /** The same few texts again and again: answered from the classifier's cache of recent diagnoses. */
    @Benchmark
    public Diagnosis classifyRepeated() {
        next = (next + 1) % Situations.TEXTS.length;
        return classifier.classify(Situations.TEXTS[next]);
    }

    @Benchmark
    public Translation translate() {
        next = (next + 1) % Situations.CLAIMS.length;
        return translator.translate(Situations.CLAIMS[next]);
    }
}
