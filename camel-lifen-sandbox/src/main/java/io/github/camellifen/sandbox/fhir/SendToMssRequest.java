package io.github.camellifen.sandbox.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Patient;

/**
 * The checked parameters of a {@code $send-to-mss} request.
 *
 * @param subject patient reference, {@code Patient/<id>}, or {@code null} with a detailed subject
 * @param detailedSubject the Patient sent in {@code detailed-subject}, or {@code null} with a subject reference
 * @param context encounter reference, {@code Encounter/<id>}, or {@code null}
 * @param sender sender reference or identifier as sent, or {@code null}
 * @param senderIsReference {@code true} if {@code sender} is a reference to the directory
 * @param recipientsAsSent recipient references and identifiers as sent, in request order
 * @param recipients the directory entries of the recipients, in the same order
 * @param documents the documents, in request order
 */
record SendToMssRequest(String subject, Patient detailedSubject, String context, String sender,
        boolean senderIsReference, List<String> recipientsAsSent, List<Directory.DirectoryEntry> recipients,
        List<SentDocument> documents) {
}
