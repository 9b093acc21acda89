package io.github.camellifen.component.springboot;

import java.util.Set;

import io.github.camellifen.component.LifenConfiguration;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds {@code camel.component.lifen.configuration} and {@code camel.component.lifen.idempotent-repository} to a
 * bean of the application, named as Camel names bean references: {@code #bean:name} or {@code #name}.
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
        return Set.of(new ConvertiblePair(String.class, LifenConfiguration.class),
                new ConvertiblePair(String.class, IdempotentRepository.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("Invalid value " + reference + " for a "
                    + targetType.getType().getSimpleName() + " under " + LifenComponentCustomizer.PREFIX
                    + ": expected a bean reference such as #bean:myBean");
        }

        String beanName = reference.startsWith("#bean:") ? reference.substring("#bean:".length())
                : reference.substring(1);
        return applicationContext.getBean(beanName, targetType.getType());
    }
}
