package be.zorgzame.intervision.entity;

/** The catalogue is stored in the module's three languages; Dutch is the fallback. */
final class Languages {

    private Languages() {
    }

    static String pick(String language, String dutch, String french, String english) {
        return switch (language == null ? "nl" : language) {
            case "fr" -> french;
            case "en" -> english;
            default -> dutch;
        };
    }
}
