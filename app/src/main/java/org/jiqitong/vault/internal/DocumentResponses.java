package org.jiqitong.vault.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.shared.BlobStore;
import org.jiqitong.vault.VaultDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** A document given to whoever may see it: its file as stored (type by content), or its structured body as a page. */
@Component
class DocumentResponses {

    private final BlobStore blobs;

    DocumentResponses(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Streams the file and returns null, or returns the page that shows the body. */
    String send(VaultDocument d, boolean inline, Model model, HttpServletResponse response) throws IOException {
        if (d.sha256() == null) {
            model.addAttribute("d", d);
            return "vault/document";
        }
        blobs.send(response, d.sha256(), blobs.find(d.sha256()).orElseThrow().contentType(),
                d.fileName() == null ? d.name() : d.fileName(), inline);
        return null;
    }

    static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
