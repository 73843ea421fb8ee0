package be.zorgzame.neighbourhoods.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NisCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"44021", "11002", "21004", "71072", "93090"})
    void fiveDigitsStartingWithAProvinceDigitAreWellFormed(String code) {
        assertTrue(NisCodes.isWellFormed(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4402", "440211", "04021", "4402a", " 44021", "44 21", "４４０２１"})
    void anythingElseIsNot(String code) {
        assertFalse(NisCodes.isWellFormed(code));
    }
}
