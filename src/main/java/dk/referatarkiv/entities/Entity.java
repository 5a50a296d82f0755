package dk.referatarkiv.entities;

/**
 * One entity mention.
 *
 * @param text    the mention as written
 * @param start   offset in the text of its section (or title / header)
 * @param end     offset after it
 * @param section where it stands: a section key ({@code beslutning}), {@code title} or {@code header}
 * @param value   the normalised value: a person id, an ISO date or {@link DateRange}, a number of kroner, a percentage,
 *                a budget year, a canonical unit/body/network name, a journal number
 * @param label   a readable normalised form: the person's full name, the canonical organisation name, ...
 */
public record Entity(EntityType type, String text, int start, int end, String section, Object value, String label) {

    public Entity withValue(Object newValue, String newLabel) {
        return new Entity(type, text, start, end, section, newValue, newLabel);
    }
}
