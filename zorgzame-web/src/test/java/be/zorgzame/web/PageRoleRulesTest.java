package be.zorgzame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deny by default for pages, checked at build time: every folder of pages and every page at the top
 * has its own security constraint in web.xml, naming only known roles.
 */
class PageRoleRulesTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Set<String> NOT_PAGES = Set.of("WEB-INF", "META-INF", "resources");
    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    /** url-pattern → the roles of its constraint (empty: public). */
    private static Map<String, List<String>> rules;

    @BeforeAll
    static void readWebXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document webXml = factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        rules = new HashMap<>();
        NodeList constraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            List<String> roles = texts(constraint.getElementsByTagName("role-name"));
            texts(constraint.getElementsByTagName("url-pattern")).forEach(pattern -> rules.put(pattern, roles));
        }
    }

    @Test
    void everyPageFolderAndTopLevelPageHasItsOwnRule() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> entries = Files.list(WEBAPP)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && !NOT_PAGES.contains(name) && !rules.containsKey("/" + name + "/*")) {
                    missing.add("/" + name + "/*");
                } else if (name.endsWith(".xhtml") && !rules.containsKey("/" + name)) {
                    missing.add("/" + name);
                }
            }
        }
        assertEquals(List.of(), missing, "page folders or pages without a security constraint in web.xml");
    }

    @Test
    void anythingUnlistedNeedsALoginAndOnlyKnownRolesAreNamed() {
        assertEquals(ROLES, Set.copyOf(rules.get("/*")));
        rules.values().forEach(roles -> assertTrue(ROLES.containsAll(roles), roles.toString()));
    }

    @Test
    void administrationIsForAdministratorsOnly() {
        assertEquals(List.of(Role.ADMIN.name()), rules.get("/admin/*"));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
