package org.renkei.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.renkei.platform.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The strength rules for passwords (MHLW guideline 6.0 with two factors; NIST SP 800-63B): at least
 * 12 characters, letters mixed with digits or symbols, not the login id, not a commonly used password,
 * no character repeated four times in a row.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final PasswordValidator validator;

    PasswordPolicy() {
        CharacterCharacteristicsRule mix = new CharacterCharacteristicsRule(2,
                new CharacterRule(EnglishCharacterData.Alphabetical, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(EnglishCharacterData.Special, 1));
        mix.setReportRuleFailures(false);
        this.validator = new PasswordValidator(List.of(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                mix,
                new UsernameRule(true, true),
                new RepeatCharacterRegexRule(4),
                new DictionaryRule(new WordListDictionary(new ArrayWordList(commonPasswords(), false)))));
    }

    /** Refuses a password that breaks a rule, naming every rule it breaks. */
    void check(String loginId, String password) {
        RuleResult result = validator.validate(new PasswordData(loginId, password));
        if (result.isValid()) {
            return;
        }
        List<InvalidInputException.Problem> problems = result.getDetails().stream()
                .map(d -> d.getErrorCode())
                .distinct()
                .map(code -> new InvalidInputException.Problem("password", "password." + code, MIN_LENGTH, MAX_LENGTH))
                .toList();
        throw new InvalidInputException(problems);
    }

    private static String[] commonPasswords() {
        try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            String[] words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toArray(String[]::new);
            Arrays.sort(words);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
