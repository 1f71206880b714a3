package types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ColorConverter implements AttributeConverter<Color, String> {
    @Override
    public String convertToDatabaseColumn(Color color) {
        return color == null ? null : color.name().toLowerCase();
    }

    @Override
    public Color convertToEntityAttribute(String value) {
        return value == null ? null : Color.valueOf(value.toUpperCase());
    }
}
