package com.bridgecoach.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A batch over stdin: one answer per input line, in the same order. A line that fails its check gets an
 * error line in its place (so answers still line up with inputs), a note on stderr naming the line, and
 * the exit status 2.
 */
final class LineByLine {

    private final String command;

    LineByLine(String command) {
        this.command = command;
    }

    /**
     * @param problem why a line can't be answered, or null when it can
     * @param answer  the answer to a good line, as one line of output
     * @param error   what stands in the output for a bad line, given the line and its problem
     */
    int run(InputStream stdin, PrintWriter out, PrintWriter err, Function<String, String> problem,
            Function<String, String> answer, BiFunction<String, String, String> error) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        int status = 0;
        int number = 0;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            String why = problem.apply(line);
            if (why != null) {
                err.println(command + ": line " + number + ": " + why);
                out.println(error.apply(line, why));
                status = 2;
                continue;
            }
            out.println(answer.apply(line));
        }
        out.flush();
        return status;
    }
}
