package io.github.camellifen.component.springboot;

import java.util.Set;

import io.github.camellifen.component.LifenConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds {@code camel.component.lifen.configuration} to a {@link LifenConfiguration} bean of the application,
 * named as Camel names bean references: {@code #bean:name} or {@code #name}.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class LifenComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public LifenComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, LifenConfiguration.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("Invalid value " + reference + " for "
                    + LifenComponentCustomizer.PREFIX + ".configuration: expected a bean reference such as "
                    + "#bean:lifenConfiguration");
        }

        String beanName = reference.startsWith("#bean:") ? reference.substring("#bean:".length())
                : reference.substring(1);
        return applicationContext.getBean(beanName, LifenConfiguration.class);
    }
}
