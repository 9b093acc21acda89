package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Sets the metadata that Lifen puts on every resource: version id, last update, the {@code DEFAULT} tag and
 * the DatabaseReference extension.
 */
final class LifenResources {

    static final String DEFAULT_TAG_SYSTEM = "https://www.lifen.fr/default";
    static final String DATABASE_REFERENCE_EXTENSION =
            "http://lifen.fr/fhir/StructureDefinition/Resource/Extension/DatabaseReference";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private LifenResources() {
    }

    /**
     * Sets id, version and meta of a resource, and adds the DEFAULT tag and, on resources that can carry
     * extensions, the DatabaseReference extension. A tag or extension that the resource already has is replaced,
     * so that stamping a resource sent by a client never duplicates them.
     *
     * @param resource resource to change
     * @param id logical id
     * @param versionId version id, written both in the id and in {@code meta.versionId}
     * @param lastUpdated value of {@code meta.lastUpdated}
     * @param databaseReference database the resource belongs to
     */
    static void stamp(Resource resource, String id, String versionId, InstantType lastUpdated,
            String databaseReference) {
        resource.setId(new IdType(resource.fhirType(), id, versionId));

        Meta meta = resource.getMeta();
        meta.setVersionId(versionId);
        meta.setLastUpdatedElement(lastUpdated);
        meta.getTag().removeIf(tag -> DEFAULT_TAG_SYSTEM.equals(tag.getSystem()));
        meta.addTag(DEFAULT_TAG_SYSTEM, "DEFAULT", "Default tag");

        // Binary has no extensions in FHIR R4.
        if (resource instanceof DomainResource domainResource) {
            domainResource.getExtension()
                    .removeIf(extension -> DATABASE_REFERENCE_EXTENSION.equals(extension.getUrl()));
            domainResource.addExtension(DATABASE_REFERENCE_EXTENSION, new StringType(databaseReference));
        }
    }

    /**
     * Moves a resource to a new version.
     *
     * @param resource resource to change
     * @param versionId new version id
     * @param lastUpdated new value of {@code meta.lastUpdated}
     */
    static void newVersion(Resource resource, String versionId, InstantType lastUpdated) {
        resource.setId(resource.getIdElement().withVersion(versionId));
        resource.getMeta().setVersionId(versionId);
        resource.getMeta().setLastUpdatedElement(lastUpdated);
    }

    /**
     * Converts an instant to a FHIR instant with milliseconds, in UTC.
     *
     * @param instant the instant
     * @return the FHIR instant
     */
    static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }

    /**
     * Converts an instant to a FHIR dateTime with milliseconds, in UTC.
     *
     * @param instant the instant
     * @return the FHIR dateTime
     */
    static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }
}
