package jp.wardhub.voice;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.wardhub.voice.PersonalDataDetector.Flag;

/** The personal-data detector on its corpus: each sentence is flagged with exactly what the corpus says, in order. */
class PersonalDataDetectorTest {

    record Sentence(String expected, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Sentence> corpus() throws IOException {
        try (InputStream in = PersonalDataDetectorTest.class.getResourceAsStream("/voice/personal-data-corpus.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2)).map(parts -> new Sentence(parts[0], parts[1])).toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachSentenceIsFlaggedAsTheCorpusSays(Sentence s) {
        List<Flag> flags = PersonalDataDetector.find(s.text());
        String found = flags.isEmpty() ? "-"
                : flags.stream().map(f -> f.kind() + ":" + f.text()).collect(Collectors.joining("|"));
        assertThat(found, is(s.expected()));
        for (Flag f : flags) {
            assertThat(s.text().substring(f.start(), f.end()), is(f.text()));
        }
    }
}
