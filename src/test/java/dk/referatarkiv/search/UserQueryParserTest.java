package dk.referatarkiv.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser();

    @Test
    void wordsPhrasesAndExclusions() {
        UserQuery q = parser.parse("budget \"fire dages arbejdsuge\" -2017 -\"ensomme ældre\"");
        assertEquals(List.of("budget"), q.words());
        assertEquals(List.of("fire dages arbejdsuge"), q.phrases());
        assertEquals(List.of("2017"), q.excludedWords());
        assertEquals(List.of("ensomme ældre"), q.excludedPhrases());
    }

    @Test
    void luceneSyntaxIsJustText() {
        UserQuery q = parser.parse("budget AND ( title:x* ~2");
        assertEquals(List.of("budget", "and", "(", "title:x*", "~2"), q.words());
    }

    @Test
    void unbalancedQuotesAndLoneMinus() {
        assertEquals(List.of("budget 2025"), parser.parse("\"budget 2025").phrases());
        assertTrue(parser.parse("\"").isEmpty());
        assertTrue(parser.parse("\"\" \"  \"").isEmpty());
        assertEquals(List.of("-", "a"), parser.parse(" - a").words());
        assertEquals(List.of("it-analyse"), parser.parse("IT-analyse").words());
    }

    @Test
    void duplicatesCountOnceAndPartsAreCapped() {
        assertEquals(List.of("budget"), parser.parse("Budget budget BUDGET").words());
        String many = "w ".repeat(10) + String.join(" ", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "w" + i).toList());
        assertEquals(UserQueryParser.MAX_PARTS, parser.parse(many).words().size());
    }
}
