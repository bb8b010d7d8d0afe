package dev.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Classifies every statement of the migration corpus in {@code src/test/resources/sql/corpus}: none may be UNKNOWN.
 * Prints how many JSqlParser understood (status AST) and the mean classification time, for information only.
 */
class CorpusTest {

    @Test
    void everyCorpusStatementGetsAKind() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/sql/corpus").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        Classifier classifier = new Classifier();
        classifier.classify(TestStatements.one("SELECT 1"));
        Map<ParseStatus, Integer> byStatus = new EnumMap<>(ParseStatus.class);
        Map<String, Integer> fallbackKinds = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        long nanos = 0;
        int total = 0;
        for (Path file : files) {
            for (RawStatement statement : TestStatements.all(Files.readString(file, StandardCharsets.UTF_8))) {
                long start = System.nanoTime();
                Classification c = classifier.classify(statement);
                nanos += System.nanoTime() - start;
                total++;
                byStatus.merge(c.status(), 1, Integer::sum);
                if (c.kind() == StatementKind.UNKNOWN) {
                    unknown.add(file.getFileName() + ":" + statement.line() + ": " + statement.text());
                }
                if (c.status() == ParseStatus.FALLBACK) {
                    fallbackKinds.merge(c.kind().name(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("corpus: %d statements in %d files; AST %d, FALLBACK %d, UNKNOWN %d; "
                        + "mean %.2f ms per statement%n", total, files.size(),
                byStatus.getOrDefault(ParseStatus.AST, 0), byStatus.getOrDefault(ParseStatus.FALLBACK, 0),
                byStatus.getOrDefault(ParseStatus.UNKNOWN, 0), nanos / 1e6 / Math.max(1, total));
        System.out.println("corpus FALLBACK by kind: " + fallbackKinds);
        assertThat(total).isGreaterThanOrEqualTo(300);
        assertThat(unknown).isEmpty();
    }
}
