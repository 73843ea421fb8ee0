package be.zorgzame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBackingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "/neighbourhoods/list.xhtml, /neighbourhoods/list.xhtml",
            "'/neighbourhoods/edit.xhtml?id=3', '/neighbourhoods/edit.xhtml?id=3'",
            "NULL, /index.xhtml",
            "https://evil.example/, /index.xhtml",
            "//evil.example/, /index.xhtml",
            "/\\evil.example/, /index.xhtml",
            "/login.xhtml, /index.xhtml"})
    void afterLoginOnlyPagesOfThisApplicationAreFollowed(String next, String expected) {
        LoginBacking login = new LoginBacking();
        login.setNext(next);

        assertEquals(expected, login.safeNext());
    }
}
