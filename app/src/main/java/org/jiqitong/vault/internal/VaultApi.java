package org.jiqitong.vault.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.vault.Licences;
import org.jiqitong.vault.NewLicence;
import org.jiqitong.vault.Vault;
import org.jiqitong.vault.VaultDocument;
import org.jiqitong.vault.VaultRefusedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The vault's API: a department issues and revokes e-licences; an enterprise lists its documents. */
@RestController
class VaultApi {

    /** An e-licence as a department sends it. */
    record LicenceRequest(String type, String holder, String number, String issuedOn, String validUntil,
            Map<String, String> body) {
    }

    private final Licences licences;
    private final Vault vault;
    private final org.jiqitong.vault.LicenceFeed feed;

    VaultApi(Licences licences, Vault vault, org.jiqitong.vault.LicenceFeed feed) {
        this.licences = licences;
        this.vault = vault;
        this.feed = feed;
    }

    @PostMapping("/api/v1/vault/licences")
    @Operation(summary = "电子证照签发: {type, holder, number, issuedOn, validUntil, body} by the type's issuing department")
    ResponseEntity<VaultDocument> issue(@RequestBody LicenceRequest r) {
        VaultDocument d = licences.issue(new NewLicence(r.type(), r.holder(), r.number(), date(r.issuedOn(), "issuedOn"),
                date(r.validUntil(), "validUntil"), r.body()), null, null, DocumentResponses.me());
        return ResponseEntity.created(URI.create("/api/v1/vault/licences/" + d.id())).body(d);
    }

    @PostMapping(value = "/api/v1/vault/licences/import", consumes = "text/csv")
    @Operation(summary = "E-licences in bulk: CSV type,holder,number,issued_on,valid_until,body → accepted, rejected, errors")
    org.jiqitong.vault.LicenceFeed.Result importCsv(java.io.InputStream csv) throws java.io.IOException {
        return feed.deliver(csv, DocumentResponses.me());
    }

    @PostMapping("/api/v1/vault/licences/{id}/revoke")
    @Operation(summary = "Revokes an e-licence: {reason}")
    VaultDocument revoke(@PathVariable long id, @RequestBody Map<String, String> body) {
        return licences.revoke(id, body.get("reason"), DocumentResponses.me());
    }

    @GetMapping("/api/v1/vault/documents")
    @Operation(summary = "The enterprise's own documents (materials and e-licences)")
    List<VaultDocument> mine() {
        CurrentUser me = DocumentResponses.me();
        return vault.mine(me);
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new VaultRefusedException(field, field + " 应为日期,如 2026-12-31 / must be a date such as 2026-12-31");
        }
    }
}
