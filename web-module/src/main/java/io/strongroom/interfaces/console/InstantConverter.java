package io.strongroom.interfaces.console;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shows {@link Instant}s (key creation and deletion dates) in UTC, the zone the API's epoch
 * seconds are in. Faces 4's {@code f:convertDateTime} has no type for {@code Instant}.
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.from(FORMAT.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new ConverterException("not a date of the form 2026-01-31 23:59:59 UTC", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
